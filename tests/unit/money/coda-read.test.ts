import { describe, expect, it } from 'vitest';
import { readCoda } from '../../../electron/services/money/coda.read';
import { codaBytes, header, movement, newBalance, oldBalance, trailer } from '../../support/coda-builder';
import { ACCOUNT, dayStatement, STAMPS } from '../../support/coda-day-statement';

describe('readCoda reading', () => {
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

  it('reads several accounts in one block and several blocks in one file, a day without movements included', () => {
    const SECOND = { iban: 'BE71096123456769', currency: 'EUR' };
    const day = { valueDate: '020326', entryDate: '020326' };
    const lines = [
      header('020326'),
      oldBalance({
        ...ACCOUNT,
        side: 'credit',
        thousandths: 100_000,
        date: '010326',
        paperSequence: 1,
        codaSequence: 7,
      }),
      movement({ sequence: 1, side: 'credit', thousandths: 5_000, ...day, communication: { free: 'cotisation' } }),
      newBalance({ ...ACCOUNT, side: 'credit', thousandths: 105_000, date: '020326', paperSequence: 1 }),
      oldBalance({
        ...SECOND,
        side: 'credit',
        thousandths: 100_000,
        date: '010326',
        paperSequence: 1,
        codaSequence: 3,
      }),
      // A SEPA direct debit: structured communication 127 is kept as readable text; its numbers are the bank's, so
      // even a mandate number that passes the Belgian check is no reference.
      movement({
        sequence: 1,
        side: 'debit',
        thousandths: 2_000,
        ...day,
        communication: { structured: '127020326 MANDAT 010806817183' },
      }),
      // A 101 whose check digits are wrong is no reference; its digits stay readable.
      movement({
        sequence: 2,
        side: 'debit',
        thousandths: 1_000,
        ...day,
        communication: { structured: '101123456789012' },
      }),
      newBalance({ ...SECOND, side: 'credit', thousandths: 97_000, date: '020326', paperSequence: 1 }),
      trailer({ records: 7, debitThousandths: 3_000, creditThousandths: 5_000 }),
      header('030326'),
      oldBalance({
        ...ACCOUNT,
        side: 'credit',
        thousandths: 105_000,
        date: '020326',
        paperSequence: 2,
        codaSequence: 8,
      }),
      newBalance({ ...ACCOUNT, side: 'credit', thousandths: 105_000, date: '030326', paperSequence: 2 }),
      trailer({ records: 2, debitThousandths: 0, creditThousandths: 0 }),
    ];
    const file = readCoda(codaBytes(lines));
    expect(file.problems).toEqual([]);
    expect(file.statements.map((statement) => [statement.id, statement.accountIban, statement.entries.length])).toEqual(
      [
        ['007', 'BE68539007547034', 1],
        ['003', 'BE71096123456769', 2],
        ['008', 'BE68539007547034', 0],
      ],
    );
    const [directDebit, wrongCheck] = file.statements[1]?.entries ?? [];
    expect(directDebit).toMatchObject({ text: '020326 MANDAT 010806817183', reference: null });
    expect(wrongCheck).toMatchObject({ text: '+++123/4567/89012+++', reference: null });
  });

  it('ignores blank lines and the old DOS end-of-file mark after the last record', () => {
    const bytes = codaBytes([...dayStatement(), '', '   ', '\u001a']);
    const file = readCoda(bytes);
    expect(file.problems).toEqual([]);
    expect(file.statements[0]?.entries).toHaveLength(3);
  });
});
