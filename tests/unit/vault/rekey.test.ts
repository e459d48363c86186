import fs from 'node:fs';
import path from 'node:path';
import sodium from 'libsodium-wrappers-sumo';
import { describe, expect, it } from 'vitest';
import { getVaultSetting, setVaultSetting } from '../../../db/settings/settings.queries';
import { readArchive, writeArchive } from '../../../db/vault/backup-archive';
import { DEFAULT_KDF, SLOT_KDF_BOUNDS } from '../../../db/vault/kdf';
import { readKeySlotFile, serializeKeySlotFile, type KeySlotFile } from '../../../db/vault/keyslots';
import { VaultSession } from '../../../db/vault/vault-session';
import { CHEAP_KDF, OTHER_PASSPHRASE, PASSPHRASE } from '../../support/cheap-kdf';
import { listFiles } from '../../support/file-hashes';
import { downgradeToFormat1 } from '../../support/legacy-slots';
import { keyOpens, keysFrom, type KnownSecret } from '../../support/secret-attack';
import { tempDir } from '../../support/temp-dir';
import { lockedVault, session } from '../../support/vault-fixture';

const THIRD_PASSPHRASE = 'grenadine tournesol escalier brume ardoise';
const DAY = 24 * 60 * 60 * 1000;

/** Copies every file of the data folder aside: what a forensic copy of the disk holds of this moment. */
function snapshot(dir: string, into: string): void {
  for (const file of listFiles(dir)) {
    const target = path.join(into, path.relative(dir, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
}

async function everyKey(files: string[], secrets: KnownSecret[]): Promise<Uint8Array[]> {
  return (await Promise.all(files.map((file) => keysFrom(file, secrets)))).flat();
}

describe('re-keying on every change of secret', () => {
  it('old secrets, with any file the data folder ever held, do not open the current vault', async () => {
    const dir = tempDir();
    const forensic = tempDir();
    let now = new Date('2026-03-01T09:00:00Z');
    const vault = session(dir, { now: () => now });
    const oldCode = await vault.create(PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'Avant');
    await vault.lock();
    now = new Date(now.getTime() + DAY);
    expect((await vault.unlock('passphrase', PASSPHRASE)).autoBackup).toBe('written');
    await vault.backupTo(path.join(dir, 'backups', 'parloir-manual-in-folder.parloir-backup'));
    snapshot(dir, path.join(forensic, '1'));

    const changed = await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    expect(changed).toEqual({ backupsReencrypted: 2, backupsRemoved: 0, recoveryCode: null });
    snapshot(dir, path.join(forensic, '2'));
    const { recoveryCode: newCode } = await vault.newRecoveryCode(OTHER_PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'Après');
    await vault.lock();
    snapshot(dir, path.join(forensic, '3'));

    const oldSecrets: KnownSecret[] = [
      { method: 'passphrase', secret: PASSPHRASE },
      { method: 'recoveryCode', secret: oldCode },
    ];
    const everything = [...listFiles(forensic), ...listFiles(dir)];
    const oldKeys = await everyKey(everything, oldSecrets);
    // The old secrets do open the old files (the attack is real), but no key they give opens today's vault.
    expect(oldKeys.length).toBeGreaterThan(0);
    for (const key of oldKeys) expect(keyOpens(path.join(dir, 'vault.db'), key)).toBe(false);
    // And nothing left in the data folder today opens with them: the backups were re-encrypted.
    expect(await everyKey(listFiles(dir), oldSecrets)).toEqual([]);

    const current = await everyKey(listFiles(path.join(dir, 'backups')), [
      { method: 'passphrase', secret: OTHER_PASSPHRASE },
    ]);
    expect(current).toHaveLength(2);
    const reopened = session(dir);
    await reopened.unlock('recoveryCode', newCode);
    expect(await getVaultSetting(reopened.db, 'groupName')).toBe('Après');
    await reopened.lock();
  });

  it('re-encrypts the backups the old key opens, with their contents, and removes the ones it does not', async () => {
    const dir = tempDir();
    const vault = session(dir);
    await vault.create(PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'Dans la sauvegarde');
    fs.mkdirSync(path.join(dir, 'backups'));
    await vault.backupTo(path.join(dir, 'backups', 'ours.parloir-backup'));
    // A backup of another vault (another key set) and a partial archive an interrupted write left.
    const other = tempDir();
    const otherVault = session(other);
    await otherVault.create(THIRD_PASSPHRASE);
    await otherVault.backupTo(path.join(dir, 'backups', 'theirs.parloir-backup'));
    await otherVault.lock();
    fs.copyFileSync(
      path.join(dir, 'backups', 'ours.parloir-backup'),
      path.join(dir, 'backups', 'cut.parloir-backup.partial'),
    );
    await setVaultSetting(vault.db, 'groupName', 'Après la sauvegarde');

    expect(await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE)).toMatchObject({
      backupsReencrypted: 1,
      backupsRemoved: 1,
    });
    await vault.lock();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual(['ours.parloir-backup']);

    const restoredInto = tempDir();
    const fresh = session(restoredInto);
    await fresh.restore(path.join(dir, 'backups', 'ours.parloir-backup'), 'passphrase', OTHER_PASSPHRASE);
    expect(await getVaultSetting(fresh.db, 'groupName')).toBe('Dans la sauvegarde');
    await fresh.lock();
  });

  it('a restore re-keys: the backup file opens what it was, never what the vault becomes', async () => {
    const dir = tempDir();
    const vault = session(dir);
    const code = await vault.create(PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'Sauvegardé');
    const backup = path.join(tempDir(), 'usb.parloir-backup');
    await vault.backupTo(backup);
    const outcome = await vault.restore(backup, 'recoveryCode', code);
    expect(outcome).toMatchObject({ rekeyed: true, backupsReencrypted: 0, backupsRemoved: 0 });
    await setVaultSetting(vault.db, 'groupName', 'Ajouté après la restauration');
    await vault.lock();

    const backupKeys = await keysFrom(backup, [{ method: 'passphrase', secret: PASSPHRASE }]);
    expect(backupKeys).toHaveLength(1);
    expect(keyOpens(path.join(dir, 'vault.db'), backupKeys[0] ?? new Uint8Array())).toBe(false);
    // The backup's secrets are the restored vault's: both still open it.
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
    await vault.unlock('recoveryCode', code);
    expect(await getVaultSetting(vault.db, 'groupName')).toBe('Ajouté après la restauration');
    await vault.lock();
  });

  it('reports progress while it re-keys, and none once done', async () => {
    const dir = tempDir();
    const phases = new Set<string>();
    const vault: VaultSession = session(dir, {
      onStep: () => {
        const progress = vault.progress();
        if (progress) phases.add(progress.phase);
      },
    });
    await vault.create(PASSPHRASE);
    fs.mkdirSync(path.join(dir, 'backups'));
    await vault.backupTo(path.join(dir, 'backups', 'one.parloir-backup'));
    await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    expect([...phases].sort()).toEqual(['backups', 'keys', 'swap', 'vault']);
    expect(vault.progress()).toBeNull();
    await vault.lock();
  });
});

/** The same backup with other key slots inside, as someone could hand over. */
async function repackWithSlots(backup: string, keyslots: string): Promise<string> {
  const work = tempDir();
  const contents = await readArchive(backup, work);
  const out = path.join(tempDir(), 'repacked.parloir-backup');
  await writeArchive(out, { manifest: contents.manifest, keyslots, database: path.join(work, 'vault.db') });
  return out;
}

describe('key slots read from disk', () => {
  it('refuses a slot asking for a hostile key derivation cost before deriving anything', async () => {
    const dir = tempDir();
    const vault = session(dir);
    await vault.create(PASSPHRASE);
    const backup = path.join(tempDir(), 'b.parloir-backup');
    await vault.backupTo(backup);
    await vault.lock();
    const file = readKeySlotFile(path.join(dir, 'keyslots.json'));
    for (const kdf of [
      { opslimit: 1, memlimit: 4 * 1024 * 1024 * 1024 },
      { opslimit: 64, memlimit: 8192 },
    ]) {
      const hostile = {
        ...file,
        slots: file.slots.map((slot) => ({ ...slot, kdf: { ...slot.kdf, ...kdf } })),
      } as KeySlotFile;
      fs.writeFileSync(path.join(dir, 'keyslots.json'), JSON.stringify(hostile));
      await expect(session(dir).unlock('passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'KEYSLOTS_DAMAGED' });
      await expect(new VaultSession({ dataDir: dir }).unlock('passphrase', PASSPHRASE)).rejects.toMatchObject({
        code: 'KEYSLOTS_DAMAGED',
      });
      const fresh = tempDir();
      const hostileBackup = await repackWithSlots(backup, JSON.stringify(hostile));
      await expect(session(fresh).restore(hostileBackup, 'passphrase', PASSPHRASE)).rejects.toMatchObject({
        code: 'BACKUP_INVALID',
      });
    }
    expect(SLOT_KDF_BOUNDS.max.memlimit).toBe(4 * DEFAULT_KDF.memlimit);
  });

  it('strengthens a slot weaker than today’s cost at the unlock that proves its secret', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const stronger = { opslimit: 2, memlimit: 16384 };
    const vault = session(dir, { kdf: stronger });
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
    const slots = readKeySlotFile(path.join(dir, 'keyslots.json')).slots;
    expect(slots.find((s) => s.kind === 'passphrase')?.kdf).toMatchObject(stronger);
    // The recovery code was not typed: its slot keeps its cost until it is.
    expect(slots.find((s) => s.kind === 'recoveryCode')?.kdf).toMatchObject(CHEAP_KDF);
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
  });

  it('refuses a slot file whose public key was swapped for someone else’s', async () => {
    const dir = tempDir();
    const vault = session(dir);
    await vault.create(PASSPHRASE);
    await vault.lock();
    await sodium.ready;
    const file = readKeySlotFile(path.join(dir, 'keyslots.json'));
    const foreign = sodium.to_base64(sodium.crypto_box_keypair().publicKey, sodium.base64_variants.ORIGINAL);
    const swapped = {
      ...file,
      slots: file.slots.map((slot) => (slot.kind === 'recoveryCode' ? { ...slot, publicKey: foreign } : slot)),
    };
    fs.writeFileSync(path.join(dir, 'keyslots.json'), serializeKeySlotFile(swapped as KeySlotFile));
    await expect(vault.unlock('passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'KEYSLOTS_DAMAGED' });
  });
});

describe('vaults made by Parloir 0.1 (key slots format 1)', () => {
  it('open with either secret, each slot rewritten in the new format when its secret is typed', async () => {
    const dir = tempDir();
    const { recoveryCode } = await lockedVault(dir);
    await downgradeToFormat1(dir, recoveryCode);
    const vault = session(dir);
    await vault.unlock('recoveryCode', recoveryCode);
    await vault.lock();
    const slots = readKeySlotFile(path.join(dir, 'keyslots.json')).slots;
    expect(slots.find((s) => s.kind === 'recoveryCode')).toHaveProperty('sealedKey');
    expect(slots.find((s) => s.kind === 'passphrase')).toHaveProperty('wrap');
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
    expect(readKeySlotFile(path.join(dir, 'keyslots.json')).slots.every((s) => 'sealedKey' in s)).toBe(true);
  });

  it('open, get the slot typed rewritten, and get a new recovery code with their first re-key', async () => {
    const dir = tempDir();
    const vault = session(dir);
    const oldCode = await vault.create(PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'Ancien format');
    await vault.lock();
    await downgradeToFormat1(dir, oldCode);

    await vault.unlock('passphrase', PASSPHRASE);
    const upgraded = readKeySlotFile(path.join(dir, 'keyslots.json'));
    expect(upgraded.version).toBe(2);
    expect(upgraded.slots.find((s) => s.kind === 'passphrase')).toHaveProperty('sealedKey');
    expect(upgraded.slots.find((s) => s.kind === 'recoveryCode')).toHaveProperty('wrap');

    const { recoveryCode } = await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    expect(recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    await vault.lock();
    await expect(vault.unlock('recoveryCode', oldCode)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await vault.unlock('recoveryCode', recoveryCode ?? '');
    expect(await getVaultSetting(vault.db, 'groupName')).toBe('Ancien format');
    await vault.lock();
  });
});
