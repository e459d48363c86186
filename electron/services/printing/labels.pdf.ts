import { AppError } from '../../../shared/errors';
import { isValidStart, labelRect, labelTextBoxes, placeLabels } from '../../../shared/printing/label-layout';
import type { LabelSheet } from '../../../shared/printing/label-sheets';
import { mmToPt } from '../../../shared/printing/units';
import { createPdf, drawBlock, finishPdf } from './pdf-document';
import type { LabelsRequest, Progress, RenderOutcome } from './print-types';

export const LABEL_SIZES = { nominalPt: 11, minimumPt: 7 };
const OUTLINE_RADIUS_MM = 2;
const OUTLINE_WIDTH_PT = 0.3;
/** Progress is reported about this often (in labels), so a worker does not flood its port. */
const PROGRESS_EVERY = 50;

function validateSheet(sheet: LabelSheet): void {
  const positive = [
    sheet.labelWidthMm,
    sheet.labelHeightMm,
    sheet.pitchXMm,
    sheet.pitchYMm,
    sheet.pageWidthMm,
    sheet.pageHeightMm,
  ];
  if (positive.some((value) => !(value > 0)) || !(sheet.columns >= 1) || !(sheet.rows >= 1)) {
    throw new AppError('VALIDATION', `Label sheet ${sheet.id} has an impossible geometry`);
  }
}

/** A label sheet PDF, in this thread. */
export async function renderLabelsInThread(req: LabelsRequest, onProgress?: Progress): Promise<RenderOutcome> {
  const { sheet, calibration } = req;
  validateSheet(sheet);
  if (!isValidStart(sheet, req.startRow, req.startColumn)) {
    throw new AppError(
      'VALIDATION',
      `Start label row ${req.startRow}, column ${req.startColumn} is not on sheet ${sheet.id}`,
    );
  }
  if (!Number.isInteger(req.copies) || req.copies < 1)
    throw new AppError('VALIDATION', 'Copies must be a whole number from 1');

  const queue = req.items.flatMap((item) => Array.from({ length: req.copies }, () => item));
  const slots = placeLabels(sheet, req.startRow, req.startColumn, queue.length);
  const doc = createPdf({ widthPt: mmToPt(sheet.pageWidthMm), heightPt: mmToPt(sheet.pageHeightMm) });
  const overflow = new Set<number>();
  const unsupported = new Map<number, string[]>();
  // A partly used sheet with nothing to print still gives one page, so a test print shows the outlines.
  const pages = Math.max(1, (slots.at(-1)?.page ?? 0) + 1);
  let page = -1;
  const total = queue.length;

  const openPage = (index: number) => {
    doc.addPage();
    page = index;
    if (req.outlines) drawOutlines(doc, req);
  };

  for (let i = 0; i < total; i += 1) {
    const item = queue[i];
    const slot = slots[i];
    if (!item || !slot) continue;
    while (page < slot.page) openPage(page + 1);
    const outcome = drawBlock(doc, {
      lines: item.lines,
      wholeTail: item.wholeTail,
      boxes: labelTextBoxes(sheet, slot.row, slot.column, calibration),
      sizes: LABEL_SIZES,
    });
    if (!outcome.fits) overflow.add(item.id);
    if (outcome.unsupported.length > 0) unsupported.set(item.id, outcome.unsupported);
    if (onProgress && ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === total)) onProgress(i + 1, total);
  }
  while (page < pages - 1) openPage(page + 1);

  return {
    pdf: await finishPdf(doc),
    pages,
    overflow: [...overflow],
    unsupported: [...unsupported].map(([id, chars]) => ({ id, chars })),
  };
}

function drawOutlines(doc: PDFKit.PDFDocument, req: LabelsRequest): void {
  const { sheet, calibration } = req;
  doc.save().lineWidth(OUTLINE_WIDTH_PT).strokeColor('#888888');
  for (let row = 1; row <= sheet.rows; row += 1) {
    for (let column = 1; column <= sheet.columns; column += 1) {
      const rect = labelRect(sheet, row, column, calibration);
      doc
        .roundedRect(
          mmToPt(rect.xMm),
          mmToPt(rect.yMm),
          mmToPt(rect.widthMm),
          mmToPt(rect.heightMm),
          mmToPt(OUTLINE_RADIUS_MM),
        )
        .stroke();
    }
  }
  doc.restore();
}
