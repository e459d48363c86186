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

export function createKysely(sqlite: SqliteDatabase): VaultDb {
  return new Kysely<Database>({ dialect: new VaultDialect({ database: sqlite }) });
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
export async function migrateToLatest(db: VaultDb, migrations: Record<string, Migration> = shippedMigrations): Promise<number> {
  const { error, results } = await new Migrator({ db, provider: providerFor(migrations) }).migrateToLatest();
  if (error) {
    throw new AppError('INTERNAL', 'A migration failed; the vault was left at its previous version', { cause: error });
  }
  return results?.length ?? 0;
}
