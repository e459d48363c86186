import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { fsyncDirectory, writeFileAtomic } from './atomic-file';
import type { VaultPaths } from './vault-paths';

/**
 * A re-key or a restore replaces several files (vault.db, keyslots.json, the local backups) that no single rename
 * can swap together. Everything new is first written and fsynced beside the old files; then this journal is written
 * atomically: that write is the commit point. Before it, the old files are untouched (the staged copies are
 * leftovers, removed at the next unlock); after it, the steps are replayed until done, at once or at the next start,
 * and they need no secret. So after a crash exactly one key set opens the vault.
 */
export const JOURNAL_NAME = 'swap-journal.json';

const relative = z
  .string()
  .min(1)
  .max(512)
  .refine((p) => !path.isAbsolute(p) && !p.split(/[\\/]/).includes('..'), {
    message: 'must stay inside the data folder',
  });
const step = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('remove'), path: relative }),
  z.strictObject({ op: z.literal('move'), from: relative, to: relative }),
]);
const journalSchema = z.strictObject({
  format: z.literal('parloir-swap'),
  version: z.literal(1),
  steps: z.array(step).max(10_000),
});
export type SwapStep = z.infer<typeof step>;

export function journalPath(paths: VaultPaths): string {
  return path.join(paths.dataDir, JOURNAL_NAME);
}

/** Data-dir-relative form of a path inside it (journal entries never name anything outside the data folder). */
export function inDataDir(paths: VaultPaths, file: string): string {
  const rel = path.relative(paths.dataDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`${file} is outside the data folder`);
  return rel;
}

/** The commit: from the moment this returns, the swap happens, now or at the next start. */
export function commitSwap(paths: VaultPaths, steps: SwapStep[]): void {
  writeFileAtomic(journalPath(paths), `${JSON.stringify({ format: 'parloir-swap', version: 1, steps }, null, 2)}\n`);
}

function applyStep(paths: VaultPaths, item: SwapStep, touched: Set<string>): void {
  if (item.op === 'remove') {
    const target = path.join(paths.dataDir, item.path);
    fs.rmSync(target, { recursive: true, force: true });
    touched.add(path.dirname(target));
    return;
  }
  const from = path.join(paths.dataDir, item.from);
  const to = path.join(paths.dataDir, item.to);
  // Replayed after a crash, a move already made has nothing left at `from`.
  if (!fs.existsSync(from)) return;
  fs.renameSync(from, to);
  touched.add(path.dirname(from));
  touched.add(path.dirname(to));
}

/**
 * Replays a committed journal, if there is one, then deletes it. Idempotent: a crash while replaying leaves the
 * journal, and the next call finishes the same steps. A journal that cannot be read is KEYSLOTS_DAMAGED: guessing
 * which half of a swap to keep could lose the vault, so the user is sent to the damaged-vault screen.
 */
export function rollForward(paths: VaultPaths): boolean {
  const file = journalPath(paths);
  if (!fs.existsSync(file)) return false;
  let steps: SwapStep[];
  try {
    steps = journalSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).steps;
  } catch (cause) {
    throw new AppError('KEYSLOTS_DAMAGED', 'An interrupted change of keys left a journal that cannot be read', {
      cause,
    });
  }
  const touched = new Set<string>([paths.dataDir]);
  for (const item of steps) applyStep(paths, item, touched);
  for (const dir of touched) if (fs.existsSync(dir)) fsyncDirectory(dir);
  fs.rmSync(file, { force: true });
  fsyncDirectory(paths.dataDir);
  return true;
}
