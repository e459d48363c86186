import { describe, expect, it } from 'vitest';
import { readCoda } from '../../../electron/services/money/coda.read';
import {
  codaBytes,
  header,
  information,
  movement,
  movementCounterparty,
  movementReferences,
  newBalance,
  oldBalance,
  record,
  trailer,
} from '../../support/coda-builder';

const ACCOUNT = { iban: 'BE68539007547034', currency: 'EUR' };
const STAMPS = 'Timbres pour les lettres de mars, carnets de 10 et envois recommandés';

/**
 * One day's statement of a support group's account: a donation with a Belgian structured communication, a debit with
 * a free communication running over records 2.1 and 2.2, and a globalised credit of 60.00 whose three details are
 * 10.00, 20.00 and 30.00. 1234.56 + 25.00 − 12.50 + 60.00 = 1307.06. The trailer counts records 1, 2.x, 3.x and 8:
 * 1 + 3 + 3 + 1 + 3 × 2 + 1 + 1 = 16, and totals the movements only: debit 12.500, credit 85.000.
 */
function dayStatement(): string[] {
  return [
    header('020326'),
    oldBalance({
      ...ACCOUNT,
      side: 'credit',
      thousandths: 1_234_560,
      date: '010326',
      paperSequence: 12,
      codaSequence: 45,
    }),
    movement({
      sequence: 1,
      bankReference: 'EBA0000000001',
      side: 'credit',
      thousandths: 25_000,
      valueDate: '020326',
      entryDate: '020326',
      communication: { structured: '101090933755493' },
    }),
    movementReferences({ sequence: 1, endToEndId: 'NOTPROVIDED', bic: 'GEBABEBB' }),
    movementCounterparty({ sequence: 1, account: 'BE71096123456769', currency: 'EUR', name: 'Élodie Dupré' }),
    movement({
      sequence: 2,
      bankReference: 'EBA0000000002',
      side: 'debit',
      thousandths: 12_500,
      valueDate: '000000',
      entryDate: '020326',
      communication: { free: STAMPS.slice(0, 53) },
    }),
    movementReferences({ sequence: 2, communication: STAMPS.slice(53), endToEndId: 'PARLOIR-2026-03-17' }),
    movementCounterparty({ sequence: 2, account: 'FR1420041010050500013M02606', name: 'LA POSTE' }),
    movement({
      sequence: 3,
      bankReference: 'EBA0000000003',
      side: 'credit',
      thousandths: 60_000,
      valueDate: '020326',
      entryDate: '020326',
      communication: { free: 'VIREMENTS GLOBALISES' },
      globalisation: 1,
    }),
    ...[
      { detail: 1, thousandths: 10_000, communication: { structured: '101010806817183' }, name: 'Jan Peeters' },
      { detail: 2, thousandths: 20_000, communication: { free: 'Don RF18 5390 0754 7034' }, name: 'Anna Müller' },
      { detail: 3, thousandths: 30_000, communication: { free: 'soutien' }, name: 'Noël Collectif' },
    ].flatMap(({ detail, thousandths, communication, name }) => [
      movement({
        sequence: 3,
        detail,
        side: 'credit',
        thousandths,
        valueDate: '020326',
        entryDate: '020326',
        communication,
      }),
      movementCounterparty({ sequence: 3, detail, name }),
    ]),
    information({ sequence: 3, detail: 3, text: 'pour la caisse des visites' }),
    newBalance({ ...ACCOUNT, side: 'credit', thousandths: 1_307_060, date: '020326', paperSequence: 12 }),
    trailer({ records: 16, debitThousandths: 12_500, creditThousandths: 85_000 }),
  ];
}

const TRAILER_LINE = dayStatement().length;

function withLine(lines: string[], at: number, replacement: string): string[] {
  return lines.map((line, i) => (i === at - 1 ? replacement : line));
}

