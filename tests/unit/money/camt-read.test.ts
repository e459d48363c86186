import { describe, expect, it } from 'vitest';
import { readCamt } from '../../../electron/services/money/camt.read';
import type { CamtEntrySpec, CamtFileSpec, CamtVersion } from '../../support/camt-builder';
import { camtXml } from '../../support/camt-builder';
import { GROUP_IBAN, MARCH, MARCH_READ } from './camt-sample';

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (spec: CamtFileSpec) => readCamt(utf8(camtXml(spec)));

/** One statement of CHF entries, the version and message chosen per test. */
function withEntries(entries: CamtEntrySpec[], more: Partial<CamtFileSpec> = {}): CamtFileSpec {
  return { message: '053', version: '08', statements: [{ ...MARCH, balances: [], entries }], ...more };
}

const credit = (amount: string, more: Partial<CamtEntrySpec> = {}): CamtEntrySpec => ({
  amount,
  side: 'CRDT',
  bookingDate: '2026-03-02',
  ...more,
});

describe('readCamt: the same statement in every version', () => {
  it.each<CamtVersion>(['02', '04', '08'])('camt.053.001.%s reads the March statement entry by entry', (version) => {
    const file = read({ message: '053', version, statements: [MARCH] });
    expect(file.problems).toEqual([]);
    expect(file.format).toBe(`camt.053.001.${version}`);
    expect(file.statements).toEqual([MARCH_READ]);
  });

  it.each<CamtVersion>(['02', '04', '08'])('camt.054.001.%s reads the same entries as a notification', (version) => {
    const file = read({ message: '054', version, statements: [{ ...MARCH, balances: [] }] });
    expect(file.problems).toEqual([]);
    expect(file.format).toBe(`camt.054.001.${version}`);
    expect(file.statements).toEqual([{ ...MARCH_READ, opening: null, closing: null }]);
  });

  it('reads a document whose elements carry a namespace prefix', () => {
    const file = read({ message: '053', version: '04', statements: [MARCH], prefix: 'camt' });
    expect(file.problems).toEqual([]);
    expect(file.statements).toEqual([MARCH_READ]);
  });
});

describe('readCamt: amounts', () => {
  it('reads amounts from their text in the currency’s minor units', () => {
    const file = read(
      withEntries([
        credit('1234.56'),
        credit('0.29'),
        credit('7'),
        credit('12.500'),
        credit('1500', { currency: 'JPY' }),
        credit('1.234', { currency: 'BHD' }),
      ]),
    );
    expect(file.statements[0]?.entries.map(({ amount }) => [amount.minor, amount.currency])).toEqual([
      [123456, 'CHF'],
      [29, 'CHF'],
      [700, 'CHF'],
      [1250, 'CHF'],
      [1500, 'JPY'],
      [1234, 'BHD'],
    ]);
  });

  it('refuses more decimals than the currency has, naming the entry, and reads the others', () => {
    const file = read(withEntries([credit('10.00'), credit('12.3456'), credit('1500.5', { currency: 'JPY' })]));
    expect(file.statements[0]?.entries.map((entry) => entry.amount.minor)).toEqual([1000]);
    expect(file.problems).toEqual([
      { code: 'amount_too_precise', at: 2, detail: 'Ntry/Amt: 12.3456 CHF' },
      { code: 'amount_too_precise', at: 3, detail: 'Ntry/Amt: 1500.5 JPY' },
    ]);
  });

  it('refuses an amount that is not a decimal number, negative, or a side that is neither CRDT nor DBIT', () => {
    const file = read(withEntries([credit('12,50'), credit('-5.00'), credit('1e3')]));
    expect(file.problems.map((problem) => [problem.code, problem.at])).toEqual([
      ['bad_amount', 1],
      ['bad_amount', 2],
      ['bad_amount', 3],
    ]);
    const noSide = camtXml(withEntries([credit('5.00')])).replace('<CdtDbtInd>CRDT</CdtDbtInd>', '');
    expect(readCamt(utf8(noSide)).problems).toEqual([
      { code: 'bad_side', at: 1, detail: 'Ntry/Amt: CdtDbtInd missing' },
    ]);
  });

  it('says an entry in another currency than its account', () => {
    const file = read(withEntries([credit('5.00'), credit('6.00', { currency: 'EUR' })]));
    expect(file.problems).toEqual([{ code: 'currency_mismatch', at: 2, detail: 'Ntry/Amt: EUR, account CHF' }]);
  });
});

