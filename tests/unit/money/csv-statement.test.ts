import { describe, expect, it } from 'vitest';
import {
  CREDIT_MUTUEL_PROFILE,
  KBC_PROFILE,
  POSTFINANCE_PROFILE,
} from '../../../electron/services/money/csv-bank-profiles';
import { detectProfile, readCsvStatement } from '../../../electron/services/money/csv-statement.read';
import { csvProfile, type CsvProfile } from '../../../shared/money/csv-profile.schemas';
import {
  BELGIAN_REFERENCE,
  CREDIT_MUTUEL_SAMPLE,
  DONOR_IBAN_BE,
  GROUP_IBAN_BE,
  KBC_SAMPLE,
  POSTFINANCE_SAMPLE,
  QR_REFERENCE,
  REGIE_IBAN_FR,
} from '../../support/csv-bank-samples';
import { csvBytes } from '../../support/csv-statement-builder';

/** A UBS-like export: Latin-1, comma-delimited, one signed amount with apostrophe thousands, ISO dates. */
const SWISS_SIGNED: CsvProfile = {
  ...KBC_PROFILE,
  id: 'swiss-signed',
  name: 'Swiss signed',
  delimiter: ',',
  preamble: { kind: 'lines', count: 2 },
  dateFormat: 'yyyy-mm-dd',
  decimal: '.',
  thousands: 'apostrophe',
  amount: { kind: 'signed', column: 'Betrag' },
  currency: { kind: 'fixed', code: 'CHF' },
  columns: {
    account: null,
    bookingDate: 'Abschlussdatum',
    valueDate: null,
    counterpartyName: null,
    counterpartyIban: null,
    text: ['Beschreibung'],
    structuredReference: null,
    bankReference: 'Transaktions-Nr.',
  },
};

describe('readCsvStatement with the built-in profiles', () => {
  it('reads the KBC sample: signed amounts, currency column, counterparty and structured communication', () => {
    const file = readCsvStatement(csvBytes(KBC_SAMPLE), KBC_PROFILE);
    expect(file.problems).toEqual([]);
    expect(file.format).toBe('csv:kbc');
    expect(file.statements).toHaveLength(1);
    const [statement] = file.statements;
    expect(statement).toMatchObject({
      id: '2026-03-02/2026-03-04',
      accountIban: GROUP_IBAN_BE,
      currency: 'EUR',
      opening: null,
      closing: null,
    });
    expect(statement?.entries).toEqual([
      {
        bankReference: null,
        endToEndId: null,
        bookingDate: '2026-03-02',
        valueDate: '2026-03-02',
        amount: { minor: 2_500, currency: 'EUR', side: 'credit' },
        booked: true,
        counterpartyName: 'Élodie Dupré',
        counterpartyIban: DONOR_IBAN_BE,
        text: 'OVERSCHRIJVING VAN ÉLODIE DUPRÉ',
        reference: { kind: 'be', value: BELGIAN_REFERENCE },
        details: [],
      },
      {
        bankReference: null,
        endToEndId: null,
        bookingDate: '2026-03-04',
        valueDate: '2026-03-03',
        amount: { minor: 120_000, currency: 'EUR', side: 'debit' },
        booked: true,
        counterpartyName: 'REGIE COMPTES NOMINATIFS',
        counterpartyIban: REGIE_IBAN_FR,
        text: 'EUROPESE OVERSCHRIJVING NAAR REGIE 123456 MARTIN PAUL',
        reference: null,
        details: [],
      },
    ]);
  });

  it('reads the PostFinance sample: BOM, preamble, credit and debit columns, footnote, QR reference in the text', () => {
    const file = readCsvStatement(csvBytes(POSTFINANCE_SAMPLE), POSTFINANCE_PROFILE);
    expect(file.problems).toEqual([]);
    expect(file.format).toBe('csv:postfinance');
    const entries = file.statements[0]?.entries ?? [];
    expect(entries.map((entry) => [entry.bookingDate, entry.amount])).toEqual([
      ['2026-03-31', { minor: 125_000, currency: 'CHF', side: 'credit' }],
      ['2026-03-05', { minor: 1_250, currency: 'CHF', side: 'debit' }],
    ]);
    expect(entries[0]?.text).toContain('JÜRG MÜLLER');
    expect(entries[0]?.reference).toEqual({ kind: 'qrr', value: QR_REFERENCE });
    expect(file.statements[0]?.id).toBe('2026-03-05/2026-03-31');
    expect(file.statements[0]?.accountIban).toBe('CH2809000000123456780');
  });

  it('reads the Crédit Mutuel sample in Windows-1252 with a decimal comma and space thousands', () => {
    const file = readCsvStatement(csvBytes(CREDIT_MUTUEL_SAMPLE), CREDIT_MUTUEL_PROFILE);
    expect(file.problems).toEqual([]);
    expect(file.format).toBe('csv:credit-mutuel');
    const entries = file.statements[0]?.entries ?? [];
    expect(entries.map((entry) => [entry.bookingDate, entry.valueDate, entry.amount.side, entry.amount.minor])).toEqual(
      [
        ['2026-03-02', '2026-03-02', 'credit', 123_456],
        ['2026-03-05', '2026-03-05', 'debit', 4_580],
        ['2026-03-09', '2026-03-06', 'debit', 12_000],
        ['2026-03-12', '2026-03-12', 'credit', 100_000],
      ],
    );
    expect(entries[0]?.text).toBe('VIR SEPA HÉLÈNE MÜLLER DON MARS');
    expect(entries[3]?.text).toBe('VIR COLLECTE CONCERT SOLIDARITÉ 1000 €');
    expect(file.statements[0]?.currency).toBe('EUR');
  });

  it('reads a debit written without a minus in the debit column as a debit', () => {
    const sample = { ...CREDIT_MUTUEL_SAMPLE, rows: [['05/03/2026', '', '45,80', '', 'PRLV', '']] };
    const file = readCsvStatement(csvBytes(sample), CREDIT_MUTUEL_PROFILE);
    expect(file.statements[0]?.entries[0]?.amount).toEqual({ minor: 4_580, currency: 'EUR', side: 'debit' });
    expect(file.statements[0]?.entries[0]?.valueDate).toBeNull();
  });

  it('reads apostrophe thousands (straight and typographic) after a fixed preamble, with a bank reference', () => {
    const bytes = csvBytes({
      encoding: 'windows-1252',
      delimiter: ',',
      preamble: ['Kontoauszug,CH93 0076 2011 6238 5295 7', 'Periode,01.03.2026 - 31.03.2026'],
      header: ['Abschlussdatum', 'Beschreibung', 'Betrag', 'Transaktions-Nr.'],
      rows: [
        ['2026-03-03', 'Spende Zürich', "20'827.00", 'TX-1'],
        ['2026-03-04', 'Druckerei, Flugblätter', '-1’234.50', 'TX-2'],
      ],
    });
    const file = readCsvStatement(bytes, SWISS_SIGNED);
    expect(file.problems).toEqual([]);
    expect(
      file.statements[0]?.entries.map((entry) => [entry.bankReference, entry.amount.side, entry.amount.minor]),
    ).toEqual([
      ['TX-1', 'credit', 2_082_700],
      ['TX-2', 'debit', 123_450],
    ]);
    expect(file.statements[0]?.entries[1]?.text).toBe('Druckerei, Flugblätter');
  });
});

