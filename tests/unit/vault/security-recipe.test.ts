import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setVaultSetting } from '../../../db/settings/settings.queries';
import { SQLite } from '../../../db/vault/sqlite';
import { normalizeRecoveryCode } from '../../../shared/vault/recovery-code';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { downgradeToFormat1 } from '../../support/legacy-slots';
import { keyFromRecipe, PYTHON } from '../../support/security-recipe';
import { tempDir } from '../../support/temp-dir';
import { session } from '../../support/vault-fixture';

/** Opens vault.db with nothing but the three pragmas SECURITY.md gives, and reads it. */
function readWithDocumentedPragmas(
  file: string,
  keyHex: string,
): { tables: string[]; groupName: unknown; applicationId: unknown } {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${keyHex}'"`);
    const tables = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
    ).map((r) => r.name);
    const group = db.prepare(`SELECT value FROM settings WHERE key = 'groupName'`).get() as
      { value: string } | undefined;
    return {
      tables,
      groupName: group ? JSON.parse(group.value) : undefined,
      applicationId: db.pragma('application_id', { simple: true }),
    };
  } finally {
    db.close();
  }
}

describe('SECURITY.md: decrypting a vault without Parloir', () => {
  it('the documented Python recipe unwraps the key from either slot, and the documented pragmas open vault.db', async () => {
    expect(execFileSync(PYTHON, ['-c', 'import nacl; print("ok")']).toString().trim()).toBe('ok');
    const dir = tempDir();
    const vault = session(dir);
    const recoveryCode = await vault.create(PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'Collectif de test');
    await vault.lock();
    const keyslots = path.join(dir, 'keyslots.json');

    const fromPassphrase = await keyFromRecipe(keyslots, PASSPHRASE, 'passphrase');
    expect(fromPassphrase).toMatch(/^[0-9a-f]{64}$/);
    // As SECURITY.md says to write it down: 25 symbols, capitals, no dashes.
    const fromCode = await keyFromRecipe(keyslots, normalizeRecoveryCode(recoveryCode) ?? '', 'recoveryCode');
    expect(fromCode).toBe(fromPassphrase);

    const read = readWithDocumentedPragmas(path.join(dir, 'vault.db'), fromPassphrase);
    expect(read.tables).toEqual(expect.arrayContaining(['meta', 'settings', 'kysely_migration']));
    expect(read.groupName).toBe('Collectif de test');
    expect(read.applicationId).toBe(0x50524c52);
  });

  it('the recipe also reads key slots written by Parloir 0.1 (format 1)', async () => {
    const dir = tempDir();
    const vault = session(dir);
    const recoveryCode = await vault.create(PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'Format 1');
    await vault.lock();
    await downgradeToFormat1(dir, recoveryCode);
    const keyslots = path.join(dir, 'keyslots.json');
    const key = await keyFromRecipe(keyslots, PASSPHRASE, 'passphrase');
    expect(await keyFromRecipe(keyslots, normalizeRecoveryCode(recoveryCode) ?? '', 'recoveryCode')).toBe(key);
    expect(readWithDocumentedPragmas(path.join(dir, 'vault.db'), key).groupName).toBe('Format 1');
  });

  it('the recipe refuses a wrong secret', async () => {
    const dir = tempDir();
    const vault = session(dir);
    await vault.create(PASSPHRASE);
    await vault.lock();
    await expect(keyFromRecipe(path.join(dir, 'keyslots.json'), `${PASSPHRASE}.`, 'passphrase')).rejects.toMatchObject({
      stderr: expect.stringContaining('wrong secret'),
    });
  });

  it('a backup is a plain tar: vault.db and keyslots.json from it, put in an empty folder, are a working vault', async () => {
    const dir = tempDir();
    const vault = session(dir);
    await vault.create(PASSPHRASE);
    await setVaultSetting(vault.db, 'groupName', 'Sauvegardé');
    const backup = path.join(tempDir(), 'b.parloir-backup');
    await vault.backupTo(backup);
    await vault.lock();
    const extracted = tempDir();
    execFileSync('tar', ['xf', backup, '-C', extracted]);
    expect(fs.readdirSync(extracted).sort()).toEqual(['keyslots.json', 'parloir-backup.json', 'vault.db']);
    const manifest = JSON.parse(fs.readFileSync(path.join(extracted, 'parloir-backup.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).toMatchObject({ format: 'parloir-backup', version: 1, kind: 'manual' });

    const fresh = tempDir();
    for (const name of ['vault.db', 'keyslots.json'])
      fs.copyFileSync(path.join(extracted, name), path.join(fresh, name));
    const key = await keyFromRecipe(path.join(fresh, 'keyslots.json'), PASSPHRASE, 'passphrase');
    expect(readWithDocumentedPragmas(path.join(fresh, 'vault.db'), key).groupName).toBe('Sauvegardé');
    const restored = session(fresh);
    await restored.unlock('passphrase', PASSPHRASE);
    await restored.lock();
  });
});
