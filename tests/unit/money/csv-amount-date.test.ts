import { describe, expect, it } from 'vitest';
import { parseCsvAmount } from '../../../electron/services/money/csv-amount';
import { parseCsvDate } from '../../../electron/services/money/csv-date';
import type { CsvProfile } from '../../../shared/money/csv-profile.schemas';

type Notation = Pick<CsvProfile, 'decimal' | 'thousands'>;
const FRENCH: Notation = { decimal: ',', thousands: 'space' };
const GERMAN: Notation = { decimal: ',', thousands: 'point' };
const SWISS: Notation = { decimal: '.', thousands: 'apostrophe' };
const PLAIN_COMMA: Notation = { decimal: ',', thousands: 'none' };

describe('parseCsvAmount', () => {
  it.each([
    ['1 234,56', FRENCH, 123_456],
    ['1\u00A0234,56', FRENCH, 123_456],
    ['1\u202F234\u202F567,89', FRENCH, 123_456_789],
    ['1234,56', FRENCH, 123_456],
    ['-12,5', FRENCH, -1_250],
    ['12,50-', FRENCH, -1_250],
    ['\u221212,50', FRENCH, -1_250],
    ['- 12,50', FRENCH, -1_250],
    ['+3', FRENCH, 300],
    ['12.345,67', GERMAN, 1_234_567],
    ["1'234.56", SWISS, 123_456],
    ['1\u2019234.56', SWISS, 123_456],
    ['(12.00)', SWISS, -1_200],
    ['12,500', PLAIN_COMMA, 1_250],
    ['0,29', PLAIN_COMMA, 29],
  ])('reads %s exactly', (cell, notation, minor) => {
    expect(parseCsvAmount(cell, notation, 'EUR')).toEqual({ ok: true, minor });
  });

  it('reads yen without decimals and refuses a decimal on them', () => {
    expect(parseCsvAmount('1 500', FRENCH, 'JPY')).toEqual({ ok: true, minor: 1_500 });
    expect(parseCsvAmount('1 500,5', FRENCH, 'JPY')).toEqual({ ok: false, code: 'amount_too_precise' });
  });

  it.each([['12,3456'], ['0,001'], ['1 234,5601']])('refuses %s EUR as too precise', (cell) => {
    expect(parseCsvAmount(cell, FRENCH, 'EUR')).toEqual({ ok: false, code: 'amount_too_precise' });
  });

  it.each([
    ['12.5', GERMAN],
    ['1.23.456', GERMAN],
    ['12.50', FRENCH],
    ['1,234.56', FRENCH],
    ['12,50', SWISS],
    ['1 234,56', PLAIN_COMMA],
    ['1 23,45', FRENCH],
    ['12,', FRENCH],
    [',50', FRENCH],
    ['12,5,0', FRENCH],
    ['--5', FRENCH],
    ['-12,50-', FRENCH],
    ['(-12.00)', SWISS],
    ['EUR 12,50', FRENCH],
    ['douze', FRENCH],
    ['1e3', FRENCH],
    ['99999999999999999999', FRENCH],
  ])('refuses %s as not an amount in the notation', (cell, notation) => {
    expect(parseCsvAmount(cell, notation, 'EUR')).toEqual({ ok: false, code: 'bad_amount' });
  });

  it('says an empty cell is missing, not wrong', () => {
    expect(parseCsvAmount('  ', FRENCH, 'EUR')).toEqual({ ok: false, code: 'missing_amount' });
  });
});

describe('parseCsvDate', () => {
  it.each([
    ['02/03/2026', 'dd/mm/yyyy', '2026-03-02'],
    ['02.03.2026', 'dd.mm.yyyy', '2026-03-02'],
    ['02-03-2026', 'dd-mm-yyyy', '2026-03-02'],
    ['2026-03-02', 'yyyy-mm-dd', '2026-03-02'],
    ['2.3.26', 'd.m.yy', '2026-03-02'],
    ['2/3/2026', 'd/m/yyyy', '2026-03-02'],
    ['20260302', 'yyyymmdd', '2026-03-02'],
    ['29.02.2024', 'dd.mm.yyyy', '2024-02-29'],
    ['02.03.2026 14:05:09', 'dd.mm.yyyy', '2026-03-02'],
    [' 02/03/2026 ', 'dd/mm/yyyy', '2026-03-02'],
  ] as const)('reads %s as %s gives %s', (cell, format, date) => {
    expect(parseCsvDate(cell, format)).toBe(date);
  });

  it.each([
    ['29.02.2026', 'dd.mm.yyyy'],
    ['31/04/2026', 'dd/mm/yyyy'],
    ['00/01/2026', 'dd/mm/yyyy'],
    ['02/13/2026', 'dd/mm/yyyy'],
    ['2/3/2026', 'dd/mm/yyyy'],
    ['02.03.2026', 'dd/mm/yyyy'],
    ['2026-03-02', 'dd-mm-yyyy'],
    ['02/03/26', 'dd/mm/yyyy'],
    ['', 'dd/mm/yyyy'],
    ['hier', 'dd/mm/yyyy'],
  ] as const)('refuses %s as %s', (cell, format) => {
    expect(parseCsvDate(cell, format)).toBeNull();
  });
});
