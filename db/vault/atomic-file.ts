import fs from 'node:fs';
import path from 'node:path';

/** Makes a rename durable: on POSIX the directory entry itself must reach the disk. */
export function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return; // Windows cannot open a directory for fsync; NTFS journals renames.
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces `target` so that a crash at any instant leaves either the old or the new content, never a mix:
 * write a temp file beside it, fsync, rename over, fsync the directory.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectory(dir);
}

/** Creates `target` durably and fails with EEXIST rather than replace anything already there. */
export function writeNewFile(target: string, data: string | Uint8Array): void {
  const fd = fs.openSync(target, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fsyncDirectory(path.dirname(target));
}

/**
 * Removes what writeFileAtomic leaves beside `target` when the process dies between creating its temp file and the
 * rename. Only call it while no other process can be writing `target`.
 */
export function removeStaleTemps(target: string): void {
  const dir = path.dirname(target);
  const pattern = new RegExp(`^\\.${path.basename(target).replace(/[.]/g, '\\.')}\\.\\d+\\.\\d+\\.tmp$`);
  for (const name of fs.readdirSync(dir)) {
    if (pattern.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
}
