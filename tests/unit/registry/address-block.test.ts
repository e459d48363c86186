import { describe, expect, test } from 'vitest';
import { composeAddressBlock, type AddressBlockInput } from '../../../shared/address/compose-address';
import { address, tenCountries } from './address-cases';

describe('composeAddressBlock: ten countries, each with its source', () => {
  test.each(tenCountries.map((c) => [c.country, c.source, c] as const))('%s (%s)', (_country, _source, c) => {
    expect(composeAddressBlock(c.input)).toEqual(c.expected);
  });
});

const base = {
  familyName: 'Yıldız',
  givenNames: 'Gülşen',
  prisonerNumber: null,
  facilityName: 'Silivri Cezaevi',
  senderCountry: 'FR',
} satisfies Partial<AddressBlockInput>;

describe('the town line where the templates leave the province out', () => {
  test('TR (UPU "Turkey"): the province in Turkish capitals, dotted İ from i', () => {
    const lines = composeAddressBlock({
      ...base,
      address: address('TR', { postcode: '35410', city: 'Buca', region: 'izmir' }),
    });
    expect(lines).toContain('35410 Buca/İZMİR');
  });

  test('TR: a district that is its province is not repeated', () => {
    const lines = composeAddressBlock({
      ...base,
      address: address('TR', { postcode: '06000', city: 'Ankara', region: 'ANKARA' }),
    });
    expect(lines).toContain('06000 Ankara');
  });

  test('ES (Correos): no province in brackets when it is the town itself, accents and case aside', () => {
    const lines = composeAddressBlock({
      ...base,
      address: address('ES', { street: 'Calle Mayor 1', postcode: '05001', city: 'Ávila', region: 'AVILA' }),
    });
    expect(lines).toContain('05001 Ávila');
    expect(lines.join('\n')).not.toContain('(');
  });

  test('GB sent from the UK (Post Office, "Clear addressing"): post town in capitals, postcode last, no country', () => {
    const lines = composeAddressBlock({
      ...base,
      address: address('GB', { street: 'Heathfield Road', postcode: 'SW18 3HU', city: 'London' }),
      senderCountry: 'GB',
      language: 'en',
    });
    expect(lines.slice(-3)).toEqual(['Heathfield Road', 'LONDON', 'SW18 3HU']);
  });
});

describe('the German Postfach (DIN 5008, Deutsche Post)', () => {
  const jva = address('DE', { street: 'Am Ried 1', postcode: '74523', city: 'Schwäbisch Hall' });

  test('without a Postfach: name first, then the JVA, the street and "PLZ Ort"', () => {
    const lines = composeAddressBlock({
      ...base,
      prisonerNumber: '1/26',
      facilityName: 'JVA Schwäbisch Hall',
      address: jva,
    });
    expect(lines).toEqual([
      'Gülşen Yıldız',
      'Buchnummer 1/26',
      'JVA Schwäbisch Hall',
      'Am Ried 1',
      '74523 Schwäbisch Hall',
      'ALLEMAGNE',
    ]);
  });

  test('a Postfach without its own PLZ still replaces the street, and keeps the PLZ given', () => {
    const lines = composeAddressBlock({
      ...base,
      facilityName: 'JVA Schwäbisch Hall',
      address: { ...jva, poBox: 'Postfach 10 01 40' },
    });
    expect(lines).not.toContain('Am Ried 1');
    expect(lines.slice(-3)).toEqual(['Postfach 10 01 40', '74523 Schwäbisch Hall', 'ALLEMAGNE']);
  });

  test("the box's postcode is ignored when there is no box", () => {
    const lines = composeAddressBlock({
      ...base,
      facilityName: 'JVA Schwäbisch Hall',
      address: { ...jva, poBoxPostcode: '74501' },
    });
    expect(lines).toContain('74523 Schwäbisch Hall');
  });
});
