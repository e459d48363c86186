import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every file under `dir` (relative path -> sha256), to show that an action changed nothing. */
export function snapshotDir(dir: string): Record<string, string> {
  const snapshot: Record<string, string> = {};
  if (!fs.existsSync(dir)) return snapshot;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    snapshot[path.relative(dir, full)] = sha256(full);
  }
  return snapshot;
}
