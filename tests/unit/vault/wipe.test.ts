import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePreferences } from '../../../db/settings/preferences';
import { setVaultSetting } from '../../../db/settings/settings.queries';
import { vaultPaths } from '../../../db/vault/vault-paths';
import { WIPE_CONFIRMATION } from '../../../shared/vault/vault.schemas';
import { createApp } from '../../../electron/services/create-app';
import { CHEAP_KDF, OTHER_PASSPHRASE, PASSPHRASE } from '../../support/cheap-kdf';
import { listFiles } from '../../support/file-hashes';
import { keysFrom, type KnownSecret } from '../../support/secret-attack';
import { keyFromRecipe } from '../../support/security-recipe';
import { tempDir } from '../../support/temp-dir';
import { lockedVault, session } from '../../support/vault-fixture';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Hard links to every file of the data folder, taken before the wipe: what a forensic tool recovers from a deleted
 * file's blocks is what the inode held when it was unlinked, and a hard link keeps exactly that inode.
 */
function linkEverything(dir: string, into: string): string[] {
  return listFiles(dir).map((file, index) => {
    const link = path.join(into, `${index}-${path.basename(file)}`);
    fs.linkSync(file, link);
    return link;
  });
}

/** Runs SECURITY.md's recipe on the file, and on every keyslots.json `tar` finds in it; true if any secret works. */
async function recipeOpens(file: string, secrets: KnownSecret[], scratch: string): Promise<boolean> {
  const candidates = [file];
  const extracted = fs.mkdtempSync(path.join(scratch, 'x-'));
  try {
    execFileSync('tar', ['xf', file, '-C', extracted], { stdio: 'ignore' });
    candidates.push(...listFiles(extracted).filter((name) => path.basename(name) === 'keyslots.json'));
  } catch {
    // not an archive (or one the wipe made unreadable): only the file itself is tried
  }
  for (const candidate of candidates) {
    for (const { method, secret } of secrets) {
      const kind = method === 'passphrase' ? 'passphrase' : 'recoveryCode';
      const opened = await keyFromRecipe(candidate, secret, kind).then(
        () => true,
        () => false,
      );
      if (opened) return true;
    }
  }
  return false;
}

describe('panic wipe', () => {
  it('destroys every key slot, backups included: no secret ever used opens any file, even recovered ones', async () => {
    const dir = tempDir();
    const forensic = tempDir();
    writePreferences(vaultPaths(dir), { language: 'fr', autoLockMinutes: 5 });
    let now = new Date('2026-05-01T08:00:00Z');
    const vault = session(dir, { now: () => now });
    const firstCode = await vault.create(PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'À effacer');
    await vault.lock();
    now = new Date(now.getTime() + DAY);
    await vault.unlock('passphrase', PASSPHRASE);
    const outside = path.join(tempDir(), 'usb.parloir-backup');
    await vault.backupTo(outside);
    await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    const { recoveryCode: secondCode } = await vault.newRecoveryCode(OTHER_PASSPHRASE);
    await vault.restore(outside, 'passphrase', PASSPHRASE);
    // A stray partial archive, as an interrupted backup leaves one.
    fs.copyFileSync(outside, path.join(dir, 'backups', 'cut.parloir-backup.partial'));
    // The backups of the vault the restore replaced went (only its secrets opened them); its copy was kept.
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([
      'cut.parloir-backup.partial',
      expect.stringMatching(/^parloir-pre-restore-.*\.parloir-backup$/),
    ]);

    const links = linkEverything(dir, forensic);
    const timings = await vault.wipe();
    console.info(
      `wipe: key material destroyed in ${timings.keyMaterialMs.toFixed(1)} ms, all done in ${timings.totalMs.toFixed(1)} ms`,
    );

    expect(vault.isUnlocked).toBe(false);
    expect(session(dir).status()).toEqual({ state: 'absent' });
    expect(fs.readdirSync(dir)).toEqual(['preferences.json']);
    const secrets: KnownSecret[] = [
      { method: 'passphrase', secret: PASSPHRASE },
      { method: 'passphrase', secret: OTHER_PASSPHRASE },
      { method: 'recoveryCode', secret: firstCode },
      { method: 'recoveryCode', secret: secondCode },
    ];
    const left = [...links, ...listFiles(dir)];
    expect(left.length).toBeGreaterThan(5);
    expect((await Promise.all(left.map((file) => keysFrom(file, secrets)))).flat()).toEqual([]);
    for (const file of left) expect(await recipeOpens(file, secrets, forensic), file).toBe(false);
    // The copy kept elsewhere is out of reach and still opens: SECURITY.md says so.
    expect(await keysFrom(outside, secrets.slice(0, 1))).toHaveLength(1);

    // The next start is a first run.
    const fresh = session(dir);
    await fresh.create(PASSPHRASE);
    await fresh.lock();
  });

  it('works from a locked or a damaged vault, and only with the exact confirmation', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    fs.writeFileSync(path.join(dir, 'vault.db'), 'damaged beyond repair');
    const app = createApp({ dataDir: dir, kdf: CHEAP_KDF, dialogs: {} as never });
    expect(await app.call('vault:status', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await app.call('vault:wipe', { confirm: 'yes' } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(fs.existsSync(path.join(dir, 'keyslots.json'))).toBe(true);
    expect(await app.call('vault:wipe', { confirm: WIPE_CONFIRMATION })).toEqual({ ok: true, value: {} });
    expect(await app.call('vault:status', {})).toEqual({ ok: true, value: { state: 'absent' } });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
