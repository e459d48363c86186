import { afterAll, describe, expect, test } from 'vitest';
import { checkCoverage, renderLabels } from '../../../electron/services/printing/print-engine';
import type { AddressItem } from '../../../electron/services/printing/print-types';
import { labelSheetById, type LabelSheet } from '../../../shared/printing/label-sheets';
import { pdfScratch, readInfo, readText, readWords } from './pdf-readback';

const scratch = pdfScratch();
afterAll(() => scratch.remove());

const l7160 = labelSheetById('L7160') as LabelSheet;
const labels = (items: AddressItem[]) =>
  renderLabels({
    sheet: l7160,
    startRow: 1,
    startColumn: 1,
    copies: 1,
    outlines: false,
    calibration: { xMm: 0, yMm: 0 },
    items,
  });

const names = {
  French: 'Françoise Hélène Cœur',
  Turkish: 'Gülşen Çağlar Yıldız',
  Polish: 'Łucja Wałęsa Żółć',
  German: 'Jürgen Straße',
  Greek: 'Σωκράτης Παπαδόπουλος',
  Cyrillic: 'Наталья Щербакова',
};

describe('text', () => {
  test.each(Object.entries(names))('%s names round-trip through pdftotext', async (_language, name) => {
    const outcome = await labels([{ id: 1, lines: [name, 'Ville'] }]);
    expect(outcome.unsupported).toEqual([]);
    expect(readText(scratch.write(outcome.pdf))).toContain(name);
  });

  test('the font is embedded and the document carries no personal metadata', async () => {
    const file = scratch.write((await labels([{ id: 1, lines: ['DUPONT Hélène'] }])).pdf);
    const info = readInfo(file);
    expect(info.producer).toBe('Parloir');
    // The print spooler keeps the title in its job history: always the same word, never a name.
    expect(info.title).toBe('Parloir');
    expect(info.author).toBe('');
  });

  test('characters the font cannot show are reported and left out, never drawn as boxes', async () => {
    expect(checkCoverage('Gülşen Σωκράτης Щербакова')).toEqual([]);
    expect(checkCoverage('王 中文 عربي')).toEqual(['王', '中', '文', 'ع', 'ر', 'ب', 'ي']);
    const outcome = await labels([
      { id: 4, lines: ['Ali 中文', 'Prison'] },
      { id: 5, lines: ['Jean Dupont'] },
      { id: 6, lines: ['عربي Omar'] },
    ]);
    expect(outcome.unsupported).toEqual([
      { id: 4, chars: ['中', '文'] },
      { id: 6, chars: ['ع', 'ر', 'ب', 'ي'] },
    ]);
    const text = readText(scratch.write(outcome.pdf));
    expect(text).toContain('Ali');
    expect(text).toContain('Omar');
    expect(text).not.toMatch(/[中文عربي]/u);
  });
});

describe('fit', () => {
  const long = 'Maison d’arrêt de Villepinte hommes';
  test('a long line shrinks the whole block until it fits, and is not reported', async () => {
    const outcome = await labels([
      { id: 1, lines: ['Court', 'Ligne'] },
      { id: 2, lines: ['Court', long] },
    ]);
    expect(outcome.overflow).toEqual([]);
    const words = readWords(scratch.write(outcome.pdf))[0]?.words ?? [];
    const heights = words.filter((w) => w.text === 'Court').map((w) => w.yMax - w.yMin);
    expect(heights).toHaveLength(2);
    expect(heights[1]).toBeLessThan((heights[0] ?? 0) * 0.9);
    // The shrunken line stays inside the second label's text box: 7.25 mm margin + 66 mm pitch + 63.5 mm - 4 mm inset.
    const last = words.find((w) => w.text === 'hommes');
    expect(last?.xMax ?? Infinity).toBeLessThanOrEqual(7.25 + 66 + 63.5 - 4);
  });

  test('a block that does not fit at the minimum size is listed in overflow', async () => {
    const tooTall = Array.from({ length: 12 }, (_, i) => `Ligne ${i + 1}`);
    const tooWide = [`${long} ${long}`];
    const outcome = await labels([
      { id: 10, lines: ['Fits'] },
      { id: 11, lines: tooTall },
      { id: 12, lines: tooWide },
    ]);
    expect(outcome.overflow).toEqual([11, 12]);
  });
});
