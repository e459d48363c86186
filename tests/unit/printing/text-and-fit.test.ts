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
  const heightsOf = (words: { text: string; yMin: number; yMax: number }[], text: string) =>
    words.filter((w) => w.text === text).map((w) => w.yMax - w.yMin);

  test('a long line is wrapped at a space at the nominal size, inside its label, and not reported', async () => {
    const outcome = await labels([
      { id: 1, lines: ['Court', 'Ligne'] },
      { id: 2, lines: ['Court', long, '93420 VILLEPINTE'] },
    ]);
    expect(outcome.overflow).toEqual([]);
    const words = readWords(scratch.write(outcome.pdf))[0]?.words ?? [];
    const [first, second] = heightsOf(words, 'Court');
    expect(second).toBeCloseTo(first ?? 0, 3);
    // Wrapped: "hommes" starts a line of its own, below "Maison", at the label's left text edge.
    const maison = words.find((w) => w.text === 'Maison');
    const hommes = words.find((w) => w.text === 'hommes');
    expect(hommes?.xMin).toBeCloseTo(maison?.xMin ?? 0, 1);
    expect(hommes?.yMin ?? 0).toBeGreaterThan((maison?.yMin ?? Infinity) + 3);
    expect(hommes?.xMax ?? Infinity).toBeLessThanOrEqual(7.25 + 66 + 63.5 - 1.5);
  });

  test('a sheet keeps the nominal size: only the address that needs less shrinks', async () => {
    const unbreakable = 'Justizvollzugsanstaltsverwaltungsgebäude';
    const outcome = await labels([
      { id: 1, lines: ['Court', 'Ligne'] },
      { id: 2, lines: ['Court', unbreakable] },
      { id: 3, lines: ['Court', 'Ligne'] },
    ]);
    expect(outcome.overflow).toEqual([]);
    const [a, b, c] = heightsOf(readWords(scratch.write(outcome.pdf))[0]?.words ?? [], 'Court');
    expect(c).toBeCloseTo(a ?? 0, 3);
    expect(b).toBeLessThan((a ?? 0) * 0.9);
  });

  test('a block that fits in no way is not printed at all (its label left blank) and listed', async () => {
    const tooTall = Array.from({ length: 12 }, (_, i) => `Ligne${i + 1}`);
    const tooWide = ['Ana', `${long.replace(/ /g, '')}${long.replace(/ /g, '')}`];
    const outcome = await labels([
      { id: 10, lines: ['Fits'] },
      { id: 11, lines: tooTall },
      { id: 12, lines: tooWide },
    ]);
    expect(outcome.overflow).toEqual([11, 12]);
    const text = readText(scratch.write(outcome.pdf));
    expect(text).toContain('Fits');
    expect(text).not.toContain('Ligne1');
    expect(text).not.toContain('Ana');
  });
});
