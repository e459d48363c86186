import { FONT_BOLD, FONT_REGULAR, checkCoverage, withoutUnsupported } from '../printing/fonts';
import { mmToPt } from '../../../shared/printing/units';
import type { QrMatrix } from '../../../shared/money/qr-matrix';

/** Page sizes in millimetres: A4 portrait with the slip at its foot; A6 landscape for a QR-bill's payment part. */
export const SLIP_PAGES = {
  A4: { widthMm: 210, heightMm: 297 },
  A6: { widthMm: 105, heightMm: 148 },
  A6Landscape: { widthMm: 148, heightMm: 105 },
} as const;
/** The height of a slip at the foot of an A4 page, as a Swiss QR-bill's. */
export const SLIP_HEIGHT_MM = 105;

/** Text the embedded font can show: a character it lacks is left out rather than drawn as an empty box. */
export function shown(text: string): string {
  return withoutUnsupported(text, checkCoverage(text));
}

export interface TextAt {
  xMm: number;
  yMm: number;
  widthMm: number;
  sizePt: number;
  bold?: boolean;
}

/** Writes wrapped text and returns the millimetre just below it. */
export function writeText(doc: PDFKit.PDFDocument, text: string, at: TextAt): number {
  doc.font(at.bold ? FONT_BOLD : FONT_REGULAR).fontSize(at.sizePt);
  const width = mmToPt(at.widthMm);
  const safe = shown(text);
  doc.text(safe, mmToPt(at.xMm), mmToPt(at.yMm), { width, lineGap: 0 });
  return at.yMm + doc.heightOfString(safe, { width, lineGap: 0 }) / mmToPt(1);
}

/** A label in small bold capitals' place and its value below, as payment forms lay out their fields. */
export function writeField(doc: PDFKit.PDFDocument, label: string, value: string, at: Omit<TextAt, 'sizePt'>): number {
  const below = writeText(doc, label, { ...at, sizePt: 7, bold: true });
  return writeText(doc, value, { ...at, yMm: below + 0.3, sizePt: 10 }) + 2;
}

/** Draws a QR code `sizeMm` wide; the caller leaves the quiet zone (four modules) white around it. */
export function drawQr(doc: PDFKit.PDFDocument, matrix: QrMatrix, xMm: number, yMm: number, sizeMm: number): void {
  const module = mmToPt(sizeMm) / matrix.length;
  doc.save();
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) doc.rect(mmToPt(xMm) + c * module, mmToPt(yMm) + r * module, module, module);
    }),
  );
  doc.fillColor('black').fill();
  doc.restore();
}

/** The dashed line along which the slip is torn or cut off the A4 page. */
export function drawCutLine(doc: PDFKit.PDFDocument, yMm: number, widthMm: number): void {
  doc.save();
  doc
    .moveTo(0, mmToPt(yMm))
    .lineTo(mmToPt(widthMm), mmToPt(yMm))
    .lineWidth(0.75)
    .dash(2, { space: 2 })
    .strokeColor('black')
    .stroke();
  doc.restore();
}

/** Corner marks around a blank field the payer fills in by hand (amount, name and address). */
export function drawBlankField(doc: PDFKit.PDFDocument, xMm: number, yMm: number, wMm: number, hMm: number): void {
  const [x, y, w, h, arm] = [mmToPt(xMm), mmToPt(yMm), mmToPt(wMm), mmToPt(hMm), mmToPt(3)];
  doc.save().lineWidth(0.75).strokeColor('black');
  doc
    .moveTo(x, y + arm)
    .lineTo(x, y)
    .lineTo(x + arm, y)
    .stroke();
  doc
    .moveTo(x + w - arm, y)
    .lineTo(x + w, y)
    .lineTo(x + w, y + arm)
    .stroke();
  doc
    .moveTo(x, y + h - arm)
    .lineTo(x, y + h)
    .lineTo(x + arm, y + h)
    .stroke();
  doc
    .moveTo(x + w - arm, y + h)
    .lineTo(x + w, y + h)
    .lineTo(x + w, y + h - arm)
    .stroke();
  doc.restore();
}
