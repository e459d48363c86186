import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_MUTUEL_PROFILE,
  KBC_PROFILE,
  POSTFINANCE_PROFILE,
} from '../../../electron/services/money/csv-bank-profiles';
import { importLimits } from '../../../shared/import-export/import-export.schemas';
import { CSV_PROBLEM_CODES } from '../../../electron/services/money/csv-problems';
import { CSV_STATEMENT_MAX_BYTES } from '../../../electron/services/money/csv-profile';
import { readCsvStatement } from '../../../electron/services/money/csv-statement.read';
import { CREDIT_MUTUEL_SAMPLE, KBC_SAMPLE } from '../../support/csv-bank-samples';
import { csvBytes, csvText } from '../../support/csv-statement-builder';

const codes = (file: { problems: { code: string; at: number | null }[] }) =>
  file.problems.map((problem) => [problem.code, problem.at]);

const creditMutuel = (rows: string[][]) => csvBytes({ ...CREDIT_MUTUEL_SAMPLE, rows });

describe('readCsvStatement refuses what it cannot read', () => {
  it('refuses a 50 MB file by its size, before looking at a byte', () => {
    const file = readCsvStatement(new Uint8Array(50 * 1024 * 1024), CREDIT_MUTUEL_PROFILE);
    expect(file.statements).toEqual([]);
    expect(file.problems).toEqual([
      { code: 'too_large', at: null, detail: `52428800 bytes; limit ${CSV_STATEMENT_MAX_BYTES} bytes` },
    ]);
  });

  it('refuses a binary file (an .xlsx saved by mistake)', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const file = readCsvStatement(zip, CREDIT_MUTUEL_PROFILE);
    expect(file).toEqual({
      format: 'csv:credit-mutuel',
      statements: [],
      problems: [{ code: 'binary_file', at: null, detail: 'byte 5' }],
    });
  });

  it('refuses an empty file and one of blank lines', () => {
    expect(codes(readCsvStatement(new Uint8Array(0), KBC_PROFILE))).toEqual([['empty_file', null]]);
    expect(codes(readCsvStatement(new TextEncoder().encode('\r\n \r\n'), KBC_PROFILE))).toEqual([['empty_file', null]]);
  });

  it('refuses a file whose header is not found, naming what it looked for', () => {
    const file = readCsvStatement(csvBytes(KBC_SAMPLE), CREDIT_MUTUEL_PROFILE);
    expect(file.statements).toEqual([]);
    expect(file.problems).toEqual([{ code: 'header_not_found', at: null, detail: 'Date | Débit | Crédit | Libellé' }]);
  });

  it('refuses a header that lacks a column the profile reads', () => {
    const header = CREDIT_MUTUEL_SAMPLE.header.map((name) => (name === 'Date de valeur' ? 'Valeur' : name));
    const file = readCsvStatement(csvBytes({ ...CREDIT_MUTUEL_SAMPLE, header }), CREDIT_MUTUEL_PROFILE);
    expect(file.problems).toEqual([{ code: 'missing_column', at: 1, detail: 'Date de valeur' }]);
  });

  it('refuses a Windows-1252 file read with a UTF-8 profile rather than garbling its accents', () => {
    const file = readCsvStatement(csvBytes(CREDIT_MUTUEL_SAMPLE), { ...CREDIT_MUTUEL_PROFILE, encoding: 'utf-8' });
    expect(codes(file)).toEqual([['bad_encoding', null]]);
  });

  it('refuses more rows than one import takes', () => {
    const row = '02/03/2026;;;1,00;DON;\r\n';
    const text = `${csvText({ ...CREDIT_MUTUEL_SAMPLE, rows: [] })}${row.repeat(importLimits.rows + 1)}`;
    const file = readCsvStatement(new TextEncoder().encode(text), { ...CREDIT_MUTUEL_PROFILE, encoding: 'utf-8' });
    expect(file.statements).toEqual([]);
    expect(codes(file)).toEqual([['too_many_rows', importLimits.rows + 2]]);
  });

  it('refuses a quote left open with the line it opens on', () => {
    const text = `${csvText(CREDIT_MUTUEL_SAMPLE)}15/03/2026;;;"10,00;VIR OUVERT\r\n`;
    const file = readCsvStatement(new TextEncoder().encode(text), { ...CREDIT_MUTUEL_PROFILE, encoding: 'utf-8' });
    expect(file.statements).toEqual([]);
    expect(codes(file)).toEqual([['malformed_csv', 6]]);
  });
});

