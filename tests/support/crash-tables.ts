import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { migrations as shipped } from '../../db/migrations';

/** The crash tests' own tables, added the way the app adds any table: a migration, so the vault's schema is exact. */
export const crashMigrations: Record<string, Migration> = {
  ...shipped,
  '2099-01-01-001-crash-tables': {
    up: async (db: Kysely<unknown>) => {
      await sql`CREATE TABLE crash_log (id INTEGER PRIMARY KEY, payload BLOB NOT NULL) STRICT`.execute(db);
      await sql`CREATE TABLE crash_scratch (id INTEGER PRIMARY KEY, payload BLOB NOT NULL) STRICT`.execute(db);
    },
  },
};
