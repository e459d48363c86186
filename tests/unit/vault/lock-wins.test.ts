import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getVaultSetting, setVaultSetting } from '../../../db/settings/settings.queries';
import type { SessionStep, VaultSession } from '../../../db/vault/vault-session';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../../support/cheap-kdf';
import { hashTree } from '../../support/file-hashes';
import { tempDir } from '../../support/temp-dir';
import { lockedVault, session } from '../../support/vault-fixture';

/** A session whose `step` hook the test sets after creating it (the hook needs the session to lock it). */
function sessionWithHook(dir: string): { vault: VaultSession; onStep: { current: (step: SessionStep) => void } } {
  const onStep = { current: (_step: SessionStep) => undefined as void };
  const vault = session(dir, { onStep: (step) => onStep.current(step) });
  return { vault, onStep };
}

/**
 * A copy of a real backup whose vault.db entry claims 4 GiB: the header is patched (size, checksum) and the file
 * extended sparsely, so it costs no disk here but takes a restore long to read.
 */
function claimHugeDatabase(real: string, out: string): void {
  const bytes = fs.readFileSync(real);
  let offset = 0;
  while (
    bytes
      .subarray(offset, offset + 100)
      .toString('latin1')
      .replace(/\0.*$/s, '') !== 'vault.db'
  ) {
    const size = parseInt(
      bytes
        .subarray(offset + 124, offset + 136)
        .toString('latin1')
        .replace(/\0.*$/s, '')
        .trim(),
      8,
    );
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  const header = Buffer.from(bytes.subarray(offset, offset + 512));
  const huge = 4 * 1024 * 1024 * 1024;
  header.write(`${huge.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  header.fill(0x20, 148, 156);
  const checksum = header.reduce((sum, byte) => sum + byte, 0);
  header.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  fs.writeFileSync(out, Buffer.concat([bytes.subarray(0, offset), header]));
  fs.truncateSync(out, offset + 512 + huge + 1024);
}

const strays = (dir: string) =>
  fs.readdirSync(dir).filter((name) => name.startsWith('.') || name === 'swap-journal.json');

describe('lock wins', () => {
  it('over a restore of a huge hostile file: the lock completes at once, nothing changes, nothing is left', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const vault = session(dir);
    await vault.unlock('passphrase', PASSPHRASE);
    const real = path.join(tempDir(), 'real.parloir-backup');
    await vault.backupTo(real);
    const hostile = path.join(tempDir(), 'huge.parloir-backup');
    claimHugeDatabase(real, hostile);
    // The open vault's WAL goes at lock; every other file must stay as it is.
    const withoutWal = (tree: Record<string, string>) =>
      Object.fromEntries(Object.entries(tree).filter(([name]) => !name.endsWith('-wal')));
    const before = withoutWal(hashTree(dir));

    let locking: Promise<void> | undefined;
    // Once the restore is copying the 4 GiB it was promised into its staging folder.
    const watcher = fs.watch(dir, { recursive: true }, (_event, name) => {
      if (name && /^\.restore-[^/]+\/vault\.db$/.test(name) && !locking) locking = vault.lock();
    });
    try {
      await expect(vault.restore(hostile, 'passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    } finally {
      watcher.close();
    }
    await locking;
    expect(vault.isUnlocked).toBe(false);
    expect(strays(dir)).toEqual([]);
    expect(withoutWal(hashTree(dir))).toEqual(before);
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
  });

  it('over a key derivation under way: the worker is stopped and the vault stays locked', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const { vault, onStep } = sessionWithHook(dir);
    let locking: Promise<void> | undefined;
    onStep.current = (step) => {
      // The next turn of the event loop: the worker has been started and is deriving.
      if (step === 'deriving') setImmediate(() => (locking = vault.lock()));
    };
    await expect(vault.unlock('passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    await locking;
    expect(vault.isUnlocked).toBe(false);
    onStep.current = () => undefined;
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
  });

  it('over a change of passphrase: the change is abandoned whole and the old passphrase still opens', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const { vault, onStep } = sessionWithHook(dir);
    await vault.unlock('passphrase', PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'Gardé');
    fs.mkdirSync(path.join(dir, 'backups'), { recursive: true });
    await vault.backupTo(path.join(dir, 'backups', 'one.parloir-backup'));
    const backups = hashTree(path.join(dir, 'backups'));
    let locking: Promise<void> | undefined;
    onStep.current = (step) => {
      if (step === 'backups-staged') locking = vault.lock();
    };
    await expect(vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    await locking;
    expect(vault.isUnlocked).toBe(false);
    expect(strays(dir)).toEqual([]);
    expect(hashTree(path.join(dir, 'backups'))).toEqual(backups);
    onStep.current = () => undefined;
    await expect(vault.unlock('passphrase', OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await vault.unlock('passphrase', PASSPHRASE);
    expect(await getVaultSetting(vault.db, 'groupName')).toBe('Gardé');
    await vault.lock();
  });

  it('over a backup being written: it stops and leaves no partial file in the chosen folder', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const vault = session(dir);
    await vault.unlock('passphrase', PASSPHRASE);
    const folder = tempDir();
    let locking: Promise<void> | undefined;
    const watcher = fs.watch(folder, (_event, name) => {
      if (name?.endsWith('.partial') && !locking) locking = vault.lock();
    });
    try {
      await expect(vault.backupTo(path.join(folder, 'usb.parloir-backup'))).rejects.toMatchObject({
        code: 'VAULT_LOCKED',
      });
    } finally {
      watcher.close();
    }
    await locking;
    expect(vault.isUnlocked).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(strays(dir)).toEqual([]);
  });
});
