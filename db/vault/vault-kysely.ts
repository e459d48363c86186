import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { AppError } from '../../shared/errors';
import { migrations as shippedMigrations, providerFor } from '../migrations';
import type { Database } from '../schema';
import type { SqliteDatabase } from './open-database';

/** SQLite runs DDL inside transactions; Kysely's adapter says no only to be safe across drivers. */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class VaultDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}

export type VaultDb = Kysely<Database>;

type Statement = ReturnType<SqliteDatabase['prepare']>;
const CACHED_STATEMENTS = 256;

/**
 * Kysely prepares every query anew, and SQLite's prepare is most of what a write costs (an import of a few thousand
 * rows spent a third of its time there). Statements are cached by their SQL, least recently used dropped first.
 * Reusing one is safe because the app never streams a query (an iterator in progress would hold its statement).
 */
function withStatementCache(sqlite: SqliteDatabase) {
  const cache = new Map<string, Statement>();
  return {
    prepare(sql: string): Statement {
      const cached = cache.get(sql);
      if (cached) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > CACHED_STATEMENTS) cache.delete(cache.keys().next().value ?? '');
      return statement;
    },
    close(): void {
      cache.clear();
      sqlite.close();
    },
  };
}

export function createKysely(sqlite: SqliteDatabase): VaultDb {
  return new Kysely<Database>({ dialect: new VaultDialect({ database: withStatementCache(sqlite) }) });
}

export async function pendingMigrations(
  db: VaultDb,
  migrations: Record<string, Migration> = shippedMigrations,
): Promise<{ pending: number; executed: number }> {
  const all = await new Migrator({ db, provider: providerFor(migrations) }).getMigrations();
  const executed = all.filter((m) => m.executedAt !== undefined).length;
  return { pending: all.length - executed, executed };
}

/** Every pending migration in one transaction: either the vault moves to the new schema whole, or not at all. */
export async function migrateToLatest(
  db: VaultDb,
  migrations: Record<string, Migration> = shippedMigrations,
): Promise<number> {
  const { error, results } = await new Migrator({ db, provider: providerFor(migrations) }).migrateToLatest();
  if (error) {
    throw new AppError('INTERNAL', 'A migration failed; the vault was left at its previous version', { cause: error });
  }
  return results?.length ?? 0;
}
