import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { fsyncDirectory, fsyncFile } from './atomic-file';
import { listBackupFiles } from './auto-backup';
import { readArchive, writeArchive, ENTRY } from './backup-archive';
import { applyKey, rekeyWith } from './open-database';
import { SQLite, type SqliteDatabase } from './sqlite';
import type { SwapStep } from './swap-journal';
import { inDataDir } from './swap-journal';
import { isDirectory, type VaultPaths } from './vault-paths';

/** Names of what a re-key stages beside the files it replaces; removed at the next unlock if never committed. */
export const STAGING_PREFIX = '.rekey-';

function openWithKey(file: string, key: Uint8Array): SqliteDatabase {
  const db = new SQLite(file, { fileMustExist: true, timeout: 0 });
  try {
    applyKey(db, key);
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('trusted_schema = OFF');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Re-encrypts a closed database file from one key to the other, in place (SQLite3MultipleCiphers `PRAGMA rekey`
 * rewrites every page), folds its WAL back in and fsyncs it. Only ever run on a staged copy: the live vault is swapped
 * for it by the journal.
 */
export function rekeyDatabaseFile(file: string, from: Uint8Array, to: Uint8Array): void {
  const db = openWithKey(file, from);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    rekeyWith(db, to);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  fs.rmSync(`${file}-wal`, { force: true });
  fsyncFile(file);
}

/** Whether `key` opens this database file (a backup made under another key set does not). */
function opensWith(file: string, key: Uint8Array): boolean {
  try {
    openWithKey(file, key).close();
    return true;
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return false;
    throw error;
  }
}

export interface BackupRekeyPlan {
  /** Journal steps: re-encrypted copies moved over their originals, then what cannot be re-encrypted removed. */
  steps: SwapStep[];
  reencrypted: number;
  removed: number;
}

export interface BackupRekeyRequest {
  paths: VaultPaths;
  from: Uint8Array;
  to: Uint8Array;
  keyslotsText: string;
  /** Backups left as they are (a restore keeps the copy it just made of the vault it replaces). */
  keep?: ReadonlySet<string>;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Prepares, beside each backup in the data folder, a copy re-encrypted under the new key with the new key slots.
 * A backup the old key does not open (taken under an earlier key set, or of another vault) cannot be re-encrypted:
 * it is removed by the journal, since only old secrets open it. Stray partial archives are removed too.
 */
export async function stageBackupRekeys(request: BackupRekeyRequest): Promise<BackupRekeyPlan> {
  const { paths, signal } = request;
  const plan: BackupRekeyPlan = { steps: [], reencrypted: 0, removed: 0 };
  if (!isDirectory(paths.backups)) return plan;
  const { archives, strays } = listBackupFiles(paths.backups);
  const todo = archives.filter((file) => !request.keep?.has(file));
  for (const stray of strays) plan.steps.push({ op: 'remove', path: inDataDir(paths, stray) });
  request.onProgress?.(0, todo.length);
  for (const [index, file] of todo.entries()) {
    signal?.throwIfAborted();
    const work = path.join(paths.backups, `${STAGING_PREFIX}${crypto.randomUUID()}`);
    fs.mkdirSync(work, { mode: 0o700 });
    try {
      const contents = await readArchive(file, work, signal ? { signal } : undefined).catch((error: unknown) => {
        if (signal?.aborted) throw error;
        return null;
      });
      const database = path.join(work, ENTRY.database);
      if (!contents || !opensWith(database, request.from)) {
        plan.steps.push({ op: 'remove', path: inDataDir(paths, file) });
        plan.removed += 1;
      } else {
        rekeyDatabaseFile(database, request.from, request.to);
        const staged = `${work}.parloir-backup`;
        await writeArchive(
          staged,
          { manifest: contents.manifest, keyslots: request.keyslotsText, database },
          signal ? { signal } : undefined,
        );
        plan.steps.push({ op: 'move', from: inDataDir(paths, staged), to: inDataDir(paths, file) });
        plan.reencrypted += 1;
      }
    } catch (error) {
      if (error instanceof AppError || signal?.aborted) throw error;
      throw new AppError('BACKUP_FAILED', 'A local backup could not be re-encrypted', { cause: error });
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
    request.onProgress?.(index + 1, todo.length);
  }
  fsyncDirectory(paths.backups);
  return plan;
}

/** Removes what an uncommitted re-key staged (only when no journal is pending: the caller rolled it forward first). */
export function removeRekeyLeftovers(paths: VaultPaths): void {
  for (const dir of [paths.dataDir, paths.backups]) {
    if (!isDirectory(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith(STAGING_PREFIX)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    }
  }
}
