import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createBelgianReference,
  createCreditorReference,
  createQrReference,
  detectReference,
  formatBelgianReference,
  formatCreditorReference,
  formatQrReference,
  formatReference,
  isValidBelgianReference,
  isValidCreditorReference,
  isValidQrReference,
  isValidReference,
  parseBelgianReference,
  parseCreditorReference,
  parseQrReference,
} from '../../../shared/money/payment-references';

/** Every string that differs from `value` in exactly one digit (a digit replaced by another digit). */
function singleDigitChanges(value: string): string[] {
  const changed: string[] = [];
  [...value].forEach((character, i) => {
    if (!/\d/.test(character)) return;
    for (let digit = 0; digit <= 9; digit++)
      if (String(digit) !== character) changed.push(value.slice(0, i) + digit + value.slice(i + 1));
  });
  return changed;
}

describe('Belgian structured communication', () => {
  it('accepts published and hand-computed examples, and refuses a wrong check', () => {
    // 0909337554 = 97 × 9374613 + 93, so the check digits are 93.
    expect(isValidBelgianReference('090933755493')).toBe(true);
    // 0108068171 = 97 × 1114104 + 83, so the check digits are 83.
    expect(isValidBelgianReference('010806817183')).toBe(true);
    // 1234567890 = 97 × 12727504 + 2: +++123/4567/89002+++; the usual layout example …89012 is not itself valid.
    expect(isValidBelgianReference('123456789002')).toBe(true);
    expect(isValidBelgianReference('123456789012')).toBe(false);
    // A remainder of 0 is written 97: 0000000097 and 0000000000 both end in 97; 00 is never a check.
    expect(isValidBelgianReference('000000009797')).toBe(true);
    expect(isValidBelgianReference('000000000097')).toBe(true);
    expect(isValidBelgianReference('000000009700')).toBe(false);
    expect(isValidBelgianReference('09093375549')).toBe(false);
  });

  it('parses what people type, formats it as banks print it, and creates it from a number', () => {
    expect(parseBelgianReference('+++090/9337/55493+++')).toBe('090933755493');
    expect(parseBelgianReference('***090/9337/55493***')).toBe('090933755493');
    expect(parseBelgianReference(' 090 9337 55493 ')).toBe('090933755493');
    expect(parseBelgianReference('090/9337/5549')).toBeNull();
    expect(parseBelgianReference('+++090/9337/5549A+++')).toBeNull();
    expect(formatBelgianReference('090933755493')).toBe('+++090/9337/55493+++');
    expect(createBelgianReference(108068171)).toBe('010806817183');
    expect(createBelgianReference('97')).toBe('000000009797');
    expect(createBelgianReference(0)).toBe('000000000097');
    expect(() => createBelgianReference(12345678901)).toThrow(RangeError);
    expect(() => createBelgianReference(-1)).toThrow(RangeError);
  });

  it('validates every reference it creates, and no single changed digit passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (base) => {
        const value = createBelgianReference(base);
        expect(isValidBelgianReference(value)).toBe(true);
        expect(parseBelgianReference(formatBelgianReference(value))).toBe(value);
        for (const changed of singleDigitChanges(value)) expect(isValidBelgianReference(changed)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ISO 11649 creditor reference', () => {
  it('accepts published and hand-computed examples, and refuses a wrong check', () => {
    expect(isValidCreditorReference('RF18539007547034')).toBe(true);
    // 2348231 then R=27 F=15 00: 2348231271500 mod 97 = 27, 98 − 27 = 71.
    expect(isValidCreditorReference('RF712348231')).toBe(true);
    // PARLOIR2026 reads 25 10 27 21 24 18 27 2026; with RF00 appended, mod 97 = 10, 98 − 10 = 88.
    expect(isValidCreditorReference('RF88PARLOIR2026')).toBe(true);
    expect(isValidCreditorReference('RF19539007547034')).toBe(false);
    expect(isValidCreditorReference('RF18')).toBe(false);
    // 36 then RF00: 36271500 = 97 × 373933 − 1, remainder 96, check 98 − 96 = 02. Check 99 also leaves remainder 1
    // (it is 02 + 97) but is outside 02…98, the only checks the algorithm produces.
    expect(isValidCreditorReference('RF0236')).toBe(true);
    expect(isValidCreditorReference('RF9936')).toBe(false);
    expect(isValidCreditorReference(`RF18${'1'.repeat(22)}`)).toBe(false);
  });

  it('parses spaces and case, formats in groups of four, and creates from a body', () => {
    expect(parseCreditorReference('rf18 5390 0754 7034')).toBe('RF18539007547034');
    expect(parseCreditorReference('RF1')).toBeNull();
    expect(parseCreditorReference('RF18-5390')).toBeNull();
    expect(formatCreditorReference('RF18539007547034')).toBe('RF18 5390 0754 7034');
    expect(formatCreditorReference('RF712348231')).toBe('RF71 2348 231');
    expect(createCreditorReference('539007547034')).toBe('RF18539007547034');
    expect(createCreditorReference('parloir 2026')).toBe('RF88PARLOIR2026');
    expect(() => createCreditorReference('')).toThrow(RangeError);
    expect(() => createCreditorReference('A'.repeat(22))).toThrow(RangeError);
    expect(() => createCreditorReference('PAR-LOIR')).toThrow(RangeError);
  });

  it('validates every reference it creates, and no single changed digit passes', () => {
    const body = fc.stringMatching(/^[A-Z0-9]{1,21}$/);
    fc.assert(
      fc.property(body, (text) => {
        const value = createCreditorReference(text);
        expect(isValidCreditorReference(value)).toBe(true);
        expect(parseCreditorReference(formatCreditorReference(value))).toBe(value);
        for (const changed of singleDigitChanges(value)) expect(isValidCreditorReference(changed)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Swiss QR reference', () => {
  it('accepts published and hand-computed examples, and refuses a wrong check', () => {
    expect(isValidQrReference('210000000003139471430009017')).toBe(true);
    // 26 zeros keep the carry at T[0] = 0, so the check is (10 − 0) mod 10 = 0.
    expect(isValidQrReference('0'.repeat(27))).toBe(true);
    // 25 zeros then 1: carry T[1] = 9, check (10 − 9) mod 10 = 1.
    expect(isValidQrReference(`${'0'.repeat(25)}11`)).toBe(true);
    expect(isValidQrReference('210000000003139471430009018')).toBe(false);
    expect(isValidQrReference('21000000000313947143000901')).toBe(false);
  });

  it('parses spaces, formats as two digits and groups of five, and creates from 26 digits', () => {
    expect(parseQrReference('21 00000 00003 13947 14300 09017')).toBe('210000000003139471430009017');
    expect(parseQrReference('21 00000 00003 13947 14300 0901')).toBeNull();
    expect(formatQrReference('210000000003139471430009017')).toBe('21 00000 00003 13947 14300 09017');
    expect(createQrReference('21000000000313947143000901')).toBe('210000000003139471430009017');
    expect(createQrReference('1')).toBe(`${'0'.repeat(25)}11`);
    expect(() => createQrReference('1'.repeat(27))).toThrow(RangeError);
    expect(() => createQrReference('12a')).toThrow(RangeError);
  });

  it('validates every reference it creates, and no single changed digit passes', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{26}$/), (digits) => {
        const value = createQrReference(digits);
        expect(isValidQrReference(value)).toBe(true);
        expect(parseQrReference(formatQrReference(value))).toBe(value);
        for (const changed of singleDigitChanges(value)) expect(isValidQrReference(changed)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('any kind', () => {
  it('validates and formats a statement reference by its kind', () => {
    expect(isValidReference({ kind: 'be', value: '090933755493' })).toBe(true);
    expect(isValidReference({ kind: 'rf', value: 'RF18539007547034' })).toBe(true);
    expect(isValidReference({ kind: 'qrr', value: '210000000003139471430009017' })).toBe(true);
    expect(isValidReference({ kind: 'be', value: 'RF18539007547034' })).toBe(false);
    expect(formatReference({ kind: 'qrr', value: '0'.repeat(27) })).toBe('00 00000 00000 00000 00000 00000');
  });
});

describe('detectReference', () => {
  it('finds a valid reference of each kind inside a free remittance text', () => {
    expect(detectReference('Don mensuel +++090/9337/55493+++ merci')).toEqual({ kind: 'be', value: '090933755493' });
    expect(detectReference('COMMUNICATION: ***010/8068/17183***')).toEqual({ kind: 'be', value: '010806817183' });
    expect(detectReference('soutien 010/8068/17183 juin')).toEqual({ kind: 'be', value: '010806817183' });
    expect(detectReference('ref 010806817183')).toEqual({ kind: 'be', value: '010806817183' });
    expect(detectReference('Spende RF18 5390 0754 7034 danke')).toEqual({ kind: 'rf', value: 'RF18539007547034' });
    expect(detectReference('rf712348231')).toEqual({ kind: 'rf', value: 'RF712348231' });
    expect(detectReference('QR 21 00000 00003 13947 14300 09017 Solidarität')).toEqual({
      kind: 'qrr',
      value: '210000000003139471430009017',
    });
    expect(detectReference('210000000003139471430009017')).toEqual({
      kind: 'qrr',
      value: '210000000003139471430009017',
    });
  });

  it('returns null when there is no reference or only an invalid one', () => {
    expect(detectReference(null)).toBeNull();
    expect(detectReference('')).toBeNull();
    expect(detectReference('Pour le colis de Noël')).toBeNull();
    expect(detectReference('+++123/4567/89012+++')).toBeNull();
    expect(detectReference('RF19 5390 0754 7034')).toBeNull();
    expect(detectReference('21 00000 00003 13947 14300 09018')).toBeNull();
    // A phone number or an IBAN's digits are not references by being long.
    expect(detectReference('tel 0470123456 BE68539007547034')).toBeNull();
  });
});
