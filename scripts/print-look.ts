// `npm run look`: renders a label sheet, an envelope, the calibration page and a report to PNG under
// test-results/printing/, for a person to look at before a release. Not a test: what the pages must hold is asserted
// by tests/unit/printing/ (text positions read back with pdftotext -bbox); a picture only shows what no assertion
// names (a glyph that looks wrong, a crowded block).
import path from 'node:path';
import {
  renderCalibrationPage,
  renderEnvelopes,
  renderLabels,
  renderTable,
} from '../electron/services/printing/print-engine';
import { envelopeFormatById, type EnvelopeFormat } from '../shared/printing/envelopes';
import { labelSheetById, type LabelSheet } from '../shared/printing/label-sheets';
import { longAddressItems } from '../tests/fixtures/long-addresses';
import { pdfScratch, renderPng } from '../tests/unit/printing/pdf-readback';

const scratch = pdfScratch();
const calibration = { xMm: 0, yMm: 0 };
const out = path.resolve(import.meta.dirname, '../test-results/printing');

const addresses = [
  ['DUPONT Hélène', 'écrou n° 12345', 'Maison d’arrêt de Seysses', 'Route de Seysses', 'BP 85', '31603 MURET CEDEX'],
  ['Justizvollzugsanstalt Tegel', 'Jürgen Straße', 'Buchnummer 4711', 'Seidelstraße 39', '13507 Berlin', 'ALLEMAGNE'],
  ['Σωκράτης Παπαδόπουλος', 'No. 5531', 'Κατάστημα Κράτησης Κορυδαλλού', 'Π. Ράλλη 2', '181 10 Κορυδαλλός', 'GRÈCE'],
  [
    'Наталья Щербакова',
    'Centre pénitentiaire de Marseille-Les Baumettes, quartier femmes',
    '239 chemin de Morgiou',
    '13009 MARSEILLE',
  ],
  ['John Smith #12345-678', 'FCI Dublin', '5701 8th Street', 'Dublin, CA 94568', 'ÉTATS-UNIS'],
];

try {
  const items = Array.from({ length: 19 }, (_, i) => ({ id: i + 1, lines: addresses[i % addresses.length] ?? [] }));
  const labels = await renderLabels({
    sheet: labelSheetById('L7160') as LabelSheet,
    startRow: 3,
    startColumn: 2,
    copies: 1,
    outlines: true,
    calibration: { xMm: 0, yMm: 0 },
    items,
  });
  renderPng(scratch.write(labels.pdf), 'labels-L7160-start-3-2', { last: 1 });
  const envelope = await renderEnvelopes({
    format: envelopeFormatById('DL') as EnvelopeFormat,
    window: 'din680',
    sender: ['Groupe Parloir', 'BP 12', '69001 LYON'],
    senderPlacement: 'front',
    calibration: { xMm: 0, yMm: 0 },
    items: [{ id: 1, lines: addresses[0] ?? [] }],
  });
  renderPng(scratch.write(envelope.pdf), 'envelope-DL-din680');
  renderPng(scratch.write(await renderCalibrationPage({ paper: 'A4' })), 'calibration-A4');
  // The longest addresses (wrapped, shrunk, or left blank and listed), on the sheets and the envelope that cut them.
  const long = longAddressItems();
  for (const id of ['L7160', 'avery-5160']) {
    const sheet = labelSheetById(id) as LabelSheet;
    const fitted = await renderLabels({
      sheet,
      startRow: 1,
      startColumn: 1,
      copies: 1,
      outlines: true,
      calibration,
      items: long,
    });
    renderPng(scratch.write(fitted.pdf), `fit-${id}`, { last: 1, dpi: 100 });
    console.log(`${id}: left blank ${JSON.stringify(fitted.overflow)}`);
  }
  const c5 = await renderEnvelopes({
    format: envelopeFormatById('C5') as EnvelopeFormat,
    window: 'fr-right',
    sender: null,
    senderPlacement: 'front',
    calibration,
    items: long,
  });
  renderPng(scratch.write(c5.pdf), 'fit-C5-fr-right', { dpi: 60 });
  console.log(`C5 fr-right: left out ${JSON.stringify(c5.overflow)}`);
  const table = await renderTable({
    title: 'Liste pour la réunion',
    subtitle: '5 personnes',
    columns: [
      { key: 'a', label: 'Nom', widthWeight: 2 },
      { key: 'b', label: 'Établissement', widthWeight: 3 },
    ],
    rows: addresses.map((lines) => ({ a: lines[0] ?? '', b: lines.slice(1).join(', ') })),
  });
  renderPng(scratch.write(table), 'report-table');
  console.log(
    `Pages rendered in ${out}: labels-L7160-start-3-2-1.png, envelope-DL-din680-1.png, calibration-A4-1.png, report-table-1.png, fit-*.png`,
  );
} finally {
  scratch.remove();
}