describe('readCsvStatement reports bad rows on their line', () => {
  it('leaves out rows with too few cells and keeps the others', () => {
    const file = readCsvStatement(
      creditMutuel([['02/03/2026', '02/03/2026', '', '10,00'], ...CREDIT_MUTUEL_SAMPLE.rows.slice(0, 1)]),
      CREDIT_MUTUEL_PROFILE,
    );
    expect(file.problems).toEqual([{ code: 'short_row', at: 2, detail: '4 of 5 cells' }]);
    expect(file.statements[0]?.entries).toHaveLength(1);
  });

  it('refuses amounts with four decimals, on their line', () => {
    const file = readCsvStatement(
      creditMutuel([
        ['02/03/2026', '', '', '12,3456', 'VIR', ''],
        ['03/03/2026', '', '', '12,5000', 'VIR', ''],
      ]),
      CREDIT_MUTUEL_PROFILE,
    );
    expect(file.problems).toEqual([{ code: 'amount_too_precise', at: 2, detail: '12,3456 EUR' }]);
    expect(file.statements[0]?.entries.map((entry) => entry.amount.minor)).toEqual([1_250]);
  });

  it('says a row with both a debit and a credit, or neither, and a garbled amount', () => {
    const file = readCsvStatement(
      creditMutuel([
        ['02/03/2026', '', '-5,00', '5,00', 'VIR', ''],
        ['03/03/2026', '', '', '', 'FRAIS', ''],
        ['04/03/2026', '', '0,00', '', 'FRAIS', ''],
        ['05/03/2026', '', '', '12.50', 'VIR', ''],
      ]),
      CREDIT_MUTUEL_PROFILE,
    );
    expect(codes(file)).toEqual([
      ['two_amounts', 2],
      ['missing_amount', 3],
      ['missing_amount', 4],
      ['bad_amount', 5],
    ]);
    expect(file.statements[0]?.entries).toEqual([]);
  });

  it('says dates that are not calendar dates', () => {
    const file = readCsvStatement(
      creditMutuel([
        ['29/02/2026', '', '', '5,00', 'VIR', ''],
        ['01/03/2026', '31/02/2026', '', '5,00', 'VIR', ''],
        ['', '', '', '5,00', 'VIR', ''],
      ]),
      CREDIT_MUTUEL_PROFILE,
    );
    expect(file.problems.map((problem) => [problem.code, problem.at, problem.detail])).toEqual([
      ['bad_date', 2, '29/02/2026'],
      ['bad_date', 3, '31/02/2026'],
      ['bad_date', 4, ''],
    ]);
  });

  it('keeps one currency and one account per statement', () => {
    const [first, second] = KBC_SAMPLE.rows;
    const usd = (second ?? []).map((cell) => (cell === 'EUR' ? 'USD' : cell));
    const other = (second ?? []).map((cell, i) => (i === 0 ? 'BE71096123456769' : cell));
    const bad = (second ?? []).map((cell) => (cell === 'EUR' ? 'euro' : cell));
    const file = readCsvStatement(csvBytes({ ...KBC_SAMPLE, rows: [first ?? [], usd, other, bad] }), KBC_PROFILE);
    expect(codes(file)).toEqual([
      ['currency_mismatch', 3],
      ['account_mismatch', 4],
      ['bad_currency', 5],
    ]);
    expect(file.statements[0]?.entries).toHaveLength(1);
  });

  it('says a header with no entries after it', () => {
    expect(codes(readCsvStatement(creditMutuel([]), CREDIT_MUTUEL_PROFILE))).toEqual([['no_entries', null]]);
  });
});

describe('readCsvStatement reads what banks really write', () => {
  it('reads a UTF-8 BOM under a Windows-1252 profile as UTF-8: the bytes say what they are', () => {
    const bytes = csvBytes({ ...CREDIT_MUTUEL_SAMPLE, encoding: 'utf-8', bom: true });
    const file = readCsvStatement(bytes, CREDIT_MUTUEL_PROFILE);
    expect(file.problems).toEqual([]);
    expect(file.statements[0]?.entries[0]?.text).toBe('VIR SEPA HÉLÈNE MÜLLER DON MARS');
  });

  it('counts lines the same with CRLF, LF and a quoted line break', () => {
    const rows = [
      ['02/03/2026', '', '', '5,00', 'VIR\r\nSUR DEUX LIGNES', ''],
      ['03/03/2026', '', '', 'x', 'VIR', ''],
    ];
    for (const lineEnd of ['\r\n', '\n'] as const) {
      const file = readCsvStatement(csvBytes({ ...CREDIT_MUTUEL_SAMPLE, rows, lineEnd }), CREDIT_MUTUEL_PROFILE);
      expect(codes(file)).toEqual([['bad_amount', 4]]);
      expect(file.statements[0]?.entries[0]?.text).toBe('VIR\r\nSUR DEUX LIGNES');
    }
  });

  it('never throws, whatever the bytes, and only reports its own codes', () => {
    const known = new Set<string>(CSV_PROBLEM_CODES);
    const head = csvText(CREDIT_MUTUEL_SAMPLE).slice(0, 60);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 200 }).map((tail) => head + tail),
        ),
        (input) => {
          const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
          for (const profile of [CREDIT_MUTUEL_PROFILE, POSTFINANCE_PROFILE, KBC_PROFILE]) {
            const file = readCsvStatement(bytes, profile);
            expect(file.problems.every((problem) => known.has(problem.code))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
