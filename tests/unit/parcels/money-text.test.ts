import { describe, expect, test } from 'vitest';
import { amountText, formatMoney, parseAmount } from '../../../shared/parcels/money-text';

describe('amounts typed by people', () => {
  test.each([
    ['12,50', 'fr', 'EUR', 1250],
    ['12.50', 'en', 'EUR', 1250],
    ['12', 'fr', 'EUR', 1200],
    ['12,5', 'fr', 'EUR', 1250],
    ['1 200,05', 'fr', 'EUR', 120005],
    ['1\u202f200,05', 'fr', 'EUR', 120005],
    ['1.200,05', 'fr', 'EUR', 120005],
    ['1,200.05', 'en', 'EUR', 120005],
    ['0,07', 'fr', 'EUR', 7],
    ['1500', 'fr', 'JPY', 1500],
    ['1,250', 'fr', 'TND', 1250],
  ] as const)('%s (%s, %s) is %d minor units', (text, language, currency, minor) => {
    expect(parseAmount(text, language, currency)).toBe(minor);
  });

  test('an empty field is no amount', () => {
    expect(parseAmount('  ', 'fr', 'EUR')).toBeNull();
  });

  test.each([
    ['12.50', 'fr'],
    ['12,50', 'en'],
    ['12,505', 'fr'],
    ['abc', 'en'],
    ['-3', 'en'],
    ['1,2,3', 'fr'],
  ] as const)('%s in %s is refused rather than guessed', (text, language) => {
    expect(parseAmount(text, language, 'EUR')).toBeUndefined();
  });

  test('yen have no decimals', () => {
    expect(parseAmount('15,5', 'fr', 'JPY')).toBeUndefined();
  });

  test('the field shows what was typed, back from minor units', () => {
    expect(amountText(1250, 'fr', 'EUR')).toBe('12,50');
    expect(amountText(7, 'en', 'EUR')).toBe('0.07');
    expect(amountText(1500, 'en', 'JPY')).toBe('1500');
  });

  test('amounts read with their currency in the reader’s language', () => {
    expect(formatMoney({ minor: 1250, currency: 'EUR' }, 'fr')).toBe('12,50\u00a0€');
    expect(formatMoney({ minor: 1250, currency: 'EUR' }, 'en')).toBe('€12.50');
    expect(formatMoney({ minor: 1250, currency: 'CHF' }, 'en')).toBe('CHF\u00a012.50');
  });
});
