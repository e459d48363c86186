import { Migrator, type Migration } from 'kysely/migration';
import { AppError, type ErrorCode } from '../../shared/errors';
import { migrations as shippedMigrations, MIGRATION_TABLE, providerFor } from '../migrations';
import { SQLite, type SqliteDatabase } from './sqlite';
import { createKysely } from './vault-kysely';

/** One row of `sqlite_master`, without its root page (which differs from file to file). */
export interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/**
 * The exact schema a list of migrations builds: `afterEach[n]` is `sqlite_master` once its first n have run (n = 0:
 * an empty file; shorter than the list when a migration fails, as tests make one do). `optional` holds what SQLite itself may add later, the statistics tables ANALYZE creates: Parloir
 * never runs ANALYZE, but a volunteer following SECURITY.md's standard-tools recipe may, and those tables can carry
 * neither a trigger nor a view.
 */
export interface ExpectedSchema {
  names: readonly string[];
  afterEach: readonly (readonly SchemaEntry[])[];
  optional: readonly SchemaEntry[];
}

/**
 * A connection never runs functions or virtual tables from the schema it reads unless SQLite marks them innocuous:
 * a view, trigger, CHECK or DEFAULT slipped into a hostile file cannot reach anything with side effects.
 */
export function distrustSchema(db: SqliteDatabase): void {
  db.pragma('trusted_schema = OFF');
  if (db.pragma('trusted_schema', { simple: true }) !== 0) throw new Error('PRAGMA trusted_schema is still on');
}

function readSchema(db: SqliteDatabase): SchemaEntry[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master').all() as SchemaEntry[];
}

const keyOf = (entry: SchemaEntry): string => JSON.stringify([entry.type, entry.name, entry.tbl_name, entry.sql]);

/** Runs the migrations one by one on an empty in-memory database of the same SQLite build, noting the schema each time. */
async function build(migrations: Record<string, Migration>): Promise<ExpectedSchema> {
  const names = Object.keys(migrations).sort();
  const sqlite = new SQLite(':memory:');
  distrustSchema(sqlite);
  const db = createKysely(sqlite);
  try {
    const afterEach = [readSchema(sqlite)];
    const migrator = new Migrator({ db, provider: providerFor(migrations) });
    for (const name of names) {
      // A migration that fails here fails on every vault too (Migrator reports it there): no schema lies beyond it.
      if ((await migrator.migrateTo(name)).error) break;
      afterEach.push(readSchema(sqlite));
    }
    sqlite.exec('ANALYZE');
    const optional = readSchema(sqlite).filter((entry) => /^sqlite_stat\d$/.test(entry.name));
    return { names, afterEach, optional };
  } finally {
    await db.destroy();
  }
}

const built = new WeakMap<Record<string, Migration>, Promise<ExpectedSchema>>();

/**
 * The schema `migrations` build after each of their prefixes; computed once per list, when first asked (a fifth of a
 * second: an unlock asks while the key worker derives, so it costs no wait).
 */
export function expectedSchema(migrations: Record<string, Migration> = shippedMigrations): Promise<ExpectedSchema> {
  let schema = built.get(migrations);
  if (!schema) {
    schema = build(migrations);
    built.set(migrations, schema);
  }
  return schema;
}

function quoted(name: string): string {
  return JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
}

/**
 * The migrations the file says it has applied, read only once the history table is exactly the one Kysely creates;
 * null when it is anything else (a view, other columns).
 */
function appliedMigrations(
  db: SqliteDatabase,
  actual: readonly SchemaEntry[],
  expected: ExpectedSchema,
): string[] | null {
  const table = actual.find((entry) => entry.name === MIGRATION_TABLE);
  if (!table) return [];
  const definition = expected.afterEach.flat().find((entry) => entry.name === MIGRATION_TABLE);
  if (!definition || keyOf(table) !== keyOf(definition)) return null;
  return db.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).pluck().all() as string[];
}

function firstDifference(
  actual: readonly SchemaEntry[],
  expected: readonly SchemaEntry[],
  optional: readonly SchemaEntry[],
): string | null {
  const wanted = new Set(expected.map(keyOf));
  const allowed = new Set(optional.map(keyOf));
  for (const entry of actual) {
    if (!wanted.delete(keyOf(entry)) && !allowed.has(keyOf(entry)))
      return `an unexpected ${entry.type} ${quoted(entry.name)}`;
  }
  const missing = expected.find((entry) => wanted.has(keyOf(entry)));
  return missing ? `no ${missing.type} ${quoted(missing.name)}` : null;
}

/**
 * Compares `sqlite_master` with what this vault's own migration history builds, and nothing else: an extra or altered
 * table, index, view or trigger (a backup from an infiltrator that rewrites every new address) is refused with `code`.
 * Reads only. Migration names the caller does not know must have been refused before (VAULT_TOO_NEW).
 */
export function assertExactSchema(db: SqliteDatabase, expected: ExpectedSchema, code: ErrorCode): void {
  const actual = readSchema(db);
  const applied = appliedMigrations(db, actual, expected);
  if (!applied) throw new AppError(code, `The ${MIGRATION_TABLE} table is not the one Parloir creates`);
  const unknown = applied.find((name) => !expected.names.includes(name));
  const schema = expected.afterEach[applied.length];
  if (unknown || !schema) {
    // Only a caller passing a longer migration list without its schema gets here (tests do; the app never does).
    throw new Error(
      `No expected schema for migration ${quoted(unknown ?? String(applied.at(-1)))}: pass its list's schema`,
    );
  }
  if (applied.some((name, index) => expected.names[index] !== name)) {
    throw new AppError(code, 'The migration history skips a migration');
  }
  const difference = firstDifference(actual, schema, expected.optional);
  if (difference) throw new AppError(code, `The database holds ${difference} that its migrations do not create`);
}
