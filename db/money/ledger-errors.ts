import { AppError, type ErrorCode } from '../../shared/errors';
import type { RegistryDb } from '../registry/registry-db';
import { constraintKind } from '../registry/sqlite-errors';

/** The messages migration 016's triggers raise, by the error the user is told. */
const TRIGGER_MESSAGES: Record<string, ErrorCode> = {
  LEDGER_LOCKED: 'LEDGER_LOCKED',
  LEDGER_LOCK_BACKWARDS: 'LEDGER_REOPEN_REASON',
  LEDGER_CURRENCY_MISMATCH: 'LEDGER_CURRENCY_MISMATCH',
  LEDGER_CATEGORY_REQUIRED: 'VALIDATION',
  LEDGER_BUILTIN_CATEGORY: 'VALIDATION',
};

function triggerCode(error: unknown): ErrorCode | undefined {
  if (!(error instanceof Error)) return undefined;
  return Object.hasOwn(TRIGGER_MESSAGES, error.message) ? TRIGGER_MESSAGES[error.message] : undefined;
}

/**
 * Runs a ledger write, turning the triggers' refusals and the constraints into AppErrors; `missing` is what a broken
 * foreign key means for this write (a named row is gone when inserting, the row is still used when deleting).
 */
export async function withLedgerErrors<T>(
  work: () => Promise<T>,
  foreignKey: readonly [ErrorCode, string] = ['NOT_FOUND', 'An account, fund, category or linked row is gone'],
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = triggerCode(error);
    if (code) throw new AppError(code, (error as Error).message, { cause: error });
    const kind = constraintKind(error);
    if (kind === 'foreign_key') throw new AppError(foreignKey[0], foreignKey[1], { cause: error });
    if (kind === 'unique') throw new AppError('DUPLICATE', 'The name is already used', { cause: error });
    // A value zod let through but a CHECK refuses (a name that is only a NUL and letters: SQLite counts to the NUL).
    if (kind === 'check')
      throw new AppError('VALIDATION', 'A value is outside what the ledger accepts', { cause: error });
    throw error;
  }
}

/** Several writes that must all happen or none: inside the caller's transaction if it has one, else a new one. */
export function inOneTransaction<T>(db: RegistryDb, work: (trx: RegistryDb) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
