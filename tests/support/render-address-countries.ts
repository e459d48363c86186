// Renders the ten countries' address blocks (tests/unit/registry/address-cases.ts) side by side with their sources on
// one A4 page, for a person to compare with the postal guides: `npx tsx tests/support/render-address-countries.ts
// <out.pdf>`. The blocks are composed by shared/address exactly as labels and envelopes get them.
import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { composeAddressBlock } from '../../shared/address/compose-address';
import { mmToPt } from '../../shared/printing/units';
import { FONT_BOLD, FONT_REGULAR, fontPath } from '../../electron/services/printing/fonts';
import { tenCountries } from '../unit/registry/address-cases';

const out = process.argv[2] ?? 'addr-ten-countries.pdf';
const doc = new PDFDocument({ size: 'A4', margin: 0, info: { Title: 'Parloir: address blocks of ten countries' } });
doc.registerFont(FONT_REGULAR, fontPath('regular'));
doc.registerFont(FONT_BOLD, fontPath('bold'));
const chunks: Buffer[] = [];
doc.on('data', (chunk: Buffer) => chunks.push(chunk));

const margin = mmToPt(12);
const columns = 2;
const rows = 5;
const cellWidth = (doc.page.width - 2 * margin) / columns;
const cellHeight = (doc.page.height - 2 * margin - mmToPt(8)) / rows;
doc
  .font(FONT_BOLD)
  .fontSize(11)
  .text('Address blocks as a French group prints them (group in France, app in French)', margin, margin);

tenCountries.forEach((c, i) => {
  const x = margin + (i % columns) * cellWidth;
  const y = margin + mmToPt(8) + Math.floor(i / columns) * cellHeight;
  doc
    .rect(x + 2, y + 2, cellWidth - 4, cellHeight - 4)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke();
  doc
    .font(FONT_BOLD)
    .fontSize(8)
    .fillColor('#555555')
    .text(c.country, x + 8, y + 7);
  doc.font(FONT_REGULAR).fontSize(9.5).fillColor('#000000');
  let lineY = y + 19;
  for (const line of composeAddressBlock(c.input)) {
    doc.text(line, x + 8, lineY, { width: cellWidth - 16, lineBreak: false });
    lineY += 11.5;
  }
  doc
    .font(FONT_REGULAR)
    .fontSize(6.5)
    .fillColor('#555555')
    .text(c.source, x + 8, y + cellHeight - 36, { width: cellWidth - 16, height: 32 });
});

doc.end();
doc.on('end', () => fs.writeFileSync(out, Buffer.concat(chunks)));
