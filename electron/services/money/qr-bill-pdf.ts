import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR, fontPath, type FontWeight } from '../printing/fonts';

// Helvetica's line height (its bounding box, 931 above the baseline and 225 below, per 1000 units), the font the
// QR-bill library spaces its lines for. Noto Sans's own 1069 + 293 pushes the receipt's blank "payable by" box into
// its "currency" heading; the same glyphs with Helvetica's line metrics keep every field where the library put it.
const ASCENDER = 931;
const DESCENDER = -225;

/** The font file with its horizontal header's ascender, descender and line gap replaced (units per em: 1000). */
function withHelveticaLines(weight: FontWeight): Buffer {
  const bytes = Buffer.from(readFileSync(fontPath(weight)));
  const tables = bytes.readUInt16BE(4);
  for (let index = 0; index < tables; index += 1) {
    const record = 12 + index * 16;
    if (bytes.toString('latin1', record, record + 4) !== 'hhea') continue;
    const hhea = bytes.readUInt32BE(record + 8);
    bytes.writeInt16BE(ASCENDER, hhea + 4);
    bytes.writeInt16BE(DESCENDER, hhea + 6);
    bytes.writeInt16BE(0, hhea + 8);
    return bytes;
  }
  throw new Error('The embedded font has no hhea table');
}

let fonts: { regular: Buffer; bold: Buffer } | null = null;

/**
 * A pdfkit document for a Swiss QR-bill: the embedded Noto Sans faces under their usual names, with Helvetica's line
 * spacing, and the same empty metadata as every Parloir PDF. Only these fonts are loaded, so pdfkit never falls back
 * to (or caches as the same face) the unmodified Noto Sans.
 */
export function createQrBillPdf(): PDFKit.PDFDocument {
  fonts ??= { regular: withHelveticaLines('regular'), bold: withHelveticaLines('bold') };
  const doc = new PDFDocument({
    margin: 0,
    autoFirstPage: false,
    font: fonts.regular as unknown as string,
    info: { Title: 'Parloir', Producer: 'Parloir', Creator: 'Parloir' },
  });
  doc.registerFont(FONT_REGULAR, fonts.regular);
  doc.registerFont(FONT_BOLD, fonts.bold);
  doc.font(FONT_REGULAR);
  return doc;
}
