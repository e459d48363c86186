import fs from 'node:fs';
import path from 'node:path';
import type { VaultStatus } from '../../shared/schemas/vault.schemas';
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

export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
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
  for (const name of fs.readdirSync(paths.dataDir)) {
    if (name.startsWith('.vault.db.creating-') || name.startsWith('.restore-')) {
      fs.rmSync(path.join(paths.dataDir, name), { recursive: true, force: true });
    }
  }
}
