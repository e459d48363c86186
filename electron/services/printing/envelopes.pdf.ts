import { AppError } from '../../../shared/errors';
import { addressTextBox, senderBackBox, senderFrontBox, windowFitsFormat } from '../../../shared/printing/envelopes';
import { mmToPt, type RectMm } from '../../../shared/printing/units';
import { createPdf, drawBlock, finishPdf } from './pdf-document';
import type { Calibration, EnvelopesRequest, Progress, RenderOutcome } from './print-types';

export const ENVELOPE_SIZES = { nominalPt: 12, minimumPt: 7 };
/** The sender is secondary: small, so it never competes with the address. */
export const SENDER_SIZES = { nominalPt: 8, minimumPt: 6 };
const PROGRESS_EVERY = 25;
/** The sender block's problems are reported under this id: no prisoner has it (ids start at 1). */
export const SENDER_ID = 0;

const shifted = (rect: RectMm, calibration: Calibration): RectMm => ({
  ...rect,
  xMm: rect.xMm + calibration.xMm,
  yMm: rect.yMm + calibration.yMm,
});

/** One page per envelope (two when the sender goes on the back flap), in this thread. */
export async function renderEnvelopesInThread(req: EnvelopesRequest, onProgress?: Progress): Promise<RenderOutcome> {
  const { format, window, calibration } = req;
  if (!windowFitsFormat(format, window)) {
    throw new AppError('VALIDATION', `Envelope ${format.id} is not made with a ${window} window`, {
      issues: [{ path: ['window'], message: `${window} does not fit ${format.id}` }],
    });
  }
  const doc = createPdf({ widthPt: mmToPt(format.widthMm), heightPt: mmToPt(format.heightMm) });
  const addressBox = shifted(addressTextBox(format, window), calibration);
  const sender = req.sender && req.sender.length > 0 ? req.sender : null;
  const overflow = new Set<number>();
  const unsupported = new Map<number, Set<string>>();
  let pages = 0;
  const total = req.items.length;

  const note = (id: number, outcome: { fits: boolean; unsupported: string[] }) => {
    if (!outcome.fits) overflow.add(id);
    if (outcome.unsupported.length === 0) return;
    const chars = unsupported.get(id) ?? new Set<string>();
    outcome.unsupported.forEach((char) => chars.add(char));
    unsupported.set(id, chars);
  };

  req.items.forEach((item, index) => {
    doc.addPage();
    pages += 1;
    note(
      item.id,
      drawBlock(doc, { lines: item.lines, wholeTail: item.wholeTail, boxes: [addressBox], sizes: ENVELOPE_SIZES }),
    );
    if (sender && req.senderPlacement === 'front') {
      note(
        SENDER_ID,
        drawBlock(doc, {
          lines: sender,
          boxes: [shifted(senderFrontBox(format, window), calibration)],
          sizes: SENDER_SIZES,
        }),
      );
    } else if (sender) {
      // The back of the same envelope: printed as the next page, for a duplex printer or a second pass.
      doc.addPage();
      pages += 1;
      note(
        SENDER_ID,
        drawBlock(doc, { lines: sender, boxes: [shifted(senderBackBox(format), calibration)], sizes: SENDER_SIZES }),
      );
    }
    if (onProgress && ((index + 1) % PROGRESS_EVERY === 0 || index + 1 === total)) onProgress(index + 1, total);
  });
  if (pages === 0) throw new AppError('VALIDATION', 'No envelope to print');

  return {
    pdf: await finishPdf(doc),
    pages,
    overflow: [...overflow],
    unsupported: [...unsupported].map(([id, chars]) => ({ id, chars: [...chars] })),
  };
}
