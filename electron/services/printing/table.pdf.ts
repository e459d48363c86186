import { mmToPt, paperSizes } from '../../../shared/printing/units';
import { FONT_BOLD, FONT_REGULAR, checkCoverage, withoutUnsupported } from './fonts';
import { createPdf, finishPdf } from './pdf-document';
import type { TableColumn, TableRequest } from './print-types';

const MARGIN_PT = mmToPt(15);
const TITLE_PT = 15;
const SUBTITLE_PT = 9.5;
const CELL_PT = 8.5;
const CELL_PAD_PT = 3;
const FOOTER_PT = 8;
const HEADER_FILL = '#e6e6e6';
const RULE_COLOR = '#9a9a9a';

interface Layout {
  x: number[];
  widths: number[];
  width: number;
  bottom: number;
}

function layoutColumns(columns: TableColumn[], pageWidth: number, pageHeight: number): Layout {
  const width = pageWidth - 2 * MARGIN_PT;
  const weights = columns.map((column) => (column.widthWeight && column.widthWeight > 0 ? column.widthWeight : 1));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((weight) => (width * weight) / sum);
  const x: number[] = [];
  widths.reduce((left, w) => {
    x.push(left);
    return left + w;
  }, MARGIN_PT);
  // Room is kept at the bottom for the page number.
  return { x, widths, width, bottom: pageHeight - MARGIN_PT - FOOTER_PT * 2 };
}

/** The text as drawn: characters the font cannot show are left out rather than printed as boxes. */
const printable = (text: string) => withoutUnsupported(text, checkCoverage(text));

function rowHeight(doc: PDFKit.PDFDocument, cells: string[], layout: Layout): number {
  const heights = cells.map((text, i) =>
    doc.heightOfString(text || ' ', { width: (layout.widths[i] ?? 0) - 2 * CELL_PAD_PT }),
  );
  return Math.max(...heights) + 2 * CELL_PAD_PT;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: string[],
  layout: Layout,
  top: number,
  height: number,
  fill: string | null,
): void {
  if (fill) doc.save().rect(MARGIN_PT, top, layout.width, height).fill(fill).restore();
  cells.forEach((text, i) => {
    doc.text(text, (layout.x[i] ?? 0) + CELL_PAD_PT, top + CELL_PAD_PT, {
      width: (layout.widths[i] ?? 0) - 2 * CELL_PAD_PT,
      lineBreak: true,
    });
  });
  doc
    .save()
    .lineWidth(0.3)
    .strokeColor(RULE_COLOR)
    .moveTo(MARGIN_PT, top + height)
    .lineTo(MARGIN_PT + layout.width, top + height)
    .stroke()
    .restore();
}

/**
 * A report as a table: title and subtitle on the first page, the header row (bold) repeated on every page, cells
 * wrapped to their column, "n / N" at the foot of each page.
 */
export async function renderTableInThread(req: TableRequest): Promise<Uint8Array> {
  const portrait = paperSizes.A4;
  const [widthMm, heightMm] = req.landscape
    ? [portrait.heightMm, portrait.widthMm]
    : [portrait.widthMm, portrait.heightMm];
  const pageWidth = mmToPt(widthMm);
  const pageHeight = mmToPt(heightMm);
  const doc = createPdf({ widthPt: pageWidth, heightPt: pageHeight, bufferPages: true });
  const layout = layoutColumns(req.columns, pageWidth, pageHeight);
  const header = req.columns.map((column) => printable(column.label));

  let y = MARGIN_PT;
  const startPage = () => {
    doc.addPage();
    y = MARGIN_PT;
  };
  const drawHeader = () => {
    doc.font(FONT_BOLD).fontSize(CELL_PT);
    const height = rowHeight(doc, header, layout);
    drawRow(doc, header, layout, y, height, HEADER_FILL);
    y += height;
    doc.font(FONT_REGULAR);
  };

  startPage();
  doc.font(FONT_BOLD).fontSize(TITLE_PT).text(printable(req.title), MARGIN_PT, y, { width: layout.width });
  y = doc.y + 2;
  if (req.subtitle) {
    doc.font(FONT_REGULAR).fontSize(SUBTITLE_PT).text(printable(req.subtitle), MARGIN_PT, y, { width: layout.width });
    y = doc.y;
  }
  y += mmToPt(4);
  drawHeader();

  for (const row of req.rows) {
    const cells = req.columns.map((column) => printable(row[column.key] ?? ''));
    doc.font(FONT_REGULAR).fontSize(CELL_PT);
    const height = rowHeight(doc, cells, layout);
    if (y + height > layout.bottom) {
      startPage();
      drawHeader();
      doc.fontSize(CELL_PT);
    }
    drawRow(doc, cells, layout, y, height, null);
    y += height;
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    const label = `${i + 1} / ${range.count}`;
    doc.font(FONT_REGULAR).fontSize(FOOTER_PT);
    doc.text(label, pageWidth - MARGIN_PT - doc.widthOfString(label), pageHeight - MARGIN_PT - FOOTER_PT, {
      lineBreak: false,
    });
  }
  return finishPdf(doc);
}
