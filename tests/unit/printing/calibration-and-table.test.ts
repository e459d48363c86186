import { afterAll, describe, expect, test } from 'vitest';
import { CALIBRATION_CROSS_MM } from '../../../electron/services/printing/calibration.pdf';
import { renderCalibrationPage, renderTable } from '../../../electron/services/printing/print-engine';
import { mmClose, pdfScratch, pixelAt, readInfo, readWords } from './pdf-readback';

const scratch = pdfScratch();
afterAll(() => scratch.remove());

describe('calibration page', () => {
  test.each([
    ['A4', 595.276, 841.89],
    ['Letter', 612, 792],
    ['DL', 623.622, 311.811],
    ['C4', 918.425, 649.134],
  ] as const)(
    '%s: exact page size, ruler numbered every centimetre, cross at 20 mm / 20 mm',
    async (paper, width, height) => {
      const file = scratch.write(await renderCalibrationPage({ paper, caption: ['Mesurez / Measure'] }));
      const info = readInfo(file);
      expect(info.pages).toBe(1);
      expect(info.sizes[0]?.width).toBeCloseTo(width, 2);
      expect(info.sizes[0]?.height).toBeCloseTo(height, 2);
      const words = readWords(file)[0]?.words ?? [];
      // The top ruler's "50" is printed just right of the 50 mm tick.
      const fifty = words.find((w) => w.text === '50' && w.yMin < 10);
      expect(mmClose(fifty?.xMin ?? NaN, 50, 1)).toBe(true);
      expect(words.some((w) => w.text === 'Measure')).toBe(true);
      // The cross's centre is inked; a point 5 mm diagonally off it is not.
      expect(pixelAt(file, CALIBRATION_CROSS_MM, CALIBRATION_CROSS_MM, 300)).toBeLessThan(128);
      expect(pixelAt(file, CALIBRATION_CROSS_MM - 5, CALIBRATION_CROSS_MM + 5, 300)).toBe(255);
    },
  );
});

describe('report table', () => {
  const columns = [
    { key: 'name', label: 'Nom', widthWeight: 2 },
    { key: 'facility', label: 'Établissement', widthWeight: 3 },
    { key: 'number', label: 'Écrou' },
  ];
  const rows = Array.from({ length: 120 }, (_, i) => ({
    name: `Personne${i + 1}`,
    facility:
      i === 0
        ? 'Centre pénitentiaire de Marseille-Les Baumettes, quartier des hommes, bâtiment B, aile nord'
        : 'Fresnes',
    number: String(10000 + i),
  }));

  test('title, bold header repeated on every page, wrapped cells, "n / N" page numbers', async () => {
    const file = scratch.write(
      await renderTable({ title: 'Liste pour la réunion', subtitle: 'Étiquette : lettres', columns, rows }),
    );
    const info = readInfo(file);
    expect(info.pages).toBeGreaterThan(1);
    expect(info.sizes[0]?.width).toBeCloseTo(595.276, 2);
    const pages = readWords(file);
    expect(pages[0]?.words.slice(0, 4).map((w) => w.text)).toEqual(['Liste', 'pour', 'la', 'réunion']);
    pages.forEach((page, i) => {
      expect(
        page.words.filter((w) => w.text === 'Établissement'),
        `header on page ${i + 1}`,
      ).toHaveLength(1);
      const footer = page.words
        .slice(-3)
        .map((w) => w.text)
        .join(' ');
      expect(footer).toBe(`${i + 1} / ${pages.length}`);
    });
    // Every row is printed once, in order.
    const all = pages.flatMap((p) => p.words.filter((w) => /^Personne\d+$/.test(w.text)).map((w) => w.text));
    expect(all).toEqual(rows.map((r) => r.name));
    // The long facility name wraps inside its column: its words span several lines, none past the column's edge.
    const first = pages[0]?.words ?? [];
    const wrapped = first.filter((w) => ['Centre', 'aile', 'nord'].includes(w.text));
    expect(new Set(wrapped.map((w) => Math.round(w.yMin))).size).toBeGreaterThan(1);
    const numberHeader = first.find((w) => w.text === 'Écrou');
    for (const word of wrapped) expect(word.xMax).toBeLessThan(numberHeader?.xMin ?? 0);
  });

  test('landscape pages on request', async () => {
    const file = scratch.write(
      await renderTable({ title: 'Établissements', columns, rows: rows.slice(0, 3), landscape: true }),
    );
    const info = readInfo(file);
    expect(info.sizes[0]?.width).toBeCloseTo(841.89, 2);
    expect(info.sizes[0]?.height).toBeCloseTo(595.276, 2);
  });
});
