import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { readArchive, writeArchive, BACKUP_EXTENSION, ENTRY, type ArchiveContents } from './backup-archive';
import { uniqueBackupPath } from './backup';
import { fsyncDirectory, fsyncFile } from './atomic-file';
import { parseKeySlotFile, type KeySlotFile } from './keyslots';
import type { KdfBounds } from './kdf';
import { inDataDir, type SwapStep } from './swap-journal';
import { ensurePrivateDir, type VaultPaths } from './vault-paths';

export const RESTORE_PREFIX = '.restore-';

export interface StagedBackup {
  dir: string;
  database: string;
  contents: ArchiveContents;
  /** The backup's key slots, checked against this build's cost bounds: a hostile file asks for nothing heavy. */
  keyslots: KeySlotFile;
}

/**
 * Unpacks a backup into a private folder inside the data dir (same filesystem, so the final move is a rename) and
 * fsyncs what it wrote: once the swap is committed, these files must be on the disk.
 */
export async function stageBackup(
  paths: VaultPaths,
  file: string,
  bounds: KdfBounds,
  signal?: AbortSignal,
): Promise<StagedBackup> {
  ensurePrivateDir(paths.dataDir);
  const dir = path.join(paths.dataDir, `${RESTORE_PREFIX}${crypto.randomUUID()}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  try {
    const contents = await readArchive(file, dir, signal ? { signal } : undefined);
    let keyslots: KeySlotFile;
    try {
      keyslots = parseKeySlotFile(contents.keyslotsText, bounds);
    } catch (cause) {
      throw new AppError('BACKUP_INVALID', 'The key slots inside the backup are damaged or ask for too much', {
        cause,
      });
    }
    for (const name of fs.readdirSync(dir)) fsyncFile(path.join(dir, name));
    fsyncDirectory(dir);
    return { dir, database: path.join(dir, ENTRY.database), contents, keyslots };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export function discardStaged(staged: StagedBackup): void {
  fs.rmSync(staged.dir, { recursive: true, force: true });
}

/** Writes the key slots the restored vault will have beside its staged database. */
export function stageKeySlots(staged: StagedBackup, text: string): void {
  const file = path.join(staged.dir, ENTRY.keyslots);
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
  fsyncFile(file);
  fsyncDirectory(staged.dir);
}

/**
 * Packs the current vault files as they are (they are encrypted; the vault may not even open) into the data dir's
 * backups folder. Returns null when there is nothing to keep.
 */
export async function archiveCurrentFiles(
  paths: VaultPaths,
  now: Date,
  vaultId: string,
  signal?: AbortSignal,
): Promise<string | null> {
  if (!fs.existsSync(paths.database) && !fs.existsSync(paths.keyslots)) return null;
  ensurePrivateDir(paths.backups);
  const target = uniqueBackupPath(paths.backups, 'parloir-pre-restore', now, BACKUP_EXTENSION);
  const empty = path.join(paths.backups, `.empty-${crypto.randomUUID()}`);
  try {
    if (!fs.existsSync(paths.database)) fs.writeFileSync(empty, '', { mode: 0o600 });
    await writeArchive(
      target,
      {
        manifest: { format: 'parloir-backup', version: 1, kind: 'pre-restore', createdAt: now.toISOString(), vaultId },
        keyslots: fs.existsSync(paths.keyslots) ? fs.readFileSync(paths.keyslots, 'utf8') : '',
        database: fs.existsSync(paths.database) ? paths.database : empty,
        ...(fs.existsSync(paths.wal) ? { wal: paths.wal } : {}),
      },
      signal ? { signal } : undefined,
    );
  } finally {
    fs.rmSync(empty, { force: true });
  }
  return target;
}

/**
 * The journal steps that put the staged backup in place of the vault. The old WAL goes first: replayed onto the new
 * database it would corrupt it.
 */
export function restoreSteps(paths: VaultPaths, staged: StagedBackup): SwapStep[] {
  const stagedWal = path.join(staged.dir, ENTRY.wal);
  return [
    { op: 'remove', path: inDataDir(paths, paths.wal) },
    { op: 'remove', path: inDataDir(paths, paths.shm) },
    { op: 'move', from: inDataDir(paths, staged.database), to: inDataDir(paths, paths.database) },
    ...(fs.existsSync(stagedWal)
      ? [{ op: 'move' as const, from: inDataDir(paths, stagedWal), to: inDataDir(paths, paths.wal) }]
      : []),
    { op: 'move', from: inDataDir(paths, path.join(staged.dir, ENTRY.keyslots)), to: inDataDir(paths, paths.keyslots) },
    { op: 'remove', path: inDataDir(paths, staged.dir) },
  ];
}
