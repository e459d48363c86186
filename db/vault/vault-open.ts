import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Migration } from 'kysely/migration';
import { fsyncDirectory, fsyncFile } from './atomic-file';
import { refreshSearchFold } from '../search/search-fold-version';
import { getMeta, setMeta } from './meta.queries';
import { createVaultDatabase, openVaultDatabase, type SqliteDatabase } from './open-database';
import { expectedSchema } from './schema-check';
import { createKysely, migrateToLatest, pendingMigrations, type VaultDb } from './vault-kysely';
import type { VaultPaths } from './vault-paths';

/** The database side of a vault: creating its file and opening it with a key already unwrapped. */
export interface OpenedDatabase {
  sqlite: SqliteDatabase;
  db: VaultDb;
  canary: string;
}

/** Builds the new database beside the vault, then copies it into place refusing to overwrite anything. */
export async function initializeDatabaseFile(
  paths: VaultPaths,
  key: Uint8Array,
  createdAt: Date,
  migrations: Record<string, Migration>,
): Promise<void> {
  const temp = path.join(paths.dataDir, `.vault.db.creating-${crypto.randomUUID()}`);
  try {
    const db = createKysely(createVaultDatabase(temp, key));
    try {
      await migrateToLatest(db, migrations);
      await refreshSearchFold(db);
      await setMeta(db, 'canary', `parloir-canary-${crypto.randomBytes(16).toString('hex')}`);
      await setMeta(db, 'created_at', createdAt.toISOString());
    } finally {
      await db.destroy();
    }
    fs.copyFileSync(temp, paths.database, fs.constants.COPYFILE_EXCL);
    fsyncFile(paths.database);
    fsyncDirectory(paths.dataDir);
  } finally {
    fs.rmSync(temp, { force: true });
    fs.rmSync(`${temp}-wal`, { force: true });
  }
}

/**
 * Opens vault.db with its key, then brings its schema up to date: when migrations are pending on a vault that
 * already has data, `backupFirst` runs (and must succeed) before any of them, and all of them run in one transaction.
 * On any failure the connection is closed and the error thrown; the caller still owns the key.
 */
export async function openDatabase(
  paths: VaultPaths,
  key: Uint8Array,
  migrations: Record<string, Migration>,
  backupFirst: (opened: OpenedDatabase) => Promise<void>,
): Promise<{ opened: OpenedDatabase; migrationsApplied: number }> {
  const sqlite = openVaultDatabase(paths.database, key, { schema: await expectedSchema(migrations) });
  const db = createKysely(sqlite);
  try {
    const canary = (await getMeta(db, 'canary').catch(() => null)) ?? '';
    const opened = { sqlite, db, canary };
    const { pending, executed } = await pendingMigrations(db, migrations);
    if (pending > 0 && executed > 0) await backupFirst(opened);
    const migrationsApplied = pending > 0 ? await migrateToLatest(db, migrations) : 0;
    await refreshSearchFold(db);
    return { opened, migrationsApplied };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
