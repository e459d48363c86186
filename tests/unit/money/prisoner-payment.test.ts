import { describe, expect, test } from 'vitest';
import { composeIBAN } from 'ibantools';
import {
  composePrisonerReference,
  prisonerPayment,
  type FacilityMoneyRule,
  type PrisonerForPayment,
} from '../../../electron/services/money/prisoner-payment';

// A French "régie des comptes nominatifs" account composed from a made-up bank, branch and account number.
const regieIban = composeIBAN({ countryCode: 'FR', bban: '20041010050500013M02606' }) ?? '';
const france: FacilityMoneyRule = {
  iban: regieIban,
  holder: 'Régie des comptes nominatifs',
  referencePattern: '{number} {FAMILY} {Given}',
  maxLength: 31,
};
const prisoner: PrisonerForPayment = {
  number: '123456',
  familyName: 'Dupont',
  givenNames: 'Jean',
  birthDate: '1985-03-07',
};

describe('the reference a prison demands', () => {
  test('France: écrou number, NAME, first name', () => {
    expect(composePrisonerReference(france, prisoner)).toEqual({ ok: true, reference: '123456 DUPONT Jean' });
  });

  test('accents and ligatures are written the way SEPA banks carry them', () => {
    const named = { ...prisoner, familyName: 'Lefèvre-Œhler', givenNames: 'Hélène' };
    expect(composePrisonerReference(france, named)).toEqual({ ok: true, reference: '123456 LEFEVRE-OEHLER Helene' });
  });

  test('exactly 31 characters passes; 32 is refused with its length, never cut', () => {
    const at31 = { ...prisoner, familyName: 'Abcdefghijklmnopqrs' }; // 6 + 1 + 19 + 1 + 4 = 31
    expect(composePrisonerReference(france, at31)).toEqual({ ok: true, reference: '123456 ABCDEFGHIJKLMNOPQRS Jean' });
    expect(composePrisonerReference(france, { ...at31, familyName: 'Abcdefghijklmnopqrst' })).toEqual({
      ok: false,
      problem: { code: 'too_long', length: 32, max: 31 },
    });
  });

  test('Germany: name and date of birth, no limit', () => {
    const rule = { ...france, referencePattern: 'JVA {Family}, {Given}, {birthDate}', maxLength: null };
    expect(composePrisonerReference(rule, prisoner)).toEqual({ ok: true, reference: 'JVA Dupont, Jean, 07.03.1985' });
  });

  test('the facility records’ own placeholders keep working', () => {
    const rule = { ...france, referencePattern: '{number} {LASTNAME} {Firstname}' };
    expect(composePrisonerReference(rule, prisoner)).toEqual({ ok: true, reference: '123456 DUPONT Jean' });
  });

  test('a missing number, an unknown placeholder, an unsupported script are said, not papered over', () => {
    expect(composePrisonerReference(france, { ...prisoner, number: null })).toEqual({
      ok: false,
      problem: { code: 'missing_value', placeholder: 'number' },
    });
    expect(composePrisonerReference({ ...france, referencePattern: '{cell} {FAMILY}' }, prisoner)).toEqual({
      ok: false,
      problem: { code: 'unknown_placeholder', placeholder: 'cell' },
    });
    expect(composePrisonerReference(france, { ...prisoner, familyName: 'Иванов' })).toEqual({
      ok: false,
      problem: { code: 'unsupported_characters', characters: ['И', 'В', 'А', 'Н', 'О'] },
    });
  });
});

describe('the EPC payload to pay it', () => {
  test('holder, IBAN, amount and the reference as the transfer text', () => {
    const result = prisonerPayment(france, prisoner, 5000);
    expect(result).toEqual({
      ok: true,
      reference: '123456 DUPONT Jean',
      payload: `BCD\n002\n1\nSCT\n\nRégie des comptes nominatifs\n${regieIban}\nEUR50\n\n\n123456 DUPONT Jean`,
    });
  });

  test('without an amount the payer types it', () => {
    const result = prisonerPayment(france, prisoner);
    expect(result.ok && result.payload.split('\n')[7]).toBe('');
  });

  test('a reference too long gives no payload', () => {
    const result = prisonerPayment(france, { ...prisoner, givenNames: 'Jean-Baptiste Marie-Emmanuel' });
    expect(result).toEqual({ ok: false, referenceProblem: { code: 'too_long', length: 42, max: 31 }, problems: [] });
  });

  test('a wrong facility IBAN gives the EPC problem', () => {
    const result = prisonerPayment({ ...france, iban: 'FR7620041010050500013M02606' }, prisoner);
    expect(result).toEqual({ ok: false, problems: [{ code: 'iban_invalid' }] });
  });
});
