import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_EXTENSION } from './backup-archive';
import { isDirectory } from './vault-paths';

export const AUTO_PREFIX = 'parloir-auto';

export interface BackupFile {
  path: string;
  takenAt: number;
}

/** Backups carry their time in their name (`<prefix>-2026-11-25T10-00-00Z.parloir-backup`), oldest first. */
export function listBackups(dir: string, prefix: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  const pattern = new RegExp(
    `^${prefix}-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})Z(?:-\\d+)?${BACKUP_EXTENSION.replace('.', '\\.')}$`,
  );
  const found: BackupFile[] = [];
  for (const name of fs.readdirSync(dir)) {
    const match = pattern.exec(name);
    if (!match) continue;
    const [, day, h, m, s] = match;
    found.push({ path: path.join(dir, name), takenAt: Date.parse(`${day}T${h}:${m}:${s}Z`) });
  }
  return found.sort((a, b) => a.takenAt - b.takenAt || a.path.localeCompare(b.path));
}

/**
 * Every archive in the backups folder, whatever its kind, and the strays an interrupted write left there (a partial
 * archive, an unpacked copy): all of them hold key slots or encrypted pages, so a re-key or a wipe must see them.
 */
export function listBackupFiles(dir: string): { archives: string[]; strays: string[] } {
  const archives: string[] = [];
  const strays: string[] = [];
  if (!isDirectory(dir)) return { archives, strays };
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (!fs.lstatSync(file).isFile()) continue;
    if (name.startsWith('.rekey-')) continue;
    if (!name.startsWith('.') && name.endsWith(BACKUP_EXTENSION)) archives.push(file);
    else if (name.startsWith('.') || name.endsWith('.partial')) strays.push(file);
  }
  return { archives, strays };
}

export function autoBackupDue(dir: string, now: Date, intervalMs: number): boolean {
  const newest = listBackups(dir, AUTO_PREFIX).at(-1);
  return !newest || now.getTime() - newest.takenAt >= intervalMs;
}

/** Keeps the newest `keep` automatic backups; manual, pre-migration and pre-restore backups are never pruned. */
export function pruneAutoBackups(dir: string, keep: number): void {
  const all = listBackups(dir, AUTO_PREFIX);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(old.path, { force: true });
}
