import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { REQUIRED_PRAGMAS } from '../../../db/vault/open-database';
import { readKeySlotFile } from '../../../db/vault/keyslots';
import { getVaultSetting, setVaultSetting } from '../../../db/settings/settings.queries';
import { OTHER_PASSPHRASE, PASSPHRASE } from '../../support/cheap-kdf';
import { hashTree } from '../../support/file-hashes';
import { tempDir } from '../../support/temp-dir';
import { lockedVault, session } from '../../support/vault-fixture';

const THIRD_PASSPHRASE = 'escargot boussole migrateur grenadine falaise';

describe('vault lifecycle', () => {
  it('creates a vault that is unlocked at once and holds what is written after a lock and unlock', async () => {
    const dir = tempDir();
    const vault = session(dir);
    expect(vault.status()).toEqual({ state: 'absent' });
    const code = await vault.create(PASSPHRASE);
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    expect(vault.status()).toEqual({ state: 'unlocked' });
    await setVaultSetting(vault.db, 'groupName', 'Collectif des Lilas');
    await vault.lock();
    expect(vault.status()).toEqual({ state: 'locked' });
    expect(() => vault.db).toThrow(expect.objectContaining({ code: 'VAULT_LOCKED' }));
    expect(fs.readdirSync(dir).sort()).toEqual(['keyslots.json', 'vault.db']);
    await vault.unlock('passphrase', PASSPHRASE);
    expect(await getVaultSetting(vault.db, 'groupName')).toBe('Collectif des Lilas');
    await vault.lock();
  });

  it('refuses a weak passphrase at creation and writes nothing', async () => {
    const dir = tempDir();
    await expect(session(dir).create('motdepasse')).rejects.toMatchObject({ code: 'WEAK_PASSPHRASE' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('answers WRONG_PASSPHRASE to a wrong secret and changes no byte of any file', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const before = hashTree(dir);
    const vault = session(dir);
    await expect(vault.unlock('passphrase', `${PASSPHRASE}!`)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(vault.unlock('recoveryCode', 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await expect(vault.unlock('recoveryCode', 'not a code')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(hashTree(dir)).toEqual(before);
    expect(vault.isUnlocked).toBe(false);
  });

  it('unlocks with the recovery code however it is written down', async () => {
    const dir = tempDir();
    const { recoveryCode } = await lockedVault(dir);
    const bare = recoveryCode.replace(/-/g, '');
    const spaced = bare.replace(/(.{5})(?!$)/g, '$1 ');
    for (const written of [recoveryCode, spaced, bare.toLowerCase(), ` ${spaced.toLowerCase()} `]) {
      const vault = session(dir);
      await vault.unlock('recoveryCode', written);
      expect(vault.isUnlocked).toBe(true);
      await vault.lock();
    }
    // The recovery code is not a passphrase: each secret only opens its own kind of slot.
    await expect(session(dir).unlock('passphrase', recoveryCode)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
  });

  it('changes the passphrase: the old one is refused, the new one and the recovery code open the vault', async () => {
    const dir = tempDir();
    const { recoveryCode } = await lockedVault(dir);
    const vault = session(dir);
    await vault.unlock('passphrase', PASSPHRASE);
    await expect(vault.changePassphrase(`${PASSPHRASE}x`, OTHER_PASSPHRASE)).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await expect(vault.changePassphrase(PASSPHRASE, 'azerty123')).rejects.toMatchObject({ code: 'WEAK_PASSPHRASE' });
    await vault.changePassphrase(PASSPHRASE, OTHER_PASSPHRASE);
    await vault.lock();
    await expect(vault.unlock('passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await vault.unlock('passphrase', OTHER_PASSPHRASE);
    await vault.lock();
    await vault.unlock('recoveryCode', recoveryCode);
    await vault.changePassphrase(OTHER_PASSPHRASE, THIRD_PASSPHRASE);
    await vault.lock();
    await vault.unlock('passphrase', THIRD_PASSPHRASE);
    await vault.lock();
    expect(
      readKeySlotFile(vault.paths.keyslots)
        .slots.map((s) => s.kind)
        .sort(),
    ).toEqual(['passphrase', 'recoveryCode']);
  });

  it('makes a new recovery code that replaces the old one, after checking the passphrase', async () => {
    const dir = tempDir();
    const { recoveryCode: old } = await lockedVault(dir);
    const vault = session(dir);
    await vault.unlock('passphrase', PASSPHRASE);
    await expect(vault.newRecoveryCode(OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    const { recoveryCode: fresh } = await vault.newRecoveryCode(PASSPHRASE);
    expect(fresh).not.toBe(old);
    await vault.lock();
    await expect(vault.unlock('recoveryCode', old)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await vault.unlock('recoveryCode', fresh);
    await vault.lock();
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
  });

  it('refuses to create over an existing vault and leaves it byte for byte', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const before = hashTree(dir);
    await expect(session(dir).create(OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
    expect(hashTree(dir)).toEqual(before);
    // Even with the key slots gone, the database is somebody's data: never replaced by an empty one.
    fs.rmSync(`${dir}/keyslots.json`);
    const withoutSlots = hashTree(dir);
    await expect(session(dir).create(OTHER_PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
    expect(hashTree(dir)).toEqual(withoutSlots);
  });

  it('runs the open connection with every required pragma', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const vault = session(dir);
    await vault.unlock('passphrase', PASSPHRASE);
    // Asked through the session's own query builder, so the answers come from the connection the app uses.
    const actual: Record<string, unknown> = {};
    for (const name of Object.keys(REQUIRED_PRAGMAS)) {
      const { rows } = await sql<Record<string, unknown>>`PRAGMA ${sql.raw(name)}`.execute(vault.db);
      actual[name] = rows[0]?.[name];
    }
    expect(actual).toEqual(REQUIRED_PRAGMAS);
    const { rows } = await sql<{ locking_mode: string }>`PRAGMA locking_mode`.execute(vault.db);
    expect(rows[0]?.locking_mode).toBe('exclusive');
    await vault.lock();
  });

  it('zeroes every database-key buffer it held when it locks', async () => {
    const dir = tempDir();
    const keys: Uint8Array[] = [];
    const vault = session(dir, { observeKey: (key) => keys.push(key) });
    await vault.create(PASSPHRASE);
    await vault.lock();
    await vault.unlock('passphrase', PASSPHRASE);
    expect(keys).toHaveLength(2);
    expect(keys[1]?.some((byte) => byte !== 0)).toBe(true);
    await vault.lock();
    for (const key of keys) {
      expect(key).toHaveLength(32);
      expect(key.every((byte) => byte === 0)).toBe(true);
    }
  });

  it('zeroes the key when the secret is right but the vault does not open', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const database = `${dir}/vault.db`;
    const bytes = fs.readFileSync(database);
    bytes.fill(0x55, 4096, 8192); // page 2 destroyed: the key unwraps, the database fails its check
    fs.writeFileSync(database, bytes);
    const keys: Uint8Array[] = [];
    await expect(
      session(dir, { observeKey: (key) => keys.push(key) }).unlock('passphrase', PASSPHRASE),
    ).rejects.toMatchObject({
      code: 'VAULT_CORRUPT',
    });
    expect(keys).toHaveLength(1);
    expect(keys[0]?.every((byte) => byte === 0)).toBe(true);
  });

  it('clears what an interrupted change, create or restore left in the data dir, once it holds the vault', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const leftovers = ['.keyslots.json.4242.1795691352219.tmp', '.vault.db.creating-0b7e', '.restore-5c1d'];
    fs.writeFileSync(`${dir}/${leftovers[0]}`, '{"half": "written"');
    fs.writeFileSync(`${dir}/${leftovers[1]}`, 'half-built database');
    fs.mkdirSync(`${dir}/${leftovers[2]}`);
    fs.writeFileSync(`${dir}/${leftovers[2]}/vault.db`, 'unpacked backup');
    fs.writeFileSync(`${dir}/.preferences.json.4242.1795691352219.tmp`, '{}');
    const vault = session(dir);
    await expect(vault.unlock('passphrase', `${PASSPHRASE}?`)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(fs.readdirSync(dir)).toEqual(expect.arrayContaining(leftovers));
    await vault.unlock('passphrase', PASSPHRASE);
    // Only what belongs to the vault: preferences are written while locked, possibly by another process.
    expect(
      fs
        .readdirSync(dir)
        .filter((name) => name.startsWith('.'))
        .sort(),
    ).toEqual(['.preferences.json.4242.1795691352219.tmp']);
    await vault.lock();
  });
});
