import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKeySlotFile } from '../../../db/vault/keyslots';
import { diskState, vaultPaths } from '../../../db/vault/vault-paths';
import { bundleScripts, type Bundle } from '../../support/bundle';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { runAndKill } from '../../support/kill-child';
import { tempDir } from '../../support/temp-dir';
import { lockedVault, session } from '../../support/vault-fixture';

const KILLS = 50;

let bundle: Bundle;
beforeAll(async () => {
  bundle = await bundleScripts({ changer: 'tests/support/children/crash-change-passphrase.ts' });
});
afterAll(() => bundle.remove());

/** Four random five-letter groups: zxcvbn rates them 4 and, without digits, assesses them in milliseconds. */
function strongPassphrase(): string {
  const letters = 'abcdefghijkmnpqrstuvwxyz';
  const group = () => Array.from({ length: 5 }, () => letters[crypto.randomInt(0, letters.length)]).join('');
  return [group(), group(), group(), group()].join(' ');
}

describe('crash while changing the passphrase', () => {
  it(`the old or the new passphrase opens the vault after a kill, never neither: ${KILLS} kills`, async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const paths = vaultPaths(dir);
    const passphraseSalt = () => readKeySlotFile(paths.keyslots).slots.find((s) => s.kind === 'passphrase')?.kdf.salt;
    let current = PASSPHRASE;
    const outcomes = { old: 0, new: 0 };
    let kills = 0;

    // One uninterrupted run measures how long the change itself takes, to aim the timed kills inside it.
    let readyAt = 0;
    let changeSpan = 0;
    const first = strongPassphrase();
    const calibration = await runAndKill(bundle.files.changer ?? '', [dir], bundle.env, `${current}\n${first}\n`, () => ({
      onLine: (line) => {
        if (line === 'ready') readyAt = performance.now();
        if (line === 'changed') changeSpan = performance.now() - readyAt;
      },
    }));
    expect(calibration.lines, calibration.stderr).toEqual(['ready', 'changed']);
    current = first;

    // Until 50 children died mid-change (a timed kill can come after the child finished).
    for (let loop = 0; kills < KILLS; loop += 1) {
      expect(loop, 'too many timed kills missed the change').toBeLessThan(KILLS * 1.5);
      const next = strongPassphrase();
      const saltBefore = passphraseSalt();
      const run = await runAndKill(bundle.files.changer ?? '', [dir], bundle.env, `${current}\n${next}\n`, (kill) => {
        if (loop % 3 !== 2) {
          // When the new slot file appears (the kill lands in its write, fsync or rename), or when it has been
          // renamed over keyslots.json (the kill lands in the directory's fsync).
          const trigger = loop % 3 === 0 ? (name: string) => name.startsWith('.keyslots.json.') : (name: string) => name === 'keyslots.json';
          const watcher = fs.watch(dir, (_event, name) => {
            if (name && trigger(name)) kill();
          });
          return { dispose: () => watcher.close() };
        }
        // A random instant of the change: checking the current passphrase, deriving the new key, or writing.
        let timer: NodeJS.Timeout | undefined;
        return {
          onLine: (line) => {
            if (line === 'ready') timer = setTimeout(kill, crypto.randomInt(0, Math.max(2, Math.ceil(changeSpan))));
          },
          dispose: () => clearTimeout(timer),
        };
      });
      expect(run.stderr).toBe('');
      if (run.signal === 'SIGKILL') kills += 1;
      expect(diskState(paths)).toEqual({ state: 'locked' });

      // The slot file says which passphrase it holds; that one must open, and the other is tried before failing.
      const order = passphraseSalt() === saltBefore ? (['old', 'new'] as const) : (['new', 'old'] as const);
      const candidates = { old: current, new: next };
      const vault = session(dir);
      let opened: 'old' | 'new' | null = null;
      for (const label of order) {
        const unlocked = await vault.unlock('passphrase', candidates[label]).then(
          () => true,
          (error: unknown) => {
            expect(error).toMatchObject({ code: 'WRONG_PASSPHRASE' });
            return false;
          },
        );
        if (unlocked) {
          opened = label;
          break;
        }
      }
      expect(opened, `kill ${loop}: neither passphrase opens`).not.toBeNull();
      expect(opened).toBe(order[0]);
      await vault.lock();
      if (opened === 'new') current = next;
      outcomes[opened ?? 'old'] += 1;
      // An interrupted change leaves a temp slot file; the next unlock clears it.
      expect(fs.readdirSync(dir).filter((name) => name.startsWith('.keyslots.json.'))).toEqual([]);
    }
    console.info(`crash-passphrase: ${kills} kills; the old passphrase opened ${outcomes.old} times, the new one ${outcomes.new}`);
  }, 300_000);
});