describe('readCsvStatement with a profile the treasurer wrote', () => {
  const TAB_LATIN1: CsvProfile = {
    ...CREDIT_MUTUEL_PROFILE,
    id: 'tab-latin1',
    encoding: 'iso-8859-1',
    delimiter: '\t',
    preamble: { kind: 'lines', count: 0 },
    dateFormat: 'd.m.yy',
    thousands: 'none',
  };

  it('reads tab-separated ISO-8859-1, taking 0x80 as the euro sign as every browser does', () => {
    const bytes = csvBytes({
      ...CREDIT_MUTUEL_SAMPLE,
      delimiter: '\t',
      rows: [['2.3.26', '', '', '7,5', 'DON 7,50 € MERCI', '']],
    });
    const file = readCsvStatement(bytes, TAB_LATIN1);
    expect(file.problems).toEqual([]);
    expect(file.format).toBe('csv:tab-latin1');
    expect(file.statements[0]?.entries[0]).toMatchObject({
      bookingDate: '2026-03-02',
      amount: { minor: 750, currency: 'EUR', side: 'credit' },
      text: 'DON 7,50 € MERCI',
    });
  });
});

describe('detectProfile', () => {
  it('recognises each built-in profile from its sample header', () => {
    expect(detectProfile(csvBytes(KBC_SAMPLE))?.id).toBe('kbc');
    expect(detectProfile(csvBytes(POSTFINANCE_SAMPLE))?.id).toBe('postfinance');
    expect(detectProfile(csvBytes(CREDIT_MUTUEL_SAMPLE))?.id).toBe('credit-mutuel');
  });

  it('recognises a profile whatever the case and spaces of the header cells', () => {
    const header = CREDIT_MUTUEL_SAMPLE.header.map((name) => ` ${name.toUpperCase()} `);
    expect(detectProfile(csvBytes({ ...CREDIT_MUTUEL_SAMPLE, header }))?.id).toBe('credit-mutuel');
  });

  it('returns null for an unknown header, a binary file and an empty file', () => {
    const unknown = csvBytes({ encoding: 'utf-8', header: ['When', 'What', 'How much'], rows: [['1', '2', '3']] });
    expect(detectProfile(unknown)).toBeNull();
    expect(detectProfile(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBeNull();
    expect(detectProfile(new Uint8Array(0))).toBeNull();
  });

  it('does not take a Crédit Mutuel header missing a column it reads', () => {
    const header = CREDIT_MUTUEL_SAMPLE.header.filter((name) => name !== 'Date de valeur');
    expect(detectProfile(csvBytes({ ...CREDIT_MUTUEL_SAMPLE, header, rows: [] }))).toBeNull();
  });
});

describe('csvProfile schema', () => {
  it('accepts every built-in profile as a saved mapping would be', () => {
    for (const profile of [KBC_PROFILE, POSTFINANCE_PROFILE, CREDIT_MUTUEL_PROFILE, SWISS_SIGNED])
      expect(csvProfile.parse(profile)).toEqual(profile);
  });

  it('refuses a thousands separator that is the decimal separator, and an id that cannot name a format', () => {
    expect(csvProfile.safeParse({ ...SWISS_SIGNED, thousands: 'point' }).success).toBe(false);
    expect(csvProfile.safeParse({ ...KBC_PROFILE, thousands: 'comma' }).success).toBe(false);
    expect(csvProfile.safeParse({ ...KBC_PROFILE, id: 'KBC export' }).success).toBe(false);
  });
});
