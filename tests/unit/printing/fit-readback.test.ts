// Every catalogue sheet and every envelope with every window it is made with, filled with the longest addresses:
// read back from the real PDF, no word lies outside its label or address zone (1.5 mm kept from each edge), every
// printed address is there whole, line by line, and the ones left out are listed with nothing of them on the page.
import { afterAll, describe, expect, test } from 'vitest';
import { renderEnvelopes, renderLabels } from '../../../electron/services/printing/print-engine';
import type { AddressItem, RenderOutcome } from '../../../electron/services/printing/print-types';
import { addressZone, envelopeFormats, windowsForFormat } from '../../../shared/printing/envelopes';
import { labelRect, placeLabels } from '../../../shared/printing/label-layout';
import { labelSheets } from '../../../shared/printing/label-sheets';
import type { RectMm } from '../../../shared/printing/units';
import { longAddressItems } from '../../fixtures/long-addresses';
import { pdfScratch, readWords, type Word } from './pdf-readback';

const scratch = pdfScratch();
afterAll(() => scratch.remove());

const MARGIN_MM = 1.5;
// pdftotext writes its boxes rounded: a word exactly at the margin may read a hundredth of a millimetre past it.
const ROUNDING_MM = 0.01;
const NO_OFFSET = { xMm: 0, yMm: 0 };
const short: AddressItem = { id: 99, lines: ['Ana DUPONT', 'écrou n° 1', '31600 MURET'] };
const items = [...longAddressItems(), short];

const centreIn = (word: Word, cell: RectMm) => {
  const x = (word.xMin + word.xMax) / 2;
  const y = (word.yMin + word.yMax) / 2;
  return x >= cell.xMm && x <= cell.xMm + cell.widthMm && y >= cell.yMm && y <= cell.yMm + cell.heightMm;
};

/** How far the word comes past the cell's edges less the margin (0 or less: inside). */
function excess(word: Word, cell: RectMm): number {
  return Math.max(
    cell.xMm + MARGIN_MM - word.xMin,
    cell.yMm + MARGIN_MM - word.yMin,
    word.xMax - (cell.xMm + cell.widthMm - MARGIN_MM),
    word.yMax - (cell.yMm + cell.heightMm - MARGIN_MM),
  );
}

/**
 * Checks one page: each word belongs to a cell and stays inside it by the margin; each item's cell holds its lines in
 * order (a wrapped line is its words, in order) or, when the item was left out, is empty and the item is listed.
 */
function checkCells(words: Word[], cells: { item: AddressItem; cell: RectMm }[], outcome: RenderOutcome): void {
  for (const word of words) {
    const home = cells.find(({ cell }) => centreIn(word, cell));
    expect(home, `"${word.text}" lies in no cell`).toBeDefined();
    if (home)
      expect(excess(word, home.cell), `"${word.text}" comes too close to its edge`).toBeLessThanOrEqual(ROUNDING_MM);
  }
  for (const { item, cell } of cells) {
    const text = words
      .filter((word) => centreIn(word, cell))
      .map((word) => word.text)
      .join(' ');
    if (outcome.overflow.includes(item.id)) {
      expect(text, `item ${item.id} is listed as left out but printed`).toBe('');
      continue;
    }
    let from = 0;
    for (const line of item.lines) {
      const at = text.indexOf(line.split(' ').filter(Boolean).join(' '), from);
      expect(at, `"${line}" of item ${item.id} is missing or out of order in "${text}"`).toBeGreaterThanOrEqual(from);
      from = at + line.length;
    }
  }
}

describe('labels: long addresses on every catalogue sheet', () => {
  test.each(labelSheets.map((sheet) => [sheet.id, sheet] as const))('%s', async (_id, sheet) => {
    const outcome = await renderLabels({
      sheet,
      startRow: 1,
      startColumn: 1,
      copies: 1,
      outlines: false,
      calibration: NO_OFFSET,
      items,
    });
    const slots = placeLabels(sheet, 1, 1, items.length);
    const pages = readWords(scratch.write(outcome.pdf));
    pages.forEach((page, index) => {
      const cells = items.flatMap((item, i) => {
        const slot = slots[i];
        return slot && slot.page === index ? [{ item, cell: labelRect(sheet, slot.row, slot.column, NO_OFFSET) }] : [];
      });
      checkCells(page.words, cells, outcome);
    });
    // The short address always fits: a sheet is never blank for want of trying.
    expect(outcome.overflow).not.toContain(short.id);
  });
});

const pairs = envelopeFormats.flatMap((format) =>
  windowsForFormat(format).map((window) => [`${format.id} ${window}`, format, window] as const),
);

describe('envelopes: long addresses on every format and window', () => {
  test.each(pairs)('%s', async (_name, format, window) => {
    const outcome = await renderEnvelopes({
      format,
      window,
      sender: null,
      senderPlacement: 'front',
      calibration: NO_OFFSET,
      items,
    });
    const pages = readWords(scratch.write(outcome.pdf));
    expect(pages).toHaveLength(items.length);
    const zone = addressZone(format, window);
    pages.forEach((page, index) => {
      const item = items[index];
      if (item) checkCells(page.words, [{ item, cell: zone }], outcome);
    });
    expect(outcome.overflow).not.toContain(short.id);
  });
});
