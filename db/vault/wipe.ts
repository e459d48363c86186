import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDirectory } from './atomic-file';
import { JOURNAL_NAME } from './swap-journal';
import { isDirectory, isWorkLeftover, type VaultPaths } from './vault-paths';

/**
 * Panic wipe. The database and every backup are encrypted under random keys that exist on disk only inside key slots
 * (keyslots.json, and a copy of it inside every backup archive). Overwriting those few kilobytes in place, in the same
 * inode, makes every encrypted byte useless, even if the deleted files are later recovered from the disk. That part
 * takes milliseconds; deleting the large files comes after. SECURITY.md says what overwriting cannot promise on SSDs.
 */
const TAR_BLOCK = 512;
const FALLBACK_BYTES = 1024 * 1024;

function overwrite(fd: number, start: number, length: number): void {
  for (let done = 0; done < length;) {
    const chunk = crypto.randomBytes(Math.min(64 * 1024, length - done));
    done += fs.writeSync(fd, chunk, 0, chunk.length, start + done);
  }
}

function tarNumber(field: Buffer): number {
  if ((field[0] ?? 0) & 0x80) return Number.NaN; // base-256 sizes: never written by Parloir
  const text = field.toString('latin1').replace(/\0.*$/s, '').trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : Number.NaN;
}

/** Where the key-slot entries of a tar archive sit, or null if the file does not read as a tar archive. */
function keySlotRanges(fd: number, size: number): [number, number][] | null {
  const ranges: [number, number][] = [];
  const header = Buffer.alloc(TAR_BLOCK);
  for (let offset = 0; offset + TAR_BLOCK <= size;) {
    if (fs.readSync(fd, header, 0, TAR_BLOCK, offset) !== TAR_BLOCK) return null;
    if (header.every((byte) => byte === 0)) return ranges;
    const entrySize = tarNumber(header.subarray(124, 136));
    if (!Number.isFinite(entrySize)) return null;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    if (path.posix.basename(name) === 'keyslots.json') ranges.push([offset + TAR_BLOCK, entrySize]);
    offset += TAR_BLOCK + Math.ceil(entrySize / TAR_BLOCK) * TAR_BLOCK;
  }
  return ranges.length > 0 ? ranges : null;
}

/** Overwrites, in place, the key slots a file holds: all of it for a slot file, its slot entries for an archive. */
export function destroyKeySlotsIn(file: string, kind: 'slots' | 'archive'): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r+');
  } catch {
    return; // gone already, or not ours to open: nothing to destroy through it
  }
  try {
    const { size } = fs.fstatSync(fd);
    const ranges =
      kind === 'slots'
        ? [[0, size] as [number, number]]
        : (keySlotRanges(fd, size) ?? [[0, Math.min(size, FALLBACK_BYTES)]]);
    for (const [start, length] of ranges) overwrite(fd, start, length);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function filesBelow(dir: string): string[] {
  if (!isDirectory(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

const isSlotFile = (name: string) => name === 'keyslots.json' || /^\.keyslots\.json\..*\.tmp$/.test(name);
const isVaultEntry = (name: string) =>
  name.startsWith('vault.db') || isSlotFile(name) || name === JOURNAL_NAME || isWorkLeftover(name);

export interface WipeTimings {
  /** Until no key slot remains readable anywhere in the data folder: the part that matters. */
  keyMaterialMs: number;
  totalMs: number;
}

/**
 * Destroys every key slot the data folder holds (and those of `extraArchives`, such as an interrupted backup written
 * elsewhere), then deletes the vault's files and backups. preferences.json (language, auto-lock) stays, so the app
 * starts at its first screen in the user's language. The vault must be closed.
 */
export function wipeVaultFiles(paths: VaultPaths, extraArchives: string[] = []): WipeTimings {
  const started = performance.now();
  const top = fs.existsSync(paths.dataDir) ? fs.readdirSync(paths.dataDir) : [];
  for (const name of top.filter(isSlotFile)) destroyKeySlotsIn(path.join(paths.dataDir, name), 'slots');
  const staged = top
    .filter((name) => name.startsWith('.rekey-') || name.startsWith('.restore-'))
    .map((name) => path.join(paths.dataDir, name));
  for (const file of [...staged.flatMap(filesBelow), ...filesBelow(paths.backups), ...extraArchives]) {
    if (file.endsWith('.db') || file.endsWith('.db-wal')) continue; // encrypted pages only: useless without a slot
    destroyKeySlotsIn(file, isSlotFile(path.basename(file)) ? 'slots' : 'archive');
  }
  const keyMaterialMs = performance.now() - started;

  for (const name of top.filter(isVaultEntry))
    fs.rmSync(path.join(paths.dataDir, name), { recursive: true, force: true });
  fs.rmSync(paths.backups, { recursive: true, force: true });
  for (const file of extraArchives) fs.rmSync(file, { force: true });
  if (fs.existsSync(paths.dataDir)) fsyncDirectory(paths.dataDir);
  return { keyMaterialMs, totalMs: performance.now() - started };
}
