import { describe, expect, test } from 'vitest';
import { blockHeightPt, fitBlock, type FitRequest } from '../../../electron/services/printing/fit-text';
import { wholeTailOf } from '../../../shared/printing/address-tail';

// A monospaced measure: every character is half an em wide, so widths are easy to reason about.
const unitWidth = (text: string) => text.length * 0.5;
const sizes = { nominalPt: 10, minimumPt: 7 };
/** Room for `chars` characters at 10 pt, and for `lines` lines at 10 pt. */
const box = (chars: number, lines = 8) => ({ widthPt: chars * 5, heightPt: blockHeightPt(lines, 10) + 0.01 });
const request = (lines: string[], boxes: FitRequest['boxes'], wholeTail = 1): FitRequest => ({
  lines,
  wholeTail,
  unitWidth,
  boxes,
  sizes,
});

describe('fitBlock: wrap, then padding, then shrink, else not printed', () => {
  test('a block that fits is left as it is, at the nominal size, in the usual box', () => {
    const fit = fitBlock(request(['Ana DUPONT', '31600 MURET'], [box(20), box(30)]));
    expect(fit).toMatchObject({ fits: true, sizePt: 10, boxIndex: 0, lines: ['Ana DUPONT', '31600 MURET'] });
  });

  test('a too-wide line is wrapped at a space, flush left, before any padding or shrinking', () => {
    const fit = fitBlock(
      request(['Ana DUPONT', 'Maison d’arrêt de Villepinte', '93420 VILLEPINTE'], [box(20), box(30)]),
    );
    expect(fit).toMatchObject({
      fits: true,
      sizePt: 10,
      boxIndex: 0,
      lines: ['Ana DUPONT', 'Maison d’arrêt de', 'Villepinte', '93420 VILLEPINTE'],
    });
  });

  test('a one-letter word is not left at the end of a wrapped line', () => {
    const fit = fitBlock(request(['Gruffydd Rhodri Ó Súilleabháin', 'SW18 3HU'], [box(20), box(20)]));
    expect(fit).toMatchObject({ fits: true, sizePt: 10, lines: ['Gruffydd Rhodri', 'Ó Súilleabháin', 'SW18 3HU'] });
  });

  test('the postcode-and-town and country lines are never wrapped: the padding is used for them', () => {
    const lines = ['Ana', '34570 Silivri/İSTANBUL', 'TURQUIE'];
    const fit = fitBlock(request(lines, [box(20), box(24)], 2));
    expect(fit).toMatchObject({ fits: true, sizePt: 10, boxIndex: 1, lines });
  });

  test('when a word is too long for the padded box, the block shrinks by half points, and no further', () => {
    // 24 characters at 10 pt need 120 pt; the padded box has 100 pt: 8 pt is the largest half-point size that fits.
    const fit = fitBlock(request(['Ana', 'Justizvollzugsanstalten1'], [box(16), box(20)]));
    expect(fit).toMatchObject({ fits: true, sizePt: 8, boxIndex: 1, lines: ['Ana', 'Justizvollzugsanstalten1'] });
  });

  test('wrapping that would overflow the height shrinks instead, and a block too tall even small is not printed', () => {
    // Wrapped into four lines, the block needs 7.5 pt to be three lines high at 10 pt.
    const wrapped = fitBlock(request(['aaaa bbbb cccc', 'X'], [box(5, 3), box(5, 3)]));
    expect(wrapped).toMatchObject({ fits: true, sizePt: 7.5, lines: ['aaaa', 'bbbb', 'cccc', 'X'] });
    const tooTall = fitBlock(
      request(
        Array.from({ length: 12 }, (_, i) => `L${i}`),
        [box(20, 6), box(20, 7)],
      ),
    );
    expect(tooTall).toEqual({ fits: false, sizePt: 7 });
  });

  test('a kept-whole line too wide even at the minimum size makes the block not printed, never cut', () => {
    const fit = fitBlock(request(['Ana', '34570 Silivri Cezaevleri Yerleşkesi İSTANBUL'], [box(10), box(12)], 1));
    expect(fit.fits).toBe(false);
    // The same line above the tail would have been wrapped.
    expect(fitBlock(request(['34570 Silivri Cezaevleri Yerleşkesi İSTANBUL', 'Ana'], [box(10), box(12)], 1)).fits).toBe(
      true,
    );
  });
});

describe('wholeTailOf: the lines that locate the address stay whole and last', () => {
  test('French: the postcode-and-town line, even when the prison is named after its town', () => {
    const lines = ['DUPONT Ana', 'Maison d’arrêt de Muret', 'Route de Seysses', '31600 MURET'];
    expect(wholeTailOf(lines, { postcode: '31600', city: 'Muret' })).toBe(1);
  });

  test('British: the post town and the postcode on lines of their own, and the country line', () => {
    const lines = ['Ana Jones', 'HMP Wandsworth', 'Heathfield Road', 'LONDON', 'SW18 3HU', 'ROYAUME-UNI'];
    expect(wholeTailOf(lines, { postcode: 'SW18 3HU', city: 'London' })).toBe(3);
  });

  test('Greek: a grouped postcode is still found, and without a town line only the last line is kept', () => {
    expect(wholeTailOf(['Νίκος', '181 10 Κορυδαλλός', 'GRÈCE'], { postcode: '18110', city: 'Korydallos' })).toBe(2);
    expect(wholeTailOf(['Ana', 'Somewhere'], { postcode: null, city: 'Elsewhere' })).toBe(1);
  });
});
