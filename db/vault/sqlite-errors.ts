import { AppError } from '../../shared/errors';

interface SqliteLikeError {
  code?: unknown;
  message?: unknown;
}

/** Maps the SQLite result codes a user can meet to our error codes; anything else stays a plain error. */
export function toAppError(error: unknown, context: string): unknown {
  if (error instanceof AppError) return error;
  const code = typeof (error as SqliteLikeError)?.code === 'string' ? String((error as SqliteLikeError).code) : '';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new AppError('VAULT_CORRUPT', `${context}: the database file is damaged (${code})`, { cause: error });
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('VAULT_IN_USE', `${context}: the vault is open in another process`, { cause: error });
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('DISK_FULL', `${context}: the disk is full`, { cause: error });
  }
  return error;
}
