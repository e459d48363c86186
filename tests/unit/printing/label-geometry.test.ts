import { afterAll, describe, expect, test } from 'vitest';
import { renderLabels } from '../../../electron/services/printing/print-engine';
import type { AddressItem, LabelsRequest } from '../../../electron/services/printing/print-types';
import { firstLineTopLeft, labelRect } from '../../../shared/printing/label-layout';
import { labelSheetById, labelSheets, type LabelSheet } from '../../../shared/printing/label-sheets';
import { mmClose, pdfScratch, pixelAt, readInfo, readWords } from './pdf-readback';

const scratch = pdfScratch();
afterAll(() => scratch.remove());

const noOffset = { xMm: 0, yMm: 0 };
/** Distinct one-word first lines, so each label's first word is found by its text. */
const items = (count: number, prefix = 'Q'): AddressItem[] =>
  Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    lines: [`${prefix}${i + 1}x`, 'Maison d’arrêt', '31603 MURET'],
  }));

const request = (sheet: LabelSheet, overrides: Partial<LabelsRequest>): LabelsRequest => ({
  sheet,
  startRow: 1,
  startColumn: 1,
  copies: 1,
  outlines: false,
  calibration: noOffset,
  items: [],
  ...overrides,
});

function sheet(id: string): LabelSheet {
  const found = labelSheetById(id);
  if (!found) throw new Error(id);
  return found;
}

describe('every catalogue sheet', () => {
  test.each(labelSheets.map((s) => [s.id, s] as const))(
    '%s: each label’s first word starts within 0.5 mm of the template',
    async (_id, labelSheet) => {
      const perSheet = labelSheet.rows * labelSheet.columns;
      const outcome = await renderLabels(request(labelSheet, { items: items(perSheet) }));
      const file = scratch.write(outcome.pdf);
      expect(outcome.pages).toBe(1);
      const info = readInfo(file);
      expect(info.pages).toBe(1);
      // Exact page size: A4 595.28 x 841.89 pt, Letter 612 x 792 pt.
      const expected =
        labelSheet.pageWidthMm === 210 ? { width: 595.276, height: 841.89 } : { width: 612, height: 792 };
      expect(info.sizes[0]?.width).toBeCloseTo(expected.width, 2);
      expect(info.sizes[0]?.height).toBeCloseTo(expected.height, 2);

      const [page] = readWords(file);
      for (let row = 1; row <= labelSheet.rows; row += 1) {
        for (let column = 1; column <= labelSheet.columns; column += 1) {
          const n = (row - 1) * labelSheet.columns + column;
          const word = page?.words.find((w) => w.text === `Q${n}x`);
          const at = firstLineTopLeft(labelSheet, row, column, noOffset);
          expect(word, `label ${row},${column}`).toBeDefined();
          expect(mmClose(word?.xMin ?? NaN, at.xMm), `x of ${row},${column}: ${word?.xMin} vs ${at.xMm}`).toBe(true);
          expect(mmClose(word?.yMin ?? NaN, at.yMm), `y of ${row},${column}: ${word?.yMin} vs ${at.yMm}`).toBe(true);
          // And inside the label itself.
          const rect = labelRect(labelSheet, row, column, noOffset);
          expect(word?.xMax ?? Infinity).toBeLessThanOrEqual(rect.xMm + rect.widthMm);
        }
      }
    },
  );
});

