import { electronicFormatIBAN } from 'ibantools';
import { bankImportLimits, type BankImportDuplicate, type BankImportProblem } from '../../../shared/money/bank.schemas';
import { MAX_AMOUNT_MINOR } from '../../../shared/money/money-values';
import type { StatementEntry, StatementFile } from '../../../shared/money/statement.types';
import {
  existingDedupeKeys,
  fileAlreadyImported,
  findBatchTotal,
  type ImportAccount,
  type LineToWrite,
} from '../../../db/money/bank-lines.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';
import { dedupeKeyOf, detailLine, entryLine, type LineContext } from './bank-line-build';
import { continuityProblems } from './bank-continuity';
import { summarizeStatement, type PerCurrency } from './statement-summary';

/** A statement file read and kept between the check and the run (the job's payload). */
export interface ReadStatement {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  statementFile: StatementFile;
}

/** What the check says and the run writes: every count, every problem, and the new lines. */
export interface BankImportPlan {
  format: string;
  entries: number;
  new: number;
  duplicates: number;
  inFileDuplicates: number;
  details: number;
  credits: PerCurrency;
  debits: PerCurrency;
  opening: PerCurrency;
  closing: PerCurrency;
  problems: BankImportProblem[];
  duplicateLines: BankImportDuplicate[];
  from: string | null;
  to: string | null;
  refused: boolean;
  gap: boolean;
  lines: LineToWrite[];
}

export const problem = (
  code: string,
  fields: Partial<Omit<BankImportProblem, 'code'>> & { blocking: boolean },
): BankImportProblem => ({ code, at: null, detail: null, count: null, gap: null, ...fields });

const sameIban = (a: string, b: string) => (electronicFormatIBAN(a) ?? a) === (electronicFormatIBAN(b) ?? b);

function accountProblems(file: StatementFile, account: ImportAccount): BankImportProblem[] {
  const problems: BankImportProblem[] = [];
  for (const statement of file.statements) {
    if (statement.currency !== account.currency)
      problems.push(
        problem('account_currency', { blocking: true, detail: `${statement.currency}/${account.currency}` }),
      );
    if (statement.accountIban && account.iban && !sameIban(statement.accountIban, account.iban))
      problems.push(problem('account_iban', { blocking: true, detail: `${statement.accountIban}/${account.iban}` }));
  }
  return problems;
}

function tooLarge(entry: StatementEntry): boolean {
  return [entry.amount, ...entry.details.map((d) => d.amount)].some((a) => a !== null && a.minor > MAX_AMOUNT_MINOR);
}

interface Counted {
  entries: number;
  pending: number;
  inFileDuplicates: number;
  problems: BankImportProblem[];
}

/** The booked entries of a statement file as lines, each with its key; a repeat within the file gets a suffix. */
function statementLines(file: StatementFile, context: LineContext, counted: Counted) {
  const seen = new Map<string, number>();
  const lines: { line: LineToWrite; statement: number; at: number }[] = [];
  let number = 0;
  file.statements.forEach((statement, index) => {
    for (const entry of statement.entries) {
      number += 1;
      if (!entry.booked) {
        counted.pending += 1;
        continue;
      }
      if (tooLarge(entry)) {
        counted.problems.push(problem('bad_amount', { blocking: true, at: number }));
        continue;
      }
      counted.entries += 1;
      const key = dedupeKeyOf(context, entry);
      const times = (seen.get(key) ?? 0) + 1;
      seen.set(key, times);
      if (times > 1) counted.inFileDuplicates += 1;
      const line = entryLine(context, entry, times > 1 ? `${key}#${times}` : key, times > 1);
      lines.push({ line, statement: index, at: number });
    }
  });
  return lines;
}

/** A camt.054's entries as details of the totals already imported; a total not found is a blocking problem. */
async function notificationLines(db: RegistryDb, file: StatementFile, context: LineContext, counted: Counted) {
  const details: { line: LineToWrite; at: number }[] = [];
  let number = 0;
  for (const statement of file.statements) {
    for (const entry of statement.entries) {
      number += 1;
      if (!entry.booked) {
        counted.pending += 1;
        continue;
      }
      counted.entries += 1;
      const amountMinor = entry.amount.side === 'credit' ? entry.amount.minor : -entry.amount.minor;
      const total = await findBatchTotal(db, context.accountId, {
        bankReference: entry.bankReference,
        amountMinor,
        bookedOn: entry.bookingDate,
      });
      if (!total) {
        counted.problems.push(problem('detail_total_missing', { blocking: true, at: number }));
        continue;
      }
      // A notification of one payment explains its total with itself.
      const parts = entry.details.length > 0 ? entry.details : [entry];
      const parent = {
        dedupeKey: total.dedupeKey,
        bookedOn: entry.bookingDate,
        valueOn: entry.valueDate,
        amount: entry.amount,
      };
      parts.forEach((part, index) =>
        details.push({ line: detailLine(context, parent, part, index, total.id), at: number }),
      );
    }
  }
  return details;
}

