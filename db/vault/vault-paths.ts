import fs from 'node:fs';
import path from 'node:path';
import type { VaultStatus } from '../../shared/vault/vault.schemas';
import { AppError } from '../../shared/errors';
import { removeStaleTemps } from './atomic-file';
import { readKeySlotFile } from './keyslots';

export interface VaultPaths {
  dataDir: string;
  database: string;
  wal: string;
  shm: string;
  keyslots: string;
  preferences: string;
  backups: string;
}

export function vaultPaths(dataDir: string): VaultPaths {
  const database = path.join(dataDir, 'vault.db');
  return {
    dataDir,
    database,
    wal: `${database}-wal`,
    shm: `${database}-shm`,
    keyslots: path.join(dataDir, 'keyslots.json'),
    preferences: path.join(dataDir, 'preferences.json'),
    backups: path.join(dataDir, 'backups'),
  };
}

/** Creates the folder 0700, or makes an existing one so (a folder made by an older version or by hand may be 0755). */
export function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
}

/**
 * Every file of the vault readable by its owner only, in folders only its owner can enter. SQLite creates files 0644
 * whatever is asked of it, so this runs after anything that lets SQLite create one, and at each unlock.
 */
export function restrictPermissions(paths: VaultPaths): void {
  if (process.platform === 'win32') return;
  for (const dir of [paths.dataDir, paths.backups]) {
    if (!isDirectory(dir)) continue;
    fs.chmodSync(dir, 0o700);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile()) fs.chmodSync(path.join(dir, entry.name), 0o600);
    }
  }
}

/** What is on disk, without opening anything: absent, locked, or damaged with the reason. */
export function diskState(paths: VaultPaths): Exclude<VaultStatus, { state: 'unlocked' }> {
  const hasDatabase = fs.existsSync(paths.database);
  const hasSlots = fs.existsSync(paths.keyslots);
  if (!hasDatabase && !hasSlots) {
    // A WAL without its database is still somebody's data: treat it as a damaged vault, never as a first run.
    return fs.existsSync(paths.wal) ? { state: 'damaged', code: 'VAULT_FILE_MISSING' } : { state: 'absent' };
  }
  if (!hasDatabase) return { state: 'damaged', code: 'VAULT_FILE_MISSING' };
  try {
    readKeySlotFile(paths.keyslots);
  } catch (error) {
    return { state: 'damaged', code: error instanceof AppError ? error.code : 'KEYSLOTS_DAMAGED' };
  }
  return { state: 'locked' };
}

/**
 * Clears what a process killed mid-operation leaves in the data dir: a key-slot temp file from an interrupted change,
 * a half-built database from an interrupted create, an unpacked backup from an interrupted restore. All encrypted,
 * but each is a stray copy of key material or data. Only while this process holds the vault open (exclusively).
 */
export function removeLeftovers(paths: VaultPaths): void {
  removeStaleTemps(paths.keyslots);
  for (const dir of [paths.dataDir, paths.backups]) {
    if (!isDirectory(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      if (isWorkLeftover(name)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    }
  }
}

/**
 * What an interrupted operation leaves: a half-built database (create), an unpacked backup (restore), staged copies
 * (re-key), the encrypted work copy of a backup. Never the vault's own files.
 */
export function isWorkLeftover(name: string): boolean {
  return (
    ['.vault.db.creating-', '.restore-', '.rekey-'].some((prefix) => name.startsWith(prefix)) ||
    /^\..+\.parloir-backup\.[0-9a-f-]{36}\.db(-wal)?$/.test(name)
  );
}