describe('placement on a partly used sheet', () => {
  test('starting at row 3 column 2, the first address lands there and nothing is drawn before it', async () => {
    const l7160 = sheet('L7160');
    const outcome = await renderLabels(request(l7160, { startRow: 3, startColumn: 2, items: items(21) }));
    const file = scratch.write(outcome.pdf);
    const pages = readWords(file);
    // 21 - 7 skipped slots fit on the first sheet; the other 7 go to a second one, from its first label.
    expect(outcome.pages).toBe(2);
    expect(pages).toHaveLength(2);
    const firstWords = pages[0]?.words.filter((w) => /^Q\d+x$/.test(w.text)) ?? [];
    expect(firstWords).toHaveLength(14);
    const first = pages[0]?.words.find((w) => w.text === 'Q1x');
    const at = firstLineTopLeft(l7160, 3, 2, noOffset);
    expect(mmClose(first?.xMin ?? NaN, at.xMm) && mmClose(first?.yMin ?? NaN, at.yMm)).toBe(true);
    // Nothing above row 3, nor left of column 2 on row 3.
    const row3 = labelRect(l7160, 3, 1, noOffset);
    for (const word of pages[0]?.words ?? []) {
      expect(word.yMin).toBeGreaterThanOrEqual(row3.yMm);
      if (word.yMin < row3.yMm + row3.heightMm)
        expect(word.xMin).toBeGreaterThanOrEqual(labelRect(l7160, 3, 2, noOffset).xMm);
    }
    const second = pages[1]?.words.find((w) => w.text === 'Q15x');
    const origin = firstLineTopLeft(l7160, 1, 1, noOffset);
    expect(mmClose(second?.xMin ?? NaN, origin.xMm) && mmClose(second?.yMin ?? NaN, origin.yMm)).toBe(true);
  });

  test('a start outside the sheet is refused', async () => {
    await expect(renderLabels(request(sheet('L7160'), { startRow: 8, items: items(1) }))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(renderLabels(request(sheet('L7160'), { startColumn: 0, items: items(1) }))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(renderLabels(request(sheet('L7160'), { copies: 0, items: items(1) }))).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  test('copies repeat each address in order, on consecutive labels', async () => {
    const l7163 = sheet('L7163');
    const file = scratch.write((await renderLabels(request(l7163, { copies: 3, items: items(2, 'C') }))).pdf);
    const [page] = readWords(file);
    const slots = [
      [1, 1, 'C1x'],
      [1, 2, 'C1x'],
      [2, 1, 'C1x'],
      [2, 2, 'C2x'],
      [3, 1, 'C2x'],
      [3, 2, 'C2x'],
    ] as const;
    for (const [row, column, text] of slots) {
      const at = firstLineTopLeft(l7163, row, column, noOffset);
      expect(
        page?.words.some((w) => w.text === text && mmClose(w.xMin, at.xMm) && mmClose(w.yMin, at.yMm)),
        `${text} at ${row},${column}`,
      ).toBe(true);
    }
    expect(page?.words.filter((w) => /^C\dx$/.test(w.text))).toHaveLength(6);
  });

  test('calibration offsets shift every word by exactly the offset', async () => {
    const l7160 = sheet('L7160');
    const offset = { xMm: 1.5, yMm: -2.25 };
    const plain =
      readWords(scratch.write((await renderLabels(request(l7160, { items: items(21) }))).pdf))[0]?.words ?? [];
    const shifted =
      readWords(scratch.write((await renderLabels(request(l7160, { items: items(21), calibration: offset }))).pdf))[0]
        ?.words ?? [];
    expect(shifted).toHaveLength(plain.length);
    plain.forEach((word, i) => {
      expect(shifted[i]?.text).toBe(word.text);
      expect((shifted[i]?.xMin ?? NaN) - word.xMin).toBeCloseTo(offset.xMm, 3);
      expect((shifted[i]?.yMin ?? NaN) - word.yMin).toBeCloseTo(offset.yMm, 3);
    });
  });

  test('a custom template is laid out by the same rules', async () => {
    const custom: LabelSheet = {
      id: 'custom:1',
      name: 'Ours',
      pageWidthMm: 210,
      pageHeightMm: 297,
      labelWidthMm: 90,
      labelHeightMm: 40,
      columns: 2,
      rows: 6,
      topMm: 20,
      leftMm: 12,
      pitchXMm: 96,
      pitchYMm: 42,
    };
    const [page] = readWords(
      scratch.write((await renderLabels(request(custom, { startRow: 2, items: items(3) }))).pdf),
    );
    const at = firstLineTopLeft(custom, 2, 2, noOffset);
    const word = page?.words.find((w) => w.text === 'Q2x');
    expect(mmClose(word?.xMin ?? NaN, at.xMm) && mmClose(word?.yMin ?? NaN, at.yMm)).toBe(true);
  });

  test('outlines are drawn for a test print, and only when asked', async () => {
    const l7165 = sheet('L7165');
    const rect = labelRect(l7165, 2, 1, noOffset);
    // A point on the label's top edge, away from the rounded corner.
    const onEdge = (pdf: Uint8Array) => pixelAt(scratch.write(pdf), rect.xMm + rect.widthMm / 2, rect.yMm, 300);
    expect(onEdge((await renderLabels(request(l7165, { outlines: true }))).pdf)).toBeLessThan(200);
    expect(onEdge((await renderLabels(request(l7165, { outlines: false }))).pdf)).toBe(255);
  });
});
