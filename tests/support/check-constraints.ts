// Helpers for the tests of the vault's CHECK constraints: values to try, and raw inserts rolled back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { distrustSchema } from '../../db/vault/schema-check';
import type { SqliteDatabase } from '../../db/vault/sqlite';
import { databaseKey, lockedVault, rawConnection } from './vault-fixture';

export type Value = string | number | Uint8Array | null;
export type Row = Record<string, Value>;

export const NOW = '2026-12-01T09:30:00.000Z';
export const BAD_DATES = [
  '2023-02-29',
  '1999-13-01',
  '1999-00-10',
  '1999-1-1',
  '31/12/1999',
  '19991231',
  '1999-12-31T00:00:00.000Z',
  '',
];
export const GOOD_DATES = ['2024-02-29', '1999-12-31', '0001-01-01'];
export const BAD_TIMESTAMPS = [
  '2026-12-01',
  '2026-12-01 09:30:00',
  '2026-12-01T09:30:00Z',
  '2026-12-01T09:30:00.000+01:00',
  '2026-12-01T09:30:00.000',
  '2026-02-30T09:30:00.000Z',
  'hier',
];
export const GOOD_TIMESTAMPS = [NOW, new Date(0).toISOString(), new Date().toISOString()];
export const NOT_FLAGS = [2, -1];

export const values = (column: string, list: readonly Value[]): Row[] => list.map((value) => ({ [column]: value }));

export function insert(db: SqliteDatabase, table: string, row: Row): void {
  const columns = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(
    ...Object.values(row),
  );
}

/** Inserts `row` and rolls back: the error code SQLite gave, or 'ok'. */
export function tryInsert(db: SqliteDatabase, table: string, row: Row): string {
  db.exec('BEGIN');
  try {
    insert(db, table, row);
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    db.exec('ROLLBACK');
  }
}

/** The values a named CHECK lets through, read back from the schema text. */
export function allowedBy(db: SqliteDatabase, constraint: string): string[] {
  const tables = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  const clause = tables
    .flatMap((sql) => sql.split(/,\s*constraint /))
    .find((part) => part.startsWith(`${constraint} check`));
  if (!clause) throw new Error(`No constraint ${constraint}`);
  const quoted = [...clause.matchAll(/'"(\w+)"'/g)];
  return (quoted.length > 0 ? quoted : [...clause.matchAll(/'(\w+)'/g)]).map((match) => match[1] ?? '');
}

/**
 * For the suite it is called in: a freshly migrated vault opened raw, as the app's connections run (a CHECK calling a
 * function SQLite does not mark innocuous would fail here), foreign keys on, with the valid row of each `seeded` table
 * written in that order; handed to `opened`, closed and removed after the suite.
 */
export function onCheckedVault(
  valid: Record<string, Row>,
  seeded: readonly string[],
  opened: (db: SqliteDatabase) => void,
): void {
  let dir = '';
  let db: SqliteDatabase | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-checks-'));
    await lockedVault(dir);
    db = rawConnection(path.join(dir, 'vault.db'), await databaseKey(dir));
    distrustSchema(db);
    db.pragma('foreign_keys = ON');
    for (const table of seeded) insert(db, table, valid[table] ?? {});
    opened(db);
  });
  afterAll(() => {
    db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

/** Each good change to a valid row is written; each bad one is refused by a CHECK. */
export function expectChecked(
  db: SqliteDatabase,
  table: string,
  valid: Row,
  good: readonly Row[],
  bad: readonly Row[],
) {
  for (const change of good) expect(tryInsert(db, table, { ...valid, ...change }), JSON.stringify(change)).toBe('ok');
  for (const change of bad)
    expect(tryInsert(db, table, { ...valid, ...change }), JSON.stringify(change)).toBe('SQLITE_CONSTRAINT_CHECK');
}
