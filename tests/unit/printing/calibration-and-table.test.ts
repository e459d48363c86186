import { afterAll, describe, expect, test } from 'vitest';
import { CALIBRATION_CROSS_MM } from '../../../electron/services/printing/calibration.pdf';
import { renderCalibrationPage, renderTable } from '../../../electron/services/printing/print-engine';
import { UNPRINTABLE_MARGIN_MM } from '../../../shared/printing/label-sheets';
import { fr } from '../../../shared/i18n/fr';
import { TestApp } from '../../support/test-app';
import { grayPage, mmClose, pdfScratch, pixelAt, readInfo, readText, readWords } from './pdf-readback';

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

describe('the printer’s unprintable margin on the calibration page', () => {
  test.each([
    ['A4', 210, 297],
    ['DL', 220, 110],
  ] as const)('%s: a dashed frame 4 mm inside every edge, named, and nothing else that close', async (paper, w, h) => {
    const file = scratch.write(await renderCalibrationPage({ paper, caption: [] }));
    const page = grayPage(file, 150);
    // The darkest pixel within a pixel of the point: a thin line falls between two rows of pixels.
    const px = 25.4 / 150;
    const gray = (x: number, y: number) =>
      Math.min(...[-px, 0, px].flatMap((dx) => [-px, 0, px].map((dy) => page(x + dx, y + dy))));
    const m = UNPRINTABLE_MARGIN_MM;
    // 40 mm of each side, every quarter millimetre, in the middle of the side (away from the rulers' numbers).
    const along = (at: (t: number) => [number, number]) =>
      Array.from({ length: 161 }, (_, i) => gray(...at(i / 4 - 20))).filter((v) => v < 200).length / 161;
    const sides: [string, (d: number) => (t: number) => [number, number]][] = [
      ['top', (d) => (t) => [w / 2 + 15 + t, d]],
      ['bottom', (d) => (t) => [w / 2 + 30 + t, h - d]],
      ['left', (d) => (t) => [d, h / 2 + 0.5 + t]],
      ['right', (d) => (t) => [w - d, h / 2 + 25 + t]],
    ];
    for (const [side, at] of sides) {
      // Dashes of 2 mm with 1 mm gaps: about two thirds of the line is inked.
      expect(along(at(m)), `${side} frame`).toBeGreaterThan(0.5);
    }
    // The right and bottom sides carry no ruler: just inside and outside the frame, the paper is blank.
    for (const [side, at] of sides.slice(1, 2).concat(sides.slice(3))) {
      expect(along(at(m - 1.5)), `${side} outside`).toBe(0);
      expect(along(at(m + 1.5)), `${side} inside`).toBe(0);
    }
    const words = readWords(file)[0]?.words ?? [];
    const label = words.find((word) => word.text === 'mm' && word.xMax > w - 20);
    expect(label?.xMax ?? Infinity).toBeLessThanOrEqual(w - m);
  });

  test('the page says what the frame means, in the user’s language', async () => {
    const r = await TestApp.create();
    const page = await r.call('print:calibration', { paper: 'A4' });
    const text = readText(scratch.write(Buffer.from(page.pdfBase64, 'base64'))).replace(/\s+/g, ' ');
    expect(text).toContain(fr.print.calibration.marginCaption.split(' ').slice(0, 8).join(' '));
  });
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
