import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../db/vault/backup-archive';
import { getVaultSetting, setVaultSetting } from '../../../db/settings/settings.queries';
import type { VaultEvent } from '../../../db/vault/vault-session';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../../support/cheap-kdf';
import { hashTree } from '../../support/file-hashes';
import { tempDir } from '../../support/temp-dir';
import { session } from '../../support/vault-fixture';

const DAY = 24 * 60 * 60 * 1000;

/** A vault with a group name in it, unlocked, and the folder its manual backup goes to. */
async function vaultWith(groupName: string) {
  const dir = tempDir();
  const vault = session(dir);
  const recoveryCode = await vault.create(PASSPHRASE);
  await setVaultSetting(vault.db, 'groupName', groupName);
  return { dir, vault, recoveryCode };
}

describe('backups', () => {
  it('backupTo writes a verified archive that carries the key slots', async () => {
    const { dir, vault } = await vaultWith('Collectif A');
    const target = path.join(tempDir(), 'today.parloir-backup');
    const bytes = await vault.backupTo(target);
    expect(fs.statSync(target).size).toBe(bytes);
    const contents = await readArchive(target);
    expect(contents.manifest).toMatchObject({ format: 'parloir-backup', kind: 'manual' });
    expect(contents.keyslotsText).toBe(fs.readFileSync(`${dir}/keyslots.json`, 'utf8'));
    expect(contents.hasWal).toBe(false);
    // The database inside is encrypted: no SQLite header, no trace of what is in it.
    const extracted = tempDir();
    await readArchive(target, extracted);
    const raw = fs.readFileSync(path.join(extracted, 'vault.db'));
    expect(raw.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(raw.includes(Buffer.from('Collectif A'))).toBe(false);
    await expect(vault.backupTo(target)).rejects.toMatchObject({ code: 'BACKUP_FAILED' });
    await vault.lock();
    await expect(vault.backupTo(path.join(tempDir(), 'x.parloir-backup'))).rejects.toMatchObject({
      code: 'VAULT_LOCKED',
    });
  });

  it('takes an automatic backup on unlock at most once a day and keeps the newest 7', async () => {
    const dir = tempDir();
    let now = new Date('2026-01-01T09:00:00Z');
    const clock = () => now;
    const first = session(dir, { now: clock });
    await first.create(PASSPHRASE);
    await first.lock();
    const autoBackups = () =>
      fs
        .readdirSync(path.join(dir, 'backups'))
        .filter((n) => n.startsWith('parloir-auto-'))
        .sort();

    const vault = session(dir, { now: clock });
    expect((await vault.unlock('passphrase', PASSPHRASE)).autoBackup).toBe('written');
    await vault.lock();
    now = new Date(now.getTime() + DAY - 1000);
    expect((await vault.unlock('passphrase', PASSPHRASE)).autoBackup).toBe('not-due');
    await vault.lock();
    expect(autoBackups()).toEqual(['parloir-auto-2026-01-01T09-00-00Z.parloir-backup']);

    for (let day = 0; day < 9; day += 1) {
      now = new Date(now.getTime() + DAY);
      expect((await vault.unlock('passphrase', PASSPHRASE)).autoBackup).toBe('written');
      await vault.lock();
    }
    const kept = autoBackups();
    expect(kept).toHaveLength(7);
    expect(kept.at(-1)).toBe(
      `parloir-auto-${now
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replace(/:/g, '-')}.parloir-backup`,
    );
    expect(kept[0]).toBe('parloir-auto-2026-01-05T08-59-59Z.parloir-backup');
    for (const name of kept) expect((await readArchive(path.join(dir, 'backups', name))).manifest.kind).toBe('auto');
  });

  it('restore with a wrong secret replaces nothing', async () => {
    const { dir, vault } = await vaultWith('Before');
    const backup = path.join(tempDir(), 'b.parloir-backup');
    await vault.backupTo(backup);
    await vault.lock();
    const before = hashTree(dir);
    await expect(vault.restore(backup, 'passphrase', OTHER_PASSPHRASE)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await expect(vault.restore(backup, 'recoveryCode', 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    expect(hashTree(dir)).toEqual(before);
    expect(vault.isUnlocked).toBe(false);
  });

  it('restore with the right secret brings the backup back and keeps the current vault as a pre-restore backup', async () => {
    const { dir, vault, recoveryCode } = await vaultWith('From the backup');
    const backup = path.join(tempDir(), 'b.parloir-backup');
    await vault.backupTo(backup);
    await setVaultSetting(vault.db, 'groupName', 'Written after the backup');
    await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    const events: VaultEvent[] = [];
    vault.onEvent((event) => events.push(event));

    const { preRestoreBackup } = await vault.restore(backup, 'recoveryCode', recoveryCode.toLowerCase());
    expect(events).toEqual(['restored']);
    expect(vault.isUnlocked).toBe(true);
    expect(await getVaultSetting(vault.db, 'groupName')).toBe('From the backup');
    await vault.lock();
    // The key slots came back with the database: the passphrase of the backup's day opens it.
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();

    expect(preRestoreBackup).not.toBeNull();
    const kept = await readArchive(preRestoreBackup ?? '');
    expect(kept.manifest.kind).toBe('pre-restore');
    expect(path.dirname(preRestoreBackup ?? '')).toBe(path.join(dir, 'backups'));
    // The vault that was replaced is still there, whole: restoring it brings back what was written after.
    await vault.restore(preRestoreBackup ?? '', 'passphrase', OTHER_PASSPHRASE);
    expect(await getVaultSetting(vault.db, 'groupName')).toBe('Written after the backup');
    await vault.lock();
    expect(fs.readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('restore into an empty folder (a new computer) needs no current vault', async () => {
    const { vault, recoveryCode } = await vaultWith('Moved');
    const backup = path.join(tempDir(), 'b.parloir-backup');
    await vault.backupTo(backup);
    await vault.lock();
    const fresh = session(tempDir());
    expect((await fresh.restore(backup, 'recoveryCode', recoveryCode)).preRestoreBackup).toBeNull();
    expect(await getVaultSetting(fresh.db, 'groupName')).toBe('Moved');
    await fresh.lock();
  });

  it('a truncated or garbage backup file is BACKUP_INVALID and changes nothing', async () => {
    const { dir, vault } = await vaultWith('Kept');
    const backup = path.join(tempDir(), 'b.parloir-backup');
    await vault.backupTo(backup);
    await vault.lock();
    expect((await vault.unlock('passphrase', PASSPHRASE)).autoBackup).toBe('written');
    await vault.lock();
    // Files compared closed (an open vault's pages sit in its WAL until the checkpoint on close).
    const before = hashTree(dir);
    expect((await vault.unlock('passphrase', PASSPHRASE)).autoBackup).toBe('not-due');
    const full = fs.readFileSync(backup);
    const truncated = path.join(tempDir(), 'truncated.parloir-backup');
    fs.writeFileSync(truncated, full.subarray(0, Math.floor(full.length * 0.6)));
    const garbage = path.join(tempDir(), 'garbage.parloir-backup');
    fs.writeFileSync(garbage, Buffer.from('this is not a backup at all, just some text\n'.repeat(40)));
    const empty = path.join(tempDir(), 'empty.parloir-backup');
    fs.writeFileSync(empty, '');
    for (const file of [truncated, garbage, empty]) {
      await expect(vault.restore(file, 'passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
      expect(vault.isUnlocked).toBe(true);
    }
    expect(await getVaultSetting(vault.db, 'groupName')).toBe('Kept');
    await vault.lock();
    expect(hashTree(dir)).toEqual(before);
  });

  it('a backup whose database bytes were damaged is BACKUP_INVALID', async () => {
    const { vault } = await vaultWith('Kept');
    const backup = path.join(tempDir(), 'b.parloir-backup');
    await vault.backupTo(backup);
    const bytes = fs.readFileSync(backup);
    // tar: 512-byte headers; the database entry is the last and largest, so a byte near the end of the file is in it.
    const offset = bytes.length - 1024 - 2000;
    bytes[offset] = (bytes[offset] ?? 0) ^ 0x10;
    fs.writeFileSync(backup, bytes);
    await expect(vault.restore(backup, 'passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
    expect(vault.isUnlocked).toBe(true);
    await vault.lock();
  });

  it('when a restore fails after closing the open vault, the session says locked so the host drops what it showed', async () => {
    const { dir, vault } = await vaultWith('Shown on screen');
    const backup = path.join(tempDir(), 'b.parloir-backup');
    await vault.backupTo(backup);
    await vault.lock();
    // backups/ is a file: keeping the current vault aside fails, after the vault was closed for it.
    fs.writeFileSync(path.join(dir, 'backups'), 'in the way');
    const before = hashTree(dir);
    expect((await vault.unlock('passphrase', PASSPHRASE)).autoBackup).toBe('failed');
    const events: VaultEvent[] = [];
    vault.onEvent((event) => events.push(event));
    await expect(vault.restore(backup, 'passphrase', PASSPHRASE)).rejects.toThrow();
    expect(vault.isUnlocked).toBe(false);
    expect(events).toEqual(['locked']);
    expect(hashTree(dir)).toEqual(before);
    fs.rmSync(path.join(dir, 'backups'));
    await vault.unlock('passphrase', PASSPHRASE);
    expect(await getVaultSetting(vault.db, 'groupName')).toBe('Shown on screen');
    await vault.lock();
  });
});
