import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setVaultSetting } from '../../../db/settings/settings.queries';
import { bundleScripts, type Bundle } from '../../support/bundle';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../../support/cheap-kdf';
import { runAndKill } from '../../support/kill-child';
import { tempDir } from '../../support/temp-dir';
import { lockedVault, session } from '../../support/vault-fixture';

let bundle: Bundle;
beforeAll(async () => {
  bundle = await bundleScripts({ child: 'tests/support/children/crash-rekey.ts' });
});
afterAll(() => bundle.remove());

/** Mode bits of every entry under `dir`, by relative path ('.' for the folder itself). */
function modes(dir: string): Record<string, string> {
  const result: Record<string, string> = { '.': (fs.statSync(dir).mode & 0o777).toString(8) };
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    result[path.relative(dir, full)] = (fs.statSync(full).mode & 0o777).toString(8);
  }
  return result;
}

describe('files Parloir writes', () => {
  it('are 0600 inside 0700 folders, whatever the umask and however the folder was made', async () => {
    expect(process.umask() & 0o077).not.toBe(0o077); // the test runs with an ordinary umask (022)
    const dir = tempDir();
    fs.chmodSync(dir, 0o755); // as a folder made by hand or by an older version
    let now = new Date('2026-06-01T10:00:00Z');
    const vault = session(dir, { now: () => now });
    await vault.create(PASSPHRASE);
    await vault.lock();
    now = new Date('2026-06-03T10:00:00Z');
    expect((await vault.unlock('passphrase', PASSPHRASE)).autoBackup).toBe('written');
    const outside = tempDir();
    await vault.backupTo(path.join(outside, 'usb.parloir-backup'));
    await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    await vault.restore(path.join(outside, 'usb.parloir-backup'), 'passphrase', PASSPHRASE);
    expect(modes(outside)).toEqual({ '.': '700', 'usb.parloir-backup': '600' });
    const all = modes(dir);
    expect(Object.keys(all)).toEqual(expect.arrayContaining(['vault.db', 'keyslots.json', 'backups']));
    for (const [name, mode] of Object.entries(all)) {
      const isDir = name === '.' || fs.statSync(path.join(dir, name)).isDirectory();
      expect(`${name} ${mode}`).toBe(`${name} ${isDir ? '700' : '600'}`);
    }
    await vault.lock();
  });

  it('a backup to another folder killed half-way leaves nothing there once Parloir is next unlocked', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    // Megabytes of (random, incompressible) data, so that writing the archive takes long enough for the kill, sent
    // when the partial file appears, to land while it is being written.
    const vault = session(dir);
    await vault.unlock('passphrase', PASSPHRASE);
    await setVaultSetting(vault.db, 'ballast', crypto.randomBytes(6 * 1024 * 1024).toString('base64'));
    await vault.lock();
    const folder = tempDir();
    const target = path.join(folder, 'usb.parloir-backup');
    const run = await runAndKill(
      bundle.files.child ?? '',
      [dir, 'backup', 'none'],
      bundle.env,
      `${PASSPHRASE}\nm\n${target}\n`,
      (kill) => {
        let watcher: fs.FSWatcher | undefined;
        return {
          onLine: (line) => {
            if (line === 'ready') {
              watcher = fs.watch(folder, (_event, name) => {
                if (name?.endsWith('.partial')) kill();
              });
            }
          },
          dispose: () => watcher?.close(),
        };
      },
    );
    expect(run.signal, run.stderr).toBe('SIGKILL');
    expect(fs.readdirSync(folder)).toEqual(['usb.parloir-backup.partial']);
    // The work copy is made in the data folder, never beside the backup.
    await vault.unlock('passphrase', PASSPHRASE);
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('.') || name === 'pending-backup.json')).toEqual([]);
    await vault.lock();
  });
});
