import { envelopeFormatById } from '../../../shared/printing/envelopes';
import { UNPRINTABLE_MARGIN_MM } from '../../../shared/printing/label-sheets';
import { mmToPt, paperSizes } from '../../../shared/printing/units';
import { createPdf, finishPdf } from './pdf-document';
import type { CalibrationPaper, CalibrationRequest } from './print-types';

/** The cross the user measures from: its centre is this far from the top and left edges of the paper. */
export const CALIBRATION_CROSS_MM = 20;
/** A reference rectangle that shows a printer scaling the page ("fit to page") instead of printing at 100 %. */
export const REFERENCE_RECT_MM = { widthMm: 100, heightMm: 50 };
const CROSS_ARM_MM = 8;
const TICK_MM = { one: 2, five: 4, ten: 7 };
const NUMBER_SIZE_PT = 6;
const CAPTION_SIZE_PT = 9;
const MARGIN_DASH_MM = { dash: 2, gap: 1 };

export function paperSizeMm(paper: CalibrationPaper): { widthMm: number; heightMm: number } {
  if (paper === 'A4' || paper === 'Letter') return paperSizes[paper];
  const format = envelopeFormatById(paper);
  if (!format) throw new Error(`Unknown paper ${paper}`);
  return { widthMm: format.widthMm, heightMm: format.heightMm };
}

/**
 * A ruler page: millimetre ticks along the top and left edges (numbered every centimetre), a cross at 20 mm / 20 mm
 * and a 100 x 50 mm rectangle. Printed on the chosen paper, where the cross lands gives the printer's x/y offset.
 * A dashed frame 4 mm inside every edge shows the printer's unprintable margin: where the frame is missing, the
 * printer does not print that close to the edge, and a borderless label sheet would lose its text there.
 */
export async function renderCalibrationPageInThread(req: CalibrationRequest): Promise<Uint8Array> {
  const { widthMm, heightMm } = paperSizeMm(req.paper);
  const doc = createPdf({ widthPt: mmToPt(widthMm), heightPt: mmToPt(heightMm) });
  doc.addPage();
  doc.lineWidth(0.3).strokeColor('#000000').fillColor('#000000').fontSize(NUMBER_SIZE_PT);

  for (let mm = 1; mm < widthMm; mm += 1) {
    const length = mm % 10 === 0 ? TICK_MM.ten : mm % 5 === 0 ? TICK_MM.five : TICK_MM.one;
    doc.moveTo(mmToPt(mm), 0).lineTo(mmToPt(mm), mmToPt(length)).stroke();
    if (mm % 10 === 0) doc.text(String(mm), mmToPt(mm) + 1, mmToPt(TICK_MM.ten - 2), { lineBreak: false });
  }
  for (let mm = 1; mm < heightMm; mm += 1) {
    const length = mm % 10 === 0 ? TICK_MM.ten : mm % 5 === 0 ? TICK_MM.five : TICK_MM.one;
    doc.moveTo(0, mmToPt(mm)).lineTo(mmToPt(length), mmToPt(mm)).stroke();
    if (mm % 10 === 0) doc.text(String(mm), mmToPt(TICK_MM.ten) + 1, mmToPt(mm) + 1, { lineBreak: false });
  }

  const margin = mmToPt(UNPRINTABLE_MARGIN_MM);
  doc
    .save()
    .lineWidth(0.5)
    .dash(mmToPt(MARGIN_DASH_MM.dash), { space: mmToPt(MARGIN_DASH_MM.gap) })
    .rect(margin, margin, mmToPt(widthMm) - 2 * margin, mmToPt(heightMm) - 2 * margin)
    .stroke()
    .restore();
  // Named on the right and bottom sides, where no ruler is; the text sits inside the frame, so it always prints.
  doc.fontSize(NUMBER_SIZE_PT);
  const label = `${UNPRINTABLE_MARGIN_MM} mm`;
  doc.text(label, mmToPt(widthMm) - margin - doc.widthOfString(label) - 2, mmToPt(heightMm / 2), { lineBreak: false });
  doc.text(label, mmToPt(widthMm / 2), mmToPt(heightMm) - margin - doc.currentLineHeight() - 2, { lineBreak: false });

  const centre = mmToPt(CALIBRATION_CROSS_MM);
  const arm = mmToPt(CROSS_ARM_MM);
  doc.lineWidth(0.5);
  doc
    .moveTo(centre - arm, centre)
    .lineTo(centre + arm, centre)
    .stroke();
  doc
    .moveTo(centre, centre - arm)
    .lineTo(centre, centre + arm)
    .stroke();
  doc.circle(centre, centre, mmToPt(2)).stroke();

  const rect = {
    widthMm: Math.min(REFERENCE_RECT_MM.widthMm, widthMm - CALIBRATION_CROSS_MM - 5),
    heightMm: Math.min(REFERENCE_RECT_MM.heightMm, heightMm - CALIBRATION_CROSS_MM - 5),
  };
  doc.lineWidth(0.3).rect(centre, centre, mmToPt(rect.widthMm), mmToPt(rect.heightMm)).stroke();
  doc.fontSize(NUMBER_SIZE_PT + 2);
  doc.text(`${rect.widthMm} mm`, centre + mmToPt(rect.widthMm / 2 - 6), centre + mmToPt(rect.heightMm) + 2, {
    lineBreak: false,
  });
  doc.text(`${rect.heightMm} mm`, centre + mmToPt(rect.widthMm) + 3, centre + mmToPt(rect.heightMm / 2), {
    lineBreak: false,
  });

  if (req.caption && req.caption.length > 0) {
    const left = centre + mmToPt(6);
    const width = mmToPt(rect.widthMm - 12);
    doc.fontSize(CAPTION_SIZE_PT).text(req.caption.join('\n'), left, centre + mmToPt(6), { width });
  }
  return finishPdf(doc);
}
