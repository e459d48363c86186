import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getVaultSetting, setVaultSetting } from '../../../db/settings/settings.queries';
import { listBackupFiles } from '../../../db/vault/auto-backup';
import { bundleScripts, type Bundle } from '../../support/bundle';
import { PASSPHRASE, OTHER_PASSPHRASE } from '../../support/cheap-kdf';
import { runAndKill, type KillPlan } from '../../support/kill-child';
import { keysFrom } from '../../support/secret-attack';
import { tempDir } from '../../support/temp-dir';
import { session } from '../../support/vault-fixture';

const THIRD_PASSPHRASE = 'grenadine tournesol escalier brume ardoise';
const KILLS_PER_POINT = 1;

let bundle: Bundle;
beforeAll(async () => {
  bundle = await bundleScripts({ child: 'tests/support/children/crash-rekey.ts' });
});
afterAll(() => bundle.remove());

/**
 * Where to kill: a step the session announces (the child kills itself there), or the first file-system event whose
 * path (relative to the data folder) matches: a staged copy being written, the journal being written, a rename of
 * the roll-forward. Points chosen by the test, never by a clock.
 */
type KillPoint = { step: string } | { file: RegExp };

function planFor(dir: string, point: KillPoint): (kill: () => void) => KillPlan {
  return (kill) => {
    if ('step' in point) return {};
    let watcher: fs.FSWatcher | undefined;
    return {
      // Armed once the operation starts: unlocking touches files too (their permissions, the WAL).
      onLine: (line) => {
        if (line !== 'ready') return;
        watcher = fs.watch(dir, { recursive: true }, (_event, name) => {
          if (name && point.file.test(name)) kill();
        });
      },
      dispose: () => watcher?.close(),
    };
  };
}

function label(point: KillPoint): string {
  return 'step' in point ? point.step : String(point.file);
}

/** Which of the candidate passphrases open the vault now (trying every one: exactly one may). */
async function openers(dir: string, candidates: string[]): Promise<string[]> {
  const opened: string[] = [];
  for (const candidate of candidates) {
    const vault = session(dir);
    if (
      await vault.unlock('passphrase', candidate).then(
        () => true,
        () => false,
      )
    ) {
      opened.push(candidate);
      await vault.lock();
    }
  }
  return opened;
}

function strays(dir: string): string[] {
  const found = fs
    .readdirSync(dir)
    .filter((n) => n.startsWith('.rekey-') || n.startsWith('.restore-') || n === 'swap-journal.json');
  const backups = path.join(dir, 'backups');
  if (fs.existsSync(backups)) found.push(...fs.readdirSync(backups).filter((n) => n.startsWith('.')));
  return found;
}

describe('crash while re-keying', () => {
  const points: KillPoint[] = [
    ...['keys-sealed', 'backups-staged', 'vault-closed', 'vault-staged', 'committed', 'swapped'].map((step) => ({
      step,
    })),
    { file: /^backups\/\.rekey-[^/]+\.parloir-backup\.partial$/ },
    { file: /^\.rekey-[^/]+\/vault\.db-wal$/ },
    { file: /^\.swap-journal\.json\..+\.tmp$/ },
    { file: /^keyslots\.json$/ },
  ];

  it(`after a kill at any point, exactly one key set opens the vault and nothing acknowledged is lost`, async () => {
    const dir = tempDir();
    const vault = session(dir);
    const recoveryCode = await vault.create(PASSPHRASE);
    fs.mkdirSync(path.join(dir, 'backups'));
    await vault.backupTo(path.join(dir, 'backups', 'one.parloir-backup'));
    await vault.backupTo(path.join(dir, 'backups', 'two.parloir-backup'));
    await vault.lock();
    let current = PASSPHRASE;
    const outcomes = { old: 0, new: 0, finished: 0 };

    for (const [index, point] of points.flatMap((p) => Array.from({ length: KILLS_PER_POINT }, () => p)).entries()) {
      const next = current === PASSPHRASE ? OTHER_PASSPHRASE : PASSPHRASE;
      const marker = `marqueur-${index}`;
      const args = [dir, 'passphrase', 'step' in point ? point.step : 'none'];
      const run = await runAndKill(
        bundle.files.child ?? '',
        args,
        bundle.env,
        `${current}\n${marker}\n${next}\n`,
        planFor(dir, point),
      );
      expect(run.lines, run.stderr).toContain('acknowledged');
      if (run.signal !== 'SIGKILL') {
        expect(run.lines, `${label(point)} never came`).toContain('done');
        outcomes.finished += 1;
      }

      expect(session(dir).status(), label(point)).toEqual({ state: 'locked' });
      const opened = await openers(dir, [current, next]);
      expect(opened, `kill at ${label(point)}`).toHaveLength(1);
      const winner = opened[0] ?? '';
      outcomes[winner === current ? 'old' : 'new'] += 1;
      if (run.signal !== 'SIGKILL') expect(winner).toBe(next);

      const check = session(dir);
      await check.unlock('recoveryCode', recoveryCode);
      expect(await getVaultSetting(check.db, 'groupName'), `acknowledged write lost at ${label(point)}`).toBe(marker);
      await check.lock();
      expect(strays(dir)).toEqual([]);
      for (const backup of listBackupFiles(path.join(dir, 'backups')).archives) {
        expect(await keysFrom(backup, [{ method: 'passphrase', secret: winner }]), backup).toHaveLength(1);
        expect(await keysFrom(backup, [{ method: 'passphrase', secret: winner === current ? next : current }])).toEqual(
          [],
        );
      }
      current = winner;
    }
    console.info(
      `crash-rekey: the old key set survived ${outcomes.old} kills, the new one ${outcomes.new}; ${outcomes.finished} runs finished first`,
    );
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
  }, 600_000);
});

