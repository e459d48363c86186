import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { BankImportChecked } from '../../../shared/money/bank.schemas';
import { bankImportLimits } from '../../../shared/money/bank.schemas';
import type { CsvProfile } from '../../../shared/money/csv-profile.schemas';
import type { StatementFile } from '../../../shared/money/statement.types';
import { bankHmacKey } from '../../../db/money/bank-hmac';
import { importAccount, insertBankLines } from '../../../db/money/bank-lines.queries';
import { getLedgerLock } from '../../../db/money/ledger-lock.queries';
import { timestampNow, type RegistryDb } from '../../../db/registry/registry-db';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { lockWins } from '../import-export/lock-wins';
import type { JobKind } from '../jobs/job-store';
import { planBankImport, type BankImportPlan, type ReadStatement } from './bank-import-plan';
import { readStatementFile } from './statement.read';

/** A statement chosen for import: its bytes and what the readers made of them, in memory until the run or a lock. */
export interface BankImportJob {
  read: ReadStatement;
  accountId: number;
  profile: CsvProfile | undefined;
}

export const bankImportKind: JobKind<BankImportJob> = {
  keep: 2,
  notFound: 'Choose the statement file again',
  alreadyRunning: 'This import is already running',
};

/** Above this the file is refused unread: every reader's own cap is lower (camt 40 MB). */
const READ_MAX_BYTES = 64 * 1024 * 1024;

/** Reads a statement file from the path the host's dialog chose: its size first, then its bytes, then its format. */
export function readStatementPath(file: string, profile: CsvProfile | undefined): ReadStatement {
  const fileName = path.basename(file).slice(0, 255) || 'statement';
  const size = fs.statSync(file).size;
  if (size > READ_MAX_BYTES) {
    const statementFile: StatementFile = {
      format: 'unknown',
      statements: [],
      problems: [{ code: 'too_large', at: null, detail: String(size) }],
    };
    return {
      fileName,
      bytes: new Uint8Array(),
      sha256: createHash('sha256').update(String(size)).digest('hex'),
      statementFile,
    };
  }
  const bytes = new Uint8Array(fs.readFileSync(file));
  return {
    fileName,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    statementFile: readStatementFile(bytes, profile),
  };
}

/** The same file read again with another CSV profile (the bytes stay in memory: the path is never asked twice). */
export function rereadStatement(read: ReadStatement, profile: CsvProfile | undefined): ReadStatement {
  if (read.bytes.length === 0) return read;
  return { ...read, statementFile: readStatementFile(read.bytes, profile) };
}

export async function planFor(db: RegistryDb, job: BankImportJob): Promise<BankImportPlan> {
  const account = await importAccount(db, job.accountId);
  const key = await bankHmacKey(db);
  const lock = await getLedgerLock(db);
  return planBankImport(
    db,
    account,
    job.read,
    { accountId: account.id, importNames: account.importNames, key },
    lock.lockedThrough,
  );
}

/** The check as the channel answers it: the lines themselves stay in memory. */
export function checkAnswer(
  token: string,
  job: BankImportJob,
  plan: BankImportPlan,
): Omit<BankImportChecked, 'status'> {
  return {
    token,
    fileName: job.read.fileName,
    accountId: job.accountId,
    format: plan.format,
    entries: plan.entries,
    new: plan.new,
    duplicates: plan.duplicates,
    inFileDuplicates: plan.inFileDuplicates,
    details: plan.details,
    duplicateLines: plan.duplicateLines,
    from: plan.from,
    to: plan.to,
    credits: plan.credits,
    debits: plan.debits,
    opening: plan.opening,
    closing: plan.closing,
    problems: plan.problems.slice(0, bankImportLimits.listedProblems),
    problemCount: plan.problems.length,
    refused: plan.refused,
    gap: plan.gap,
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks the file again against the vault as it is now, inside the one transaction that then writes the import and
 * every line, or nothing: a problem refuses the whole file, a gap needs `acceptGap`, and a lock (between two
 * statements of ROWS_PER_INSERT rows) rolls everything back.
 */
export async function runBankImport(
  db: VaultDb,
  job: BankImportJob,
  options: {
    signal: AbortSignal;
    /** The job's own: aborted when the treasurer cancels the run. */
    jobSignal: AbortSignal;
    acceptGap: boolean;
    keepFile: boolean;
    byMemberId: number | null;
  },
  report: (done: number, total: number) => void,
): Promise<{ importId: number; imported: number; details: number; duplicates: number }> {
  const { signal } = options;
  return lockWins(signal, () =>
    db.transaction().execute(async (trx) => {
      const plan = await planFor(trx, job);
      const issues = plan.problems.filter((p) => p.blocking).map((p) => ({ path: [p.at ?? 'file'], message: p.code }));
      if (plan.refused) throw new AppError('BANK_IMPORT_REFUSED', 'The statement has blocking problems', { issues });
      if (plan.gap && !options.acceptGap)
        throw new AppError('BANK_IMPORT_GAP', 'The opening balance does not follow on', { issues });
      const now = timestampNow();
      const written = plan.lines.reduce((sum, line) => sum + 1 + line.details.length, 0);
      const row = await trx
        .insertInto('bank_imports')
        .values({
          account_id: job.accountId,
          file_sha256: job.read.sha256,
          file_name: job.read.fileName,
          format: plan.format.slice(0, 60),
          entries: plan.entries,
          imported: plan.new,
          details: plan.details,
          duplicates: plan.duplicates,
          raw_file: options.keepFile ? job.read.bytes : null,
          imported_at: now,
          by_member_id: options.byMemberId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      report(0, written);
      await insertBankLines(trx, { accountId: job.accountId, importId: row.id, now }, plan.lines, async (done) => {
        report(done, written);
        await nextTurn();
        signal.throwIfAborted();
        options.jobSignal.throwIfAborted();
      });
      signal.throwIfAborted();
      options.jobSignal.throwIfAborted();
      return { importId: row.id, imported: plan.new, details: plan.details, duplicates: plan.duplicates };
    }),
  );
}
