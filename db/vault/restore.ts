import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readArchive, writeArchive, BACKUP_EXTENSION, ENTRY, type ArchiveContents } from './backup-archive';
import { uniqueBackupPath } from './backup';
import { fsyncDirectory } from './atomic-file';
import { ensurePrivateDir, type VaultPaths } from './vault-paths';

export interface StagedBackup {
  dir: string;
  database: string;
  contents: ArchiveContents;
}

/** Unpacks a backup into a private folder inside the data dir (same filesystem, so the final move is a rename). */
export async function stageBackup(paths: VaultPaths, file: string): Promise<StagedBackup> {
  ensurePrivateDir(paths.dataDir);
  const dir = path.join(paths.dataDir, `.restore-${crypto.randomUUID()}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  try {
    const contents = await readArchive(file, dir);
    return { dir, database: path.join(dir, ENTRY.database), contents };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export function discardStaged(staged: StagedBackup): void {
  fs.rmSync(staged.dir, { recursive: true, force: true });
}

/**
 * Packs the current vault files as they are (they are encrypted; the vault may not even open) into the data dir's
 * backups folder. Returns null when there is nothing to keep.
 */
export async function archiveCurrentFiles(paths: VaultPaths, now: Date, vaultId: string): Promise<string | null> {
  if (!fs.existsSync(paths.database) && !fs.existsSync(paths.keyslots)) return null;
  ensurePrivateDir(paths.backups);
  const target = uniqueBackupPath(paths.backups, 'parloir-pre-restore', now, BACKUP_EXTENSION);
  const empty = path.join(paths.backups, `.empty-${crypto.randomUUID()}`);
  try {
    if (!fs.existsSync(paths.database)) fs.writeFileSync(empty, '');
    await writeArchive(target, {
      manifest: { format: 'parloir-backup', version: 1, kind: 'pre-restore', createdAt: now.toISOString(), vaultId },
      keyslots: fs.existsSync(paths.keyslots) ? fs.readFileSync(paths.keyslots, 'utf8') : '',
      database: fs.existsSync(paths.database) ? paths.database : empty,
      ...(fs.existsSync(paths.wal) ? { wal: paths.wal } : {}),
    });
  } finally {
    fs.rmSync(empty, { force: true });
  }
  return target;
}

/** Moves the staged files over the vault. The old WAL goes first: replayed onto the new database it would corrupt it. */
export function swapInStaged(paths: VaultPaths, staged: StagedBackup): void {
  fs.rmSync(paths.wal, { force: true });
  fs.rmSync(paths.shm, { force: true });
  fs.renameSync(staged.database, paths.database);
  const stagedWal = path.join(staged.dir, ENTRY.wal);
  if (fs.existsSync(stagedWal)) fs.renameSync(stagedWal, paths.wal);
  fs.writeFileSync(path.join(staged.dir, ENTRY.keyslots), staged.contents.keyslotsText, { mode: 0o600 });
  fs.renameSync(path.join(staged.dir, ENTRY.keyslots), paths.keyslots);
  fsyncDirectory(paths.dataDir);
  discardStaged(staged);
}
