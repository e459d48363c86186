import { describe, expect, test } from 'vitest';
import { composeIBAN } from 'ibantools';
import { epcAmount, epcPayload, type EpcTransfer } from '../../../shared/money/epc-qr';
import { createBelgianReference } from '../../../shared/money/payment-references';
import { qrMatrix } from '../../../shared/money/qr-matrix';

// The sample transfer of EPC069-12 (a gift of EUR 1 to the Belgian Red Cross), written here as version 002.
const sample: EpcTransfer = {
  name: 'Red Cross of Belgium',
  iban: 'BE72000000001616',
  bic: 'BPOTBEB1',
  amountMinor: 100,
  purpose: 'CHAR',
  text: 'Urgency fund',
  information: 'Sample EPC QR code',
};

const payloadOf = (transfer: EpcTransfer): string => {
  const result = epcPayload(transfer);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.payload;
};
const codesOf = (transfer: EpcTransfer) => {
  const result = epcPayload(transfer);
  return result.ok ? [] : result.problems.map((p) => p.code);
};

describe('EPC QR payload (EPC069-12, version 002, UTF-8)', () => {
  test('the specification’s sample, one field a line, the empty structured reference kept in its place', () => {
    expect(payloadOf(sample).split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'BPOTBEB1',
      'Red Cross of Belgium',
      'BE72000000001616',
      'EUR1',
      'CHAR',
      '',
      'Urgency fund',
      'Sample EPC QR code',
    ]);
  });

  test('version 002 leaves the BIC out, and trailing empty fields are not written', () => {
    expect(payloadOf({ name: 'Red Cross of Belgium', iban: 'be72 0000 0000 1616' })).toBe(
      'BCD\n002\n1\nSCT\n\nRed Cross of Belgium\nBE72000000001616',
    );
  });

  test.each([
    [1, 'EUR0.01'],
    [5, 'EUR0.05'],
    [1230, 'EUR12.3'],
    [1205, 'EUR12.05'],
    [100, 'EUR1'],
    [99_999_999_999, 'EUR999999999.99'],
  ])('%d cents is %s', (minor, text) => {
    expect(epcAmount(minor)).toBe(text);
    expect(payloadOf({ ...sample, amountMinor: minor }).split('\n')[7]).toBe(text);
  });

  test.each([0, -100, 100_000_000_000, 12.5])('%d cents is refused', (minor) => {
    expect(codesOf({ ...sample, amountMinor: minor })).toEqual(['amount_out_of_range']);
  });

  test('an ISO 11649 reference goes in the structured field without spaces', () => {
    const lines = payloadOf({ ...sample, text: undefined, reference: 'rf18 5390 0754 7034' }).split('\n');
    expect(lines[9]).toBe('RF18539007547034');
    expect(lines[10]).toBe('');
  });

  test('a Belgian structured communication goes in as its twelve digits', () => {
    const reference = createBelgianReference(123456);
    const typed = `+++${reference.slice(0, 3)}/${reference.slice(3, 7)}/${reference.slice(7)}+++`;
    expect(payloadOf({ ...sample, text: undefined, reference: typed }).split('\n')[9]).toBe(reference);
  });

  test('a reference failing its check, or both a reference and text, is refused', () => {
    expect(codesOf({ ...sample, text: undefined, reference: 'RF19539007547034' })).toEqual(['reference_invalid']);
    expect(codesOf({ ...sample, text: undefined, reference: 'invoice 12' })).toEqual(['reference_invalid']);
    expect(codesOf({ ...sample, reference: 'RF18539007547034' })).toEqual(['reference_and_text']);
  });

  test('field lengths are counted in characters, at the limit and one over', () => {
    expect(codesOf({ ...sample, name: 'é'.repeat(70), information: undefined })).toEqual([]);
    expect(epcPayload({ ...sample, name: 'n'.repeat(71) })).toEqual({
      ok: false,
      problems: [{ code: 'name_too_long', max: 70, length: 71 }],
    });
    expect(codesOf({ ...sample, text: 't'.repeat(141) })).toEqual(['text_too_long']);
    expect(codesOf({ ...sample, information: 'i'.repeat(71) })).toEqual(['information_too_long']);
  });

  // 3+3+1+3+8 header and BIC, 140 bytes of name, 16 IBAN, 4+4 amount and purpose, 140 + 70, and 11 line feeds.
  test('the whole payload may not pass 331 bytes, accents counting two', () => {
    const big = { ...sample, name: 'é'.repeat(70), text: 't'.repeat(140), information: 'i'.repeat(70) };
    const result = epcPayload(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ code: 'payload_too_long', max: 331, length: 403 }]);
  });

  test('accounts and codes: a wrong IBAN, one outside SEPA, a wrong BIC, a wrong purpose, a missing name', () => {
    expect(codesOf({ ...sample, iban: 'BE73000000001616' })).toEqual(['iban_invalid']);
    const turkish = composeIBAN({ countryCode: 'TR', bban: '0006100519786457841326' });
    expect(codesOf({ ...sample, iban: turkish ?? '' })).toEqual(['iban_not_sepa']);
    expect(codesOf({ ...sample, bic: 'BPOT' })).toEqual(['bic_invalid']);
    expect(codesOf({ ...sample, purpose: 'CHARITY' })).toEqual(['purpose_invalid']);
    expect(codesOf({ ...sample, name: '  ' })).toEqual(['name_missing']);
  });

  test('a line break inside a field would shift the fields after it', () => {
    expect(codesOf({ ...sample, text: 'Urgency\nfund' })).toEqual(['line_break']);
  });
});

describe('QR matrix', () => {
  // Version 1 at level M holds 14 bytes (21 modules a side); one byte more needs version 2 (25 modules).
  test('text is encoded as UTF-8 bytes: seven accented letters fill version 1-M, eight need version 2', () => {
    expect(qrMatrix('a'.repeat(14), 'M')).toHaveLength(21);
    expect(qrMatrix('a'.repeat(15), 'M')).toHaveLength(25);
    expect(qrMatrix('é'.repeat(7), 'M')).toHaveLength(21);
    expect(qrMatrix('é'.repeat(8), 'M')).toHaveLength(25);
  });

  test('the longest EPC payload fits a code a phone reads, square, with its three finder patterns', () => {
    const matrix = qrMatrix('x'.repeat(331), 'M');
    expect(matrix.length).toBeLessThanOrEqual(77);
    expect(matrix.every((row) => row.length === matrix.length)).toBe(true);
    const size = matrix.length;
    for (const [r, c] of [
      [0, 0],
      [0, size - 7],
      [size - 7, 0],
    ] as const) {
      expect(matrix[r]![c]).toBe(true);
      expect(matrix[r + 1]![c + 1]).toBe(false);
      expect(matrix[r + 3]![c + 3]).toBe(true);
    }
  });
});