describe('crash while restoring', () => {
  const points: KillPoint[] = [
    ...['staged', 'rekeyed', 'backups-staged', 'archived', 'committed', 'swapped'].map((step) => ({ step })),
    { file: /^\.restore-[^/]+\/vault\.db$/ },
    { file: /^\.swap-journal\.json\..+\.tmp$/ },
    { file: /^vault\.db$/ },
  ];

  it('after a kill at any point, the vault is either the old one or the restored one, whole', async () => {
    // The backup: another vault, with its own passphrase and content.
    const source = tempDir();
    const other = session(source);
    await other.create(THIRD_PASSPHRASE);
    await setVaultSetting(other.db, 'groupName', 'restauré');
    const backup = path.join(tempDir(), 'usb.parloir-backup');
    await other.backupTo(backup);
    await other.lock();
    // The vault it replaces, copied afresh for every kill.
    const template = tempDir();
    const vault = session(template);
    await vault.create(PASSPHRASE);
    fs.mkdirSync(path.join(template, 'backups'));
    await vault.backupTo(path.join(template, 'backups', 'local.parloir-backup'));
    await vault.lock();
    const outcomes = { old: 0, restored: 0 };

    for (const [index, point] of points.flatMap((p) => Array.from({ length: KILLS_PER_POINT }, () => p)).entries()) {
      const dir = tempDir();
      fs.cpSync(template, dir, { recursive: true });
      const marker = `avant-${index}`;
      const args = [dir, 'restore', 'step' in point ? point.step : 'none'];
      const run = await runAndKill(
        bundle.files.child ?? '',
        args,
        bundle.env,
        `${PASSPHRASE}\n${marker}\n${backup}\n${THIRD_PASSPHRASE}\n`,
        planFor(dir, point),
      );
      expect(run.lines, run.stderr).toContain('acknowledged');

      expect(session(dir).status(), label(point)).toEqual({ state: 'locked' });
      const opened = await openers(dir, [PASSPHRASE, THIRD_PASSPHRASE]);
      expect(opened, `kill at ${label(point)}`).toHaveLength(1);
      const check = session(dir);
      await check.unlock('passphrase', opened[0] ?? '');
      const shown = await getVaultSetting(check.db, 'groupName');
      await check.lock();
      if (opened[0] === PASSPHRASE) {
        outcomes.old += 1;
        expect(shown).toBe(marker);
      } else {
        outcomes.restored += 1;
        expect(shown).toBe('restauré');
        // The vault it replaced, with its last acknowledged write, is kept aside.
        const kept = listBackupFiles(path.join(dir, 'backups')).archives.filter((f) =>
          path.basename(f).startsWith('parloir-pre-restore-'),
        );
        expect(kept).toHaveLength(1);
      }
      expect(strays(dir)).toEqual([]);
    }
    console.info(`crash-restore: the old vault survived ${outcomes.old} kills, the restored one ${outcomes.restored}`);
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.restored).toBeGreaterThan(0);
  }, 600_000);
});
