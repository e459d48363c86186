import PDFDocument from 'pdfkit';
import { FONT_BOLD, FONT_REGULAR, checkCoverage, fontPath, withoutUnsupported } from './fonts';
import { fitBlock, runMeasure, type FitSizes } from './fit-text';
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

// One measure per document, at 1 pt (drawBlock sets it before fitting) in the regular face, the only one address blocks
// use: the runs it shapes are the ones pdfkit then draws from its own cache, and both go away with the document.
const measures = new WeakMap<PDFKit.PDFDocument, (text: string) => number>();
function measureOf(doc: PDFKit.PDFDocument): (text: string) => number {
  let measure = measures.get(doc);
  if (!measure) {
    measure = runMeasure((run) => doc.widthOfString(run));
    measures.set(doc, measure);
  }
  return measure;
}

export interface BlockOutcome {
  /** False when the block was not drawn at all: it fits none of its boxes even at the minimum size. */
  fits: boolean;
  unsupported: string[];
}

export interface BlockToDraw {
  lines: readonly string[];
  /** How many last lines are never wrapped (fit-text.ts); the last line alone when not known. */
  wholeTail?: number | undefined;
  /** From the preferred box to the roomiest one the block may use. */
  boxes: readonly RectMm[];
  sizes: FitSizes;
}

/**
 * Draws an address block top-aligned in the first of its boxes it fits, wrapped or shrunk as fit-text.ts decides.
 * Characters the font cannot show are left out (and returned). A block that fits nowhere is not drawn at all: a cut
 * address is worse than a blank label, which the caller lists with the reason.
 */
export function drawBlock(doc: PDFKit.PDFDocument, block: BlockToDraw): BlockOutcome {
  const unsupported = checkCoverage(block.lines.join('\n'));
  const shown = block.lines.map((line) => withoutUnsupported(line, unsupported)).filter((line) => line.length > 0);
  doc.fontSize(1);
  const fit = fitBlock({
    lines: shown,
    wholeTail: block.wholeTail ?? 1,
    unitWidth: measureOf(doc),
    boxes: block.boxes.map((box) => ({ widthPt: mmToPt(box.widthMm), heightPt: mmToPt(box.heightMm) })),
    sizes: block.sizes,
  });
  if (!fit.fits) return { fits: false, unsupported };
  const box = block.boxes[fit.boxIndex];
  if (!box) return { fits: false, unsupported };
  const x = mmToPt(box.xMm);
  const y = mmToPt(box.yMm);
  doc.fontSize(fit.sizePt);
  fit.lines.forEach((line, index) => {
    doc.text(line, x, y + index * fit.lineStepPt, { lineBreak: false });
  });
  return { fits: true, unsupported };
}
