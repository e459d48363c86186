import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR, checkCoverage, fontPath, withoutUnsupported } from './fonts';
import { fitLines, type FitSizes } from './fit-text';
import { mmToPt, type RectMm } from '../../../shared/printing/units';

export interface PdfOptions {
  widthPt: number;
  heightPt: number;
  bufferPages?: boolean;
}

/**
 * A pdfkit document with the Noto Sans faces registered and no personal metadata: the producer is Parloir and the
 * title, author and subject stay empty, whatever the content.
 */
export function createPdf(options: PdfOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: [options.widthPt, options.heightPt],
    margin: 0,
    autoFirstPage: false,
    bufferPages: options.bufferPages ?? false,
    // A path makes pdfkit load Noto Sans as the default face instead of its built-in Helvetica metrics files.
    font: fontPath('regular'),
    // A fixed title: the print spooler records it in its job history, so it must never name anyone.
    info: { Title: 'Parloir', Producer: 'Parloir', Creator: 'Parloir' },
  });
  doc.registerFont(FONT_REGULAR, fontPath('regular'));
  doc.registerFont(FONT_BOLD, fontPath('bold'));
  doc.font(FONT_REGULAR);
  return doc;
}

/** Ends the document and returns its bytes, kept in memory: nothing is written to disk here. */
export function finishPdf(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const joined = Buffer.concat(chunks);
      resolve(new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength));
    });
    doc.end();
  });
}

export interface BlockOutcome {
  fits: boolean;
  unsupported: string[];
}

/**
 * Draws an address block top-aligned in `box`, shrinking the size until it fits. Characters the font cannot show are
 * left out (and returned); a block that still overflows at the minimum size is clipped to its box (and reported).
 */
export function drawBlock(
  doc: PDFKit.PDFDocument,
  lines: readonly string[],
  box: RectMm,
  sizes: FitSizes,
): BlockOutcome {
  const unsupported = checkCoverage(lines.join('\n'));
  const shown = lines.map((line) => withoutUnsupported(line, unsupported)).filter((line) => line.length > 0);
  const x = mmToPt(box.xMm);
  const y = mmToPt(box.yMm);
  const width = mmToPt(box.widthMm);
  const height = mmToPt(box.heightMm);
  doc.fontSize(1);
  const fit = fitLines(shown, (line) => doc.widthOfString(line), { widthPt: width, heightPt: height }, sizes);
  doc.fontSize(fit.sizePt);
  if (!fit.fits) doc.save().rect(x, y, width, height).clip();
  shown.forEach((line, index) => {
    doc.text(line, x, y + index * fit.lineStepPt, { lineBreak: false });
  });
  if (!fit.fits) doc.restore();
  return { fits: fit.fits, unsupported };
}
