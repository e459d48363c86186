import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../shared/errors';
import { nameCollator } from '../../shared/name-order';
import type { Database } from '../schema';

/** What every registry query takes first: the vault, or a transaction on it, so queries compose inside one. */
export type RegistryDb = Kysely<Database> | Transaction<Database>;

/** Row timestamps: ISO 8601 in UTC, so they sort as text. */
export function timestampNow(): string {
  return new Date().toISOString();
}

/** A row the caller named by id must exist; otherwise the user is told it is gone (deleted elsewhere, stale page). */
export function mustExist<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new AppError('NOT_FOUND', `${what} not found`);
  return value;
}

export const flag = (value: boolean): 0 | 1 => (value ? 1 : 0);

/** For writes that report whether a row matched: no row means the id the caller named is gone. */
export function requireChanged(changed: boolean, what: string): void {
  if (!changed) throw new AppError('NOT_FOUND', `${what} not found`);
}

/** Names compared the way people read them: SQLite's NOCASE folds only ASCII, so "GRÈVE" and "grève" go through here. */
export function caseless(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('und');
}

/** The order of the vault's lists of names (shared/name-order.ts). */
export const nameOrder = nameCollator();
