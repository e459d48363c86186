import { mmToPt, paperSizes } from '../../../shared/printing/units';
import { FONT_BOLD, FONT_REGULAR, checkCoverage, withoutUnsupported } from './fonts';
import { createPdf, finishPdf } from './pdf-document';
import type { ReportSection, SectionsRequest, TableColumn } from './print-types';

// The same page as table.pdf.ts's reports, so the treasurer's reports look like the others.
const MARGIN_PT = mmToPt(15);
const TITLE_PT = 15;
const SUBTITLE_PT = 9.5;
const HEADING_PT = 11.5;
const NOTE_PT = 8;
const CELL_PT = 8.5;
const CELL_PAD_PT = 3;
const FOOTER_PT = 8;
const HEADER_FILL = '#e6e6e6';
const TOTAL_FILL = '#f3f3f3';
const RULE_COLOR = '#9a9a9a';
const NOTE_COLOR = '#444444';

const printable = (text: string) => withoutUnsupported(text, checkCoverage(text));

interface Columns {
  x: number[];
  widths: number[];
  align: ('left' | 'right')[];
}

function layoutColumns(columns: TableColumn[], width: number): Columns {
  const weights = columns.map((column) => (column.widthWeight && column.widthWeight > 0 ? column.widthWeight : 1));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((weight) => (width * weight) / sum);
  const x: number[] = [];
  widths.reduce((left, w) => {
    x.push(left);
    return left + w;
  }, MARGIN_PT);
  return { x, widths, align: columns.map((column) => column.align ?? 'left') };
}

/**
 * The treasurer's reports: a title, then each section's heading, table (header row repeated on each new page, totals
 * bold on a light fill, amounts on the right) and note, one after the other; "n / N" at the foot of each page.
 */
export async function renderSectionsInThread(req: SectionsRequest): Promise<Uint8Array> {
  const { widthMm, heightMm } = paperSizes.A4;
  const pageWidth = mmToPt(widthMm);
  const pageHeight = mmToPt(heightMm);
  const width = pageWidth - 2 * MARGIN_PT;
  const bottom = pageHeight - MARGIN_PT - FOOTER_PT * 2;
  const doc = createPdf({ widthPt: pageWidth, heightPt: pageHeight, bufferPages: true });
  let y = MARGIN_PT;
  const newPage = () => {
    doc.addPage();
    y = MARGIN_PT;
  };
  const paragraph = (text: string, font: string, size: number, color = '#000000') => {
    doc.font(font).fontSize(size).fillColor(color).text(printable(text), MARGIN_PT, y, { width });
    doc.fillColor('#000000');
    y = doc.y;
  };
  const rowHeight = (cells: string[], layout: Columns) =>
    Math.max(
      ...cells.map((text, i) => doc.heightOfString(text || ' ', { width: (layout.widths[i] ?? 0) - 2 * CELL_PAD_PT })),
    ) +
    2 * CELL_PAD_PT;
  const drawRow = (cells: string[], layout: Columns, height: number, fill: string | null) => {
    if (fill) doc.save().rect(MARGIN_PT, y, width, height).fill(fill).restore();
    cells.forEach((text, i) => {
      doc.text(text, (layout.x[i] ?? 0) + CELL_PAD_PT, y + CELL_PAD_PT, {
        width: (layout.widths[i] ?? 0) - 2 * CELL_PAD_PT,
        align: layout.align[i] ?? 'left',
      });
    });
    doc
      .save()
      .lineWidth(0.3)
      .strokeColor(RULE_COLOR)
      .moveTo(MARGIN_PT, y + height)
      .lineTo(MARGIN_PT + width, y + height)
      .stroke()
      .restore();
    y += height;
  };

  const section = (part: ReportSection) => {
    const layout = layoutColumns(part.columns, width);
    const header = part.columns.map((column) => printable(column.label));
    const drawHeader = () => {
      doc.font(FONT_BOLD).fontSize(CELL_PT);
      drawRow(header, layout, rowHeight(header, layout), HEADER_FILL);
    };
    // A heading is never left alone at the foot of a page: it moves on with its header and first row.
    doc.font(FONT_BOLD).fontSize(CELL_PT);
    const start =
      (part.heading ? doc.heightOfString(part.heading, { width }) * 1.5 : 0) + rowHeight(header, layout) * 3;
    if (y + start > bottom) newPage();
    if (part.heading) {
      y += mmToPt(3);
      paragraph(part.heading, FONT_BOLD, HEADING_PT);
      y += mmToPt(1.5);
    }
    drawHeader();
    const bold = new Set(part.boldRows ?? []);
    part.rows.forEach((row, index) => {
      const cells = part.columns.map((column) => printable(row[column.key] ?? ''));
      doc.font(bold.has(index) ? FONT_BOLD : FONT_REGULAR).fontSize(CELL_PT);
      const height = rowHeight(cells, layout);
      if (y + height > bottom) {
        newPage();
        drawHeader();
        doc.font(bold.has(index) ? FONT_BOLD : FONT_REGULAR).fontSize(CELL_PT);
      }
      drawRow(cells, layout, height, bold.has(index) ? TOTAL_FILL : null);
    });
    if (part.note) {
      y += mmToPt(1.5);
      if (y + NOTE_PT * 3 > bottom) newPage();
      paragraph(part.note, FONT_REGULAR, NOTE_PT, NOTE_COLOR);
    }
    y += mmToPt(4);
  };

  newPage();
  paragraph(req.title, FONT_BOLD, TITLE_PT);
  y += 2;
  if (req.subtitle) paragraph(req.subtitle, FONT_REGULAR, SUBTITLE_PT);
  y += mmToPt(3);
  req.sections.forEach(section);

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