function bookedPeriod(file: StatementFile): { from: string | null; to: string | null } {
  const days = file.statements.flatMap((s) => s.entries.filter((e) => e.booked).map((e) => e.bookingDate)).sort();
  return { from: days[0] ?? null, to: days.at(-1) ?? null };
}

function safeSummary(file: StatementFile, problems: BankImportProblem[]) {
  try {
    return summarizeStatement(file);
  } catch {
    problems.push(problem('bad_amount', { blocking: true }));
    return { format: file.format, entries: 0, pending: 0, credits: {}, debits: {}, opening: {}, closing: {} };
  }
}

/**
 * Everything the import would do with `read` in `account`, against the vault as it is now: the readers' problems
 * (each refuses the file: all or nothing), a file already imported, another currency or IBAN, the lines the account
 * already has (duplicates, left out), the file's own repeats (kept, flagged), the continuity of the balances.
 */
export async function planBankImport(
  db: RegistryDb,
  account: ImportAccount,
  read: ReadStatement,
  context: LineContext,
  lockedThrough: string | null,
): Promise<BankImportPlan> {
  const file = read.statementFile;
  const problems: BankImportProblem[] = file.problems.map((p) =>
    problem(p.code, { blocking: true, at: p.at, detail: p.detail }),
  );
  if (await fileAlreadyImported(db, account.id, read.sha256))
    problems.unshift(problem('file_already_imported', { blocking: true }));
  problems.push(...accountProblems(file, account));
  const counted: Counted = { entries: 0, pending: 0, inFileDuplicates: 0, problems };
  const notification = file.format.startsWith('camt.054');

  let lines: LineToWrite[];
  let newCount = 0;
  let duplicates: number;
  let details: number;
  const listed: BankImportDuplicate[] = [];
  const list = (line: LineToWrite, at: number, reason: BankImportDuplicate['reason']) => {
    if (listed.length < bankImportLimits.listedProblems)
      listed.push({
        at,
        bookedOn: line.bookedOn,
        amountMinor: line.amountMinor,
        currency: line.currency,
        counterparty: line.payerName,
        text: line.remittance,
        reason,
      });
  };
  if (notification) {
    const parts = await notificationLines(db, file, context, counted);
    const existing = await existingDedupeKeys(
      db,
      account.id,
      parts.map((p) => p.line.dedupeKey),
    );
    for (const part of parts) if (existing.has(part.line.dedupeKey)) list(part.line, part.at, 'imported');
    lines = parts.filter((part) => !existing.has(part.line.dedupeKey)).map((part) => part.line);
    details = lines.length;
    duplicates = parts.length - lines.length;
  } else {
    const built = statementLines(file, context, counted);
    const existing = await existingDedupeKeys(
      db,
      account.id,
      built.map((b) => b.line.dedupeKey),
    );
    for (const b of built) {
      if (existing.has(b.line.dedupeKey)) list(b.line, b.at, 'imported');
      else if (b.line.inFileDuplicate) list(b.line, b.at, 'inFile');
    }
    const fresh = built.filter((b) => !existing.has(b.line.dedupeKey));
    lines = fresh.map((b) => b.line);
    newCount = lines.length;
    duplicates = built.length - fresh.length;
    details = lines.reduce((sum, line) => sum + line.details.length, 0);
    problems.push(...(await continuityProblems(db, account, file, fresh)));
  }

  if (counted.inFileDuplicates > 0)
    problems.push(problem('in_file_duplicate', { blocking: false, count: counted.inFileDuplicates }));
  if (counted.pending > 0) problems.push(problem('pending_entries', { blocking: false, count: counted.pending }));
  const closed = lockedThrough === null ? 0 : lines.filter((line) => line.bookedOn <= lockedThrough).length;
  if (closed > 0) problems.push(problem('before_lock_date', { blocking: false, count: closed }));
  if (counted.entries === 0 && !problems.some((p) => p.blocking))
    problems.push(problem('nothing_to_import', { blocking: true }));

  const summary = safeSummary(file, problems);
  return {
    format: file.format,
    entries: counted.entries,
    new: newCount,
    duplicates,
    inFileDuplicates: counted.inFileDuplicates,
    details,
    credits: summary.credits,
    debits: summary.debits,
    opening: summary.opening,
    closing: summary.closing,
    problems,
    duplicateLines: listed,
    ...bookedPeriod(file),
    refused: problems.some((p) => p.blocking && p.code !== 'continuity_gap'),
    gap: problems.some((p) => p.code === 'continuity_gap'),
    lines,
  };
}