describe('readCamt: balances, dates, statements', () => {
  it('takes the previous closing (PRCD) as opening when there is no OPBD, and reads a debit balance', () => {
    const balances = [
      { code: 'PRCD' as const, amount: '40.00', side: 'DBIT' as const, date: '2026-02-28' },
      { code: 'CLBD' as const, amount: '10.00', side: 'CRDT' as const, date: '2026-03-31' },
    ];
    const file = read({
      message: '053',
      version: '02',
      statements: [{ ...MARCH, balances, entries: [credit('50.00')] }],
    });
    expect(file.statements[0]?.opening).toEqual({ minor: 4000, currency: 'CHF', side: 'debit', date: '2026-02-28' });
    expect(file.statements[0]?.closing).toEqual({ minor: 1000, currency: 'CHF', side: 'credit', date: '2026-03-31' });
  });

  it('numbers entries across the statements of one file', () => {
    const first = { ...MARCH, id: 'A', balances: [], entries: [credit('1.00'), credit('2.00')] };
    const second = { ...MARCH, id: 'B', balances: [], entries: [credit('3.00'), credit('4.00001')] };
    const file = read({ message: '053', version: '04', statements: [first, second] });
    expect(file.statements.map((statement) => [statement.id, statement.entries.length])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
    expect(file.problems).toEqual([{ code: 'amount_too_precise', at: 4, detail: 'Ntry/Amt: 4.00001 CHF' }]);
  });

  it('refuses an entry without a date, or with a date that is not on the calendar', () => {
    const file = read(
      withEntries([credit('1.00', { bookingDate: undefined }), credit('2.00', { bookingDate: '2026-02-30' })]),
    );
    expect(file.statements[0]?.entries).toEqual([]);
    expect(file.problems).toEqual([
      { code: 'bad_date', at: 1, detail: 'Ntry/BookgDt' },
      { code: 'bad_date', at: 2, detail: 'Ntry/BookgDt' },
    ]);
  });

  it('reads pending entries as not booked in every version', () => {
    for (const version of ['02', '04', '08'] as const) {
      const file = read(withEntries([credit('1.00', { status: 'PDNG' }), credit('2.00')], { version }));
      expect(file.statements[0]?.entries.map((entry) => entry.booked)).toEqual([false, true]);
    }
  });

  it('decodes character references and the predefined entities once', () => {
    const xml = camtXml(withEntries([credit('1.00', { transactions: [{ debtor: { name: 'Name' } }] })]));
    const file = readCamt(utf8(xml.replace('<Nm>Name</Nm>', '<Nm>Ren&#233;e &amp;amp; S&#xF6;ren &lt;3</Nm>')));
    expect(file.statements[0]?.entries[0]?.counterpartyName).toBe('Renée &amp; Sören <3');
  });
});

describe('readCamt: references and parties', () => {
  const withReference = (reference: { value: string; code?: 'SCOR'; proprietary?: string; issuer?: string }) =>
    read(withEntries([credit('1.00', { transactions: [{ reference }] })])).statements[0]?.entries[0]?.reference;

  it('recognises each kind by its type or its shape, and only with valid check digits', () => {
    expect(withReference({ value: '+++020/0201/23424+++', code: 'SCOR', issuer: 'BBA' })).toEqual({
      kind: 'be',
      value: '020020123424',
    });
    expect(withReference({ value: '020020123424' })).toEqual({ kind: 'be', value: '020020123424' });
    expect(withReference({ value: 'rf82 fundlegal7' })).toEqual({ kind: 'rf', value: 'RF82FUNDLEGAL7' });
    expect(withReference({ value: '000000000000202600000000124' })).toEqual({
      kind: 'qrr',
      value: '000000000000202600000000124',
    });
    expect(withReference({ value: '000000000000202600000000125', proprietary: 'QRR' })).toBeNull();
    expect(withReference({ value: 'RF19539007547034', code: 'SCOR' })).toBeNull();
    expect(withReference({ value: '020020123425', code: 'SCOR', issuer: 'BBA' })).toBeNull();
    expect(withReference({ value: 'INVOICE-77', code: 'SCOR' })).toBeNull();
  });

  it('reads a Belgian structured communication written as the whole free text', () => {
    const file = read(withEntries([credit('1.00', { transactions: [{ unstructured: ['+++123/4567/89002+++'] }] })]));
    expect(file.statements[0]?.entries[0]?.reference).toEqual({ kind: 'be', value: '123456789002' });
  });

  it('takes the debtor of a credit and the creditor of a debit, in .02 and .08 alike', () => {
    const parties = {
      debtor: { name: 'Payer', iban: GROUP_IBAN },
      creditor: { name: 'Payee', iban: 'BE37063456789012' },
    };
    for (const version of ['02', '08'] as const) {
      const entries = [
        credit('1.00', { transactions: [parties] }),
        credit('2.00', { side: 'DBIT', transactions: [parties] }),
      ];
      const read2 = read(withEntries(entries, { version })).statements[0]?.entries;
      expect(read2?.map((entry) => [entry.counterpartyName, entry.counterpartyIban])).toEqual([
        ['Payer', GROUP_IBAN],
        ['Payee', 'BE37063456789012'],
      ]);
    }
  });
});

describe('readCamt: a large statement', () => {
  it('reads 5,000 entries, each once', () => {
    const entries = Array.from({ length: 5_000 }, (_, index) =>
      credit(`${index + 1}.${String(index % 100).padStart(2, '0')}`, {
        acctSvcrRef: `REF-${index}`,
        transactions: [{ endToEndId: `E2E-${index}`, debtor: { name: `Donor ${index}` }, unstructured: ['Don'] }],
      }),
    );
    const file = read(withEntries(entries));
    expect(file.problems).toEqual([]);
    const read5000 = file.statements[0]?.entries ?? [];
    expect(read5000).toHaveLength(5_000);
    expect(new Set(read5000.map((entry) => entry.bankReference)).size).toBe(5_000);
    const expected = entries.reduce((sum, _, index) => sum + (index + 1) * 100 + (index % 100), 0);
    expect(read5000.reduce((sum, entry) => sum + entry.amount.minor, 0)).toBe(expected);
  });
});
