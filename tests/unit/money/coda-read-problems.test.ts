import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCoda } from '../../../electron/services/money/coda.read';
import {
  codaBytes,
  header,
  information,
  movement,
  movementReferences,
  newBalance,
  oldBalance,
  record,
  trailer,
} from '../../support/coda-builder';
import { ACCOUNT, dayStatement, TRAILER_LINE, withLine } from '../../support/coda-day-statement';

describe('readCoda problems', () => {
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

  it('flags records 2.2, 2.3 and 3.x that do not follow the movement they name', () => {
    const lines = dayStatement();
    lines.splice(
      5,
      0,
      movementReferences({ sequence: 7, endToEndId: 'E2E' }),
      information({ sequence: 7, text: 'lost' }),
    );
    const problems = readCoda(codaBytes(lines)).problems;
    expect(problems).toContainEqual({ code: 'coda_out_of_order', at: 6, detail: '22' });
    expect(problems).toContainEqual({ code: 'coda_orphan_information', at: 7, detail: '0007/0000' });
  });

  it('flags movements before any old balance and a header with no trailer before the next', () => {
    const stray = movement({
      sequence: 1,
      side: 'credit',
      thousandths: 1_000,
      valueDate: '020326',
      entryDate: '020326',
    });
    const lines = [header('020326'), stray, ...dayStatement()];
    const problems = readCoda(codaBytes(lines)).problems;
    expect(problems).toContainEqual({ code: 'coda_out_of_order', at: 2, detail: '21' });
    expect(problems).toContainEqual({ code: 'coda_missing_trailer', at: 3, detail: null });
  });

  it('never throws on altered, dropped or reordered records, and keeps amounts in whole minor units', () => {
    const base = dayStatement();
    const change = fc.record({
      line: fc.nat({ max: base.length - 1 }),
      at: fc.nat({ max: 127 }),
      character: fc.constantFrom(...'0129 AZé+/-\u0000'),
    });
    const variants = fc.oneof(
      fc.array(change, { maxLength: 8 }).map((changes) => {
        const lines = [...base];
        for (const { line, at, character } of changes) {
          const text = lines[line] ?? '';
          lines[line] = text.slice(0, at) + character + text.slice(at + 1);
        }
        return lines;
      }),
      fc.shuffledSubarray(base),
    );
    fc.assert(
      fc.property(variants, (lines) => {
        const file = readCoda(codaBytes(lines));
        expect(file.format).toBe('coda');
        for (const statement of file.statements)
          for (const entry of statement.entries) expect(Number.isSafeInteger(entry.amount.minor)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('flags a missing header, a missing new balance, an unreadable account and a change of currency', () => {
    const headless = readCoda(codaBytes(dayStatement().slice(1))).problems;
    expect(headless).toEqual([{ code: 'coda_missing_header', at: 1, detail: null }]);

    const lines = dayStatement();
    const withoutNewBalance = [...lines.slice(0, TRAILER_LINE - 2), lines[TRAILER_LINE - 1] ?? ''];
    expect(readCoda(codaBytes(withoutNewBalance)).problems).toContainEqual({
      code: 'coda_missing_new_balance',
      at: TRAILER_LINE - 1,
      detail: null,
    });

    const opening = { ...ACCOUNT, side: 'credit' as const, thousandths: 1_234_560, date: '010326', paperSequence: 12 };
    const noCurrency = withLine(lines, 2, oldBalance({ ...opening, currency: '   ', codaSequence: 45 }));
    expect(readCoda(codaBytes(noCurrency)).problems).toContainEqual(
      expect.objectContaining({ code: 'coda_bad_account', at: 2 }),
    );

    const closing = { ...ACCOUNT, currency: 'USD', side: 'credit' as const, thousandths: 1_307_060, date: '020326' };
    const usd = withLine(lines, TRAILER_LINE - 1, newBalance({ ...closing, paperSequence: 12 }));
    expect(readCoda(codaBytes(usd)).problems).toEqual([
      { code: 'coda_currency_mismatch', at: TRAILER_LINE - 1, detail: 'EUR then USD' },
    ]);
  });
});