describe('readCoda', () => {
  it('reads balances, structured communications, counterparties and free text from a day statement', () => {
    const file = readCoda(codaBytes(dayStatement()));
    expect(file.problems).toEqual([]);
    expect(file.format).toBe('coda');
    expect(file.statements).toHaveLength(1);
    const [statement] = file.statements;
    expect(statement).toMatchObject({
      id: '045',
      accountIban: 'BE68539007547034',
      currency: 'EUR',
      opening: { minor: 123_456, currency: 'EUR', side: 'credit', date: '2026-03-01' },
      closing: { minor: 130_706, currency: 'EUR', side: 'credit', date: '2026-03-02' },
    });
    const [donation, stamps] = statement?.entries ?? [];
    expect(donation).toEqual({
      bankReference: 'EBA0000000001',
      endToEndId: null,
      bookingDate: '2026-03-02',
      valueDate: '2026-03-02',
      amount: { minor: 2_500, currency: 'EUR', side: 'credit' },
      booked: true,
      counterpartyName: 'Élodie Dupré',
      counterpartyIban: 'BE71096123456769',
      text: null,
      reference: { kind: 'be', value: '090933755493' },
      details: [],
    });
    expect(stamps).toMatchObject({
      amount: { minor: 1_250, side: 'debit' },
      valueDate: null,
      endToEndId: 'PARLOIR-2026-03-17',
      counterpartyName: 'LA POSTE',
      counterpartyIban: 'FR1420041010050500013M02606',
      text: STAMPS,
      reference: null,
    });
  });

  it('gives a globalisation as one entry with its three details, its money counted once', () => {
    const [statement] = readCoda(codaBytes(dayStatement())).statements;
    expect(statement?.entries).toHaveLength(3);
    const globalised = statement?.entries[2];
    expect(globalised?.amount).toEqual({ minor: 6_000, currency: 'EUR', side: 'credit' });
    expect(globalised?.text).toBe('VIREMENTS GLOBALISES');
    expect(globalised?.details.map((detail) => detail.amount?.minor)).toEqual([1_000, 2_000, 3_000]);
    expect(globalised?.details.map((detail) => detail.counterpartyName)).toEqual([
      'Jan Peeters',
      'Anna Müller',
      'Noël Collectif',
    ]);
    expect(globalised?.details[0]?.reference).toEqual({ kind: 'be', value: '010806817183' });
    // A reference quoted in free text is found too.
    expect(globalised?.details[1]?.reference).toEqual({ kind: 'rf', value: 'RF18539007547034' });
    // Information record 3.1 belongs to the detail it names.
    expect(globalised?.details[2]?.text).toBe('soutien pour la caisse des visites');
    const credits = statement?.entries.filter((entry) => entry.amount.side === 'credit');
    expect(credits?.reduce((sum, entry) => sum + entry.amount.minor, 0)).toBe(8_500);
  });

  it('reads a debit opening balance, LF line ends and a file without a final line end', () => {
    const lines = dayStatement();
    lines[1] = oldBalance({
      ...ACCOUNT,
      side: 'debit',
      thousandths: 40_000,
      date: '010326',
      paperSequence: 12,
      codaSequence: 45,
    });
    // −40.00 + 25.00 − 12.50 + 60.00 = 32.50
    lines[lines.length - 2] = newBalance({
      ...ACCOUNT,
      side: 'credit',
      thousandths: 32_500,
      date: '020326',
      paperSequence: 12,
    });
    const bytes = codaBytes(lines, '\n');
    const file = readCoda(bytes.subarray(0, bytes.length - 1));
    expect(file.problems).toEqual([]);
    expect(file.statements[0]?.opening).toMatchObject({ minor: 4_000, side: 'debit' });
    expect(file.statements[0]?.closing).toMatchObject({ minor: 3_250, side: 'credit' });
  });

  it('reads a record re-encoded as UTF-8 when it is 128 characters that way', () => {
    const text = new TextDecoder('windows-1252').decode(codaBytes(dayStatement()));
    const file = readCoda(new TextEncoder().encode(text));
    expect(file.problems).toEqual([]);
    expect(file.statements[0]?.entries[0]?.counterpartyName).toBe('Élodie Dupré');
  });

  it('refuses the whole file for a line of 127 characters, naming the line', () => {
    const lines = withLine(dayStatement(), 4, dayStatement()[3]?.slice(0, 127) ?? '');
    const file = readCoda(codaBytes(lines));
    expect(file.statements).toEqual([]);
    expect(file.problems[0]).toEqual({
      code: 'coda_line_length',
      at: 4,
      detail: '127 characters instead of 128 characters',
    });
    expect(file.problems[1]?.code).toBe('coda_refused');
    expect(file.problems[1]?.detail).toContain('after 3 records');
  });

  it('refuses a record it does not know and a header of another CODA version', () => {
    const unknown = readCoda(codaBytes(withLine(dayStatement(), 5, record([[1, '7']]))));
    expect(unknown.statements).toEqual([]);
    expect(unknown.problems[0]).toMatchObject({ code: 'coda_unknown_record', at: 5 });
    const version1 = readCoda(codaBytes(withLine(dayStatement(), 1, header('020326', { version: '1' }))));
    expect(version1.statements).toEqual([]);
    expect(version1.problems[0]).toMatchObject({ code: 'coda_version', at: 1 });
  });

  it('says so when the trailer totals or count disagree with the movements', () => {
    const sums = readCoda(
      codaBytes(
        withLine(
          dayStatement(),
          TRAILER_LINE,
          trailer({ records: 16, debitThousandths: 12_500, creditThousandths: 145_000 }),
        ),
      ),
    );
    // 145.000 would be the credits counted with the globalisation's details: the reader counts them once.
    expect(sums.problems).toEqual([
      {
        code: 'coda_trailer_sum',
        at: TRAILER_LINE,
        detail: 'credit: trailer says 145.000, movements add up to 85.000',
      },
    ]);
    const count = readCoda(
      codaBytes(
        withLine(
          dayStatement(),
          TRAILER_LINE,
          trailer({ records: 18, debitThousandths: 12_500, creditThousandths: 85_000 }),
        ),
      ),
    );
    expect(count.problems).toEqual([
      { code: 'coda_trailer_count', at: TRAILER_LINE, detail: 'trailer says 000018, the file has 16' },
    ]);
  });

  it('says so when the new balance is not the old one plus the movements', () => {
    const lines = withLine(
      dayStatement(),
      TRAILER_LINE - 1,
      newBalance({ ...ACCOUNT, side: 'credit', thousandths: 1_307_070, date: '020326', paperSequence: 12 }),
    );
    expect(readCoda(codaBytes(lines)).problems).toEqual([
      {
        code: 'coda_balance_mismatch',
        at: TRAILER_LINE - 1,
        detail: 'old balance and movements give 130706, new balance is 130707 (minor units)',
      },
    ]);
  });

  it('flags an amount with a fraction of a cent instead of rounding it away', () => {
    const lines = withLine(
      dayStatement(),
      3,
      movement({
        sequence: 1,
        side: 'credit',
        thousandths: 25_004,
        valueDate: '020326',
        entryDate: '020326',
        communication: { structured: '101090933755493' },
      }),
    );
    const problems = readCoda(codaBytes(lines)).problems;
    expect(problems[0]).toEqual({ code: 'coda_fraction_of_cent', at: 3, detail: '000000000025004' });
    expect(problems.map((found) => found.code)).toContain('coda_trailer_sum');
  });

  it('flags an amount or a date that is not one', () => {
    const lines = withLine(
      dayStatement(),
      3,
      movement({
        sequence: 1,
        side: 'credit',
        thousandths: 0,
        amountText: '00000000002500X',
        valueDate: '310226',
        entryDate: '020326',
      }),
    );
    const codes = readCoda(codaBytes(lines)).problems.map((found) => [found.code, found.at]);
    expect(codes).toContainEqual(['coda_bad_amount', 3]);
    expect(codes).toContainEqual(['coda_bad_date', 3]);
  });

  it('flags a detail whose movement is not the one before it, and a missing trailer', () => {
    const lines = dayStatement();
    lines.splice(
      5,
      0,
      movement({ sequence: 9, detail: 1, side: 'credit', thousandths: 0, valueDate: '020326', entryDate: '020326' }),
    );
    lines.pop();
    const problems = readCoda(codaBytes(lines)).problems;
    expect(problems).toContainEqual({ code: 'coda_orphan_detail', at: 6, detail: '0009/0001' });
    expect(problems).toContainEqual({ code: 'coda_missing_trailer', at: null, detail: null });
  });

  it('says an empty file is empty', () => {
    expect(readCoda(new Uint8Array(0))).toEqual({
      format: 'coda',
      statements: [],
      problems: [{ code: 'coda_empty', at: null, detail: null }],
    });
    expect(readCoda(codaBytes(['', ''])).problems).toEqual([{ code: 'coda_empty', at: null, detail: null }]);
  });

  it('refuses 50 MB of garbage at its first line, having read no more than a record of it', () => {
    const size = 50 * 1024 * 1024;
    const garbage = new Uint8Array(size);
    // No line feed anywhere: a reader that looked for the end of the line would walk all 50 MB.
    for (let i = 0; i < size; i++) garbage[i] = 0x41 + (i % 26);
    const file = readCoda(garbage);
    expect(file.statements).toEqual([]);
    expect(file.problems).toEqual([
      { code: 'coda_line_length', at: 1, detail: 'more than 514 bytes instead of 128 characters' },
      { code: 'coda_refused', at: null, detail: `stopped at line 1 (byte 0 of ${size}) after 0 records` },
    ]);
  });
});
