import fs from 'node:fs';
import path from 'node:path';
import type { Migration } from 'kysely/migration';
import { z } from 'zod';
import { BACKUP_EXTENSION, type BackupManifest } from './backup-archive';
import { uniqueBackupPath, writeVerifiedBackup } from './backup';
import { writeFileAtomic } from './atomic-file';
import { AUTO_PREFIX, autoBackupDue, pruneAutoBackups } from './auto-backup';
import type { SqliteDatabase } from './open-database';
import { ensurePrivateDir, type VaultPaths } from './vault-paths';

export interface AutoBackupPolicy {
  keep: number;
  intervalMs: number;
}

export interface BackupHost {
  paths: VaultPaths;
  now: () => Date;
  migrations: Record<string, Migration>;
  open(): { sqlite: SqliteDatabase; key: Uint8Array; vaultId: string; canary: string; keyslotsText: string };
}

/**
 * A backup written outside the data folder (a USB stick) is recorded here while it is being written: if Parloir dies
 * half-way, the partial (encrypted) archive is removed at the next unlock, and a panic wipe destroys its key slots.
 */
const PENDING_NAME = 'pending-backup.json';
const pendingSchema = z.strictObject({ partial: z.array(z.string().max(4096)).max(16) });

function pendingFile(paths: VaultPaths): string {
  return path.join(paths.dataDir, PENDING_NAME);
}

function readPending(paths: VaultPaths): string[] {
  try {
    return pendingSchema.parse(JSON.parse(fs.readFileSync(pendingFile(paths), 'utf8'))).partial;
  } catch {
    return [];
  }
}

/** What an interrupted backup may have left outside the data folder (partial archives, which hold key slots). */
export function pendingBackupArchives(paths: VaultPaths): string[] {
  return readPending(paths).filter((file) => fs.existsSync(file));
}

export function removePendingBackup(paths: VaultPaths): void {
  for (const file of readPending(paths)) fs.rmSync(file, { force: true });
  fs.rmSync(pendingFile(paths), { force: true });
}

function autoPath(paths: VaultPaths, kind: BackupManifest['kind'], now: Date): string {
  ensurePrivateDir(paths.backups);
  return uniqueBackupPath(paths.backups, kind === 'auto' ? AUTO_PREFIX : `parloir-${kind}`, now, BACKUP_EXTENSION);
}

/**
 * Writes a verified backup: at `target`, or (null) in the data folder's backups under a name that says its kind. The
 * (encrypted) work copy is made in the data folder; only the archive itself is written at `target`.
 */
export async function backupInto(
  host: BackupHost,
  target: string | null,
  kind: BackupManifest['kind'],
  signal?: AbortSignal,
): Promise<number> {
  const open = host.open();
  const file = target ?? autoPath(host.paths, kind, host.now());
  const outside = target !== null && path.relative(host.paths.dataDir, target).startsWith('..');
  if (outside) writeFileAtomic(pendingFile(host.paths), JSON.stringify({ partial: [`${file}.partial`] }));
  try {
    return await writeVerifiedBackup({
      sqlite: open.sqlite,
      key: open.key,
      keyslotsText: open.keyslotsText,
      manifest: {
        format: 'parloir-backup',
        version: 1,
        kind,
        createdAt: host.now().toISOString(),
        vaultId: open.vaultId,
      },
      canary: open.canary,
      target: file,
      knownMigrations: Object.keys(host.migrations),
      migrations: host.migrations,
      workDir: host.paths.dataDir,
      ...(signal ? { signal } : {}),
    });
  } finally {
    if (outside) fs.rmSync(pendingFile(host.paths), { force: true });
  }
}

/** At most one automatic backup per interval, the newest `keep` kept. A failure is reported, never fatal. */
export async function maybeAutoBackup(
  host: BackupHost,
  policy: AutoBackupPolicy,
): Promise<'written' | 'not-due' | 'failed'> {
  try {
    if (!autoBackupDue(host.paths.backups, host.now(), policy.intervalMs)) return 'not-due';
    await backupInto(host, null, 'auto');
    pruneAutoBackups(host.paths.backups, policy.keep);
    return 'written';
  } catch {
    return 'failed';
  }
}
