// `parloir labels` end to end, as a script runs it: a new Node process on the built bundle (no TypeScript transpiled
// at start), the passphrase on stdin, unlocking at the users' Argon2id cost, the PDF written. The vault is a copy of
// the large fixture with the measured addresses tagged, so the command prints exactly them; a second command that only
// starts and unlocks (`call settings:get`) shows how much of the time the key derivation takes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../electron/services/create-app';
import { testDialogs } from '../support/dialogs';

const REPEATS = 3;
const TAG = 'bench';

export interface CliFigures {
  labelsMs: number;
  startUnlockMs: number;
  printed: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A private copy of the vault with `ids` tagged and the group in France (as the other print figures compose). */
async function taggedCopy(vaultDir: string, passphrase: string, ids: readonly number[], into: string): Promise<void> {
  fs.cpSync(vaultDir, into, { recursive: true });
  const app = createApp({ dataDir: into, dialogs: testDialogs() });
  const unlocked = await app.call('vault:unlock', { method: 'passphrase', secret: passphrase });
  if (!unlocked.ok) throw new Error(`unlock: ${unlocked.error.code}`);
  try {
    const settings = await app.call('settings:set', { groupCountry: 'FR' });
    if (!settings.ok) throw new Error(`settings:set: ${settings.error.code}`);
    const tag = await app.call('tags:create', { name: TAG });
    if (!tag.ok) throw new Error(`tags:create: ${tag.error.code}`);
    const tagId = (tag.value as { id: number }).id;
    // Straight into the copy's table: only the selection reads it here (the copy's search index is never queried).
    const db = app.context.vault.db;
    for (let i = 0; i < ids.length; i += 500) {
      const rows = ids.slice(i, i + 500).map((id) => ({ prisoner_id: id, tag_id: tagId }));
      await db.insertInto('prisoner_tags').values(rows).execute();
    }
  } finally {
    // This unlock wrote the day's automatic backup, so the timed ones below are a second unlock of the day.
    await app.context.vault.lock();
  }
}

function timedRun(cli: string, args: string[], stdin: string, env: NodeJS.ProcessEnv): { ms: number; stdout: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, ...args], { input: stdin, env, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`parloir ${args[0]} failed (${run.status}): ${run.stderr}`);
  return { ms, stdout: run.stdout };
}

/**
 * Median wall clock of `parloir labels --sheet L7160 --tag bench` over the tagged addresses, and of a command that
 * only starts and unlocks. `cli` is the bundled parloir.mjs with its workers and fonts beside it.
 */
export async function cliLabelsFigures(
  cli: string,
  env: NodeJS.ProcessEnv,
  vaultDir: string,
  passphrase: string,
  ids: readonly number[],
): Promise<CliFigures> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-cli-bench-'));
  try {
    const dataDir = path.join(work, 'vault');
    await taggedCopy(vaultDir, passphrase, ids, dataDir);
    const runEnv = { ...env, PARLOIR_DATA_DIR: dataDir, PARLOIR_LANG: 'en' };
    const labels: number[] = [];
    const unlockOnly: number[] = [];
    let printed = 0;
    for (let i = 0; i < REPEATS; i += 1) {
      const out = path.join(work, `labels-${i}.pdf`);
      const run = timedRun(cli, ['labels', '--sheet', 'L7160', '--tag', TAG, '--out', out], `${passphrase}\n`, runEnv);
      labels.push(run.ms);
      printed = Number(/^(\d+) address/m.exec(run.stdout)?.[1] ?? 0);
      unlockOnly.push(timedRun(cli, ['call', 'settings:get'], `${passphrase}\n\n`, runEnv).ms);
    }
    return { labelsMs: median(labels), startUnlockMs: median(unlockOnly), printed };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
