import { describe, expect, it } from 'vitest';
import { guessStatementFormat, readStatementFile } from '../../../electron/services/money/statement.read';
import { summarizeStatement } from '../../../electron/services/money/statement-summary';
import type { StatementFile } from '../../../shared/money/statement.types';
import { camtXml } from '../../support/camt-builder';
import { codaBytes, header } from '../../support/coda-builder';
import { dayStatement } from '../../support/coda-day-statement';
import { CREDIT_MUTUEL_SAMPLE } from '../../support/csv-bank-samples';
import { csvBytes } from '../../support/csv-statement-builder';
import { MARCH } from './camt-sample';

const utf8 = (text: string) => new TextEncoder().encode(text);

const read = (bytes: Uint8Array): StatementFile => readStatementFile(bytes);

describe('a statement file recognised by its first bytes', () => {
  it('camt with or without a byte order mark and leading blanks, CODA by its header record, anything else as CSV', () => {
    const xml = camtXml({ message: '053', version: '04', statements: [MARCH] });
    expect(guessStatementFormat(utf8(xml))).toBe('camt');
    expect(guessStatementFormat(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(`\r\n  ${xml}`)]))).toBe('camt');
    expect(guessStatementFormat(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toBe('camt');
    expect(guessStatementFormat(codaBytes(dayStatement()))).toBe('coda');
    expect(guessStatementFormat(utf8('Date;Libellé;Débit;Crédit\r\n02/03/2026;Don;;25,00\r\n'))).toBe('csv');
    expect(guessStatementFormat(new Uint8Array())).toBe('csv');
  });

  it('a CODA file whose header is one character short is still read as CODA, and refused by its reader in words', () => {
    const lines = dayStatement();
    lines[0] = header('020326').slice(0, 127);
    const file = read(codaBytes(lines));
    expect(file.format).toBe('coda');
    expect(file.statements).toEqual([]);
    expect(file.problems.map((p) => p.code)).toContain('coda_line_length');
  });
});

describe('a CSV statement', () => {
  it('is read with a built-in profile its header matches, else refused until the treasurer maps its columns', () => {
    // Crédit Mutuel's export, in Windows-1252 with a decimal comma: recognised by its header alone.
    const known = summarizeStatement(read(csvBytes(CREDIT_MUTUEL_SAMPLE)));
    expect(known).toMatchObject({ entries: 4, credits: { EUR: 123_456 + 100_000 }, debits: { EUR: 4_580 + 12_000 } });
    expect(known.format).toMatch(/^csv:/);
    const unknown = read(utf8('Quand;Quoi;Combien\r\n02/03/2026;Don;25,00\r\n'));
    expect(unknown).toEqual({
      format: 'csv',
      statements: [],
      problems: [{ code: 'csv_profile_unknown', at: null, detail: null }],
    });
  });
});

describe('the summary `parloir bank import --json` prints', () => {
  it('counts each booked camt entry once (a batch total, not its details), pending ones apart, per currency', () => {
    const summary = summarizeStatement(read(utf8(camtXml({ message: '053', version: '08', statements: [MARCH] }))));
    expect(summary).toEqual({
      format: 'camt.053.001.08',
      entries: 5,
      pending: 1,
      credits: { CHF: 5_000 + 12_000 + 3_550 + 1_200 },
      debits: { CHF: 3_150 },
      opening: { CHF: 100_000 },
      closing: { CHF: 118_600 },
    });
    // The file holds together: opening + credits - debits = closing.
    expect(100_000 + (summary.credits.CHF ?? 0) - (summary.debits.CHF ?? 0)).toBe(summary.closing.CHF);
  });

  it('a CODA day statement: its movements, and balances that follow from them', () => {
    const file = read(codaBytes(dayStatement()));
    const summary = summarizeStatement(file);
    const entries = file.statements.flatMap((s) => s.entries);
    expect(summary.format).toBe('coda');
    expect(summary.entries).toBe(entries.length);
    expect(summary.opening).toEqual({ EUR: 123_456 });
    expect(summary.closing).toEqual({ EUR: 130_706 });
    expect((summary.credits.EUR ?? 0) - (summary.debits.EUR ?? 0)).toBe(130_706 - 123_456);
  });

  it('never adds two currencies: two accounts in one file give two sums, and a debit balance is negative', () => {
    const file: StatementFile = {
      format: 'coda',
      problems: [],
      statements: [
        {
          id: '1',
          accountIban: null,
          currency: 'EUR',
          opening: { minor: 500, currency: 'EUR', side: 'debit', date: '2026-03-02' },
          closing: { minor: 700, currency: 'EUR', side: 'credit', date: '2026-03-02' },
          entries: [],
        },
        {
          id: '2',
          accountIban: null,
          currency: 'CHF',
          opening: { minor: 1_000, currency: 'CHF', side: 'credit', date: '2026-03-02' },
          closing: { minor: 1_000, currency: 'CHF', side: 'credit', date: '2026-03-02' },
          entries: [],
        },
        {
          id: '0',
          accountIban: null,
          currency: 'EUR',
          opening: { minor: 100, currency: 'EUR', side: 'credit', date: '2026-03-01' },
          closing: { minor: 500, currency: 'EUR', side: 'debit', date: '2026-03-01' },
          entries: [],
        },
      ],
    };
    // The earliest opening and the latest closing of each account, whatever the order in the file.
    expect(summarizeStatement(file)).toMatchObject({
      opening: { EUR: 100, CHF: 1_000 },
      closing: { EUR: 700, CHF: 1_000 },
    });
  });
});
