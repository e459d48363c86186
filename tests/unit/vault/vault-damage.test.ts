import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleScripts, type Bundle } from '../../support/bundle';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { hashTree } from '../../support/file-hashes';
import { tempDir } from '../../support/temp-dir';
import { databaseKey, lockedVault, rawConnection, session } from '../../support/vault-fixture';

/** Every damaged vault gets a typed error and is left exactly as found: no file created, changed or removed. */
async function expectRefusedUntouched(dir: string, code: string): Promise<void> {
  const before = hashTree(dir);
  const vault = session(dir);
  await expect(vault.unlock('passphrase', PASSPHRASE)).rejects.toMatchObject({ code });
  expect(vault.isUnlocked).toBe(false);
  expect(hashTree(dir)).toEqual(before);
}

let bundle: Bundle;
beforeAll(async () => {
  bundle = await bundleScripts({ hold: 'tests/support/children/hold-vault-open.ts' });
});
afterAll(() => bundle.remove());

describe('a vault that cannot be used is reported and left untouched', () => {
  it('a damaged byte in vault.db: VAULT_CORRUPT', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const file = `${dir}/vault.db`;
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(3 * 4096);
    const offset = 2 * 4096 + 1000; // inside page 3's encrypted content: only its HMAC can notice
    bytes[offset] = (bytes[offset] ?? 0) ^ 0x01;
    fs.writeFileSync(file, bytes);
    await expectRefusedUntouched(dir, 'VAULT_CORRUPT');
  });

  it('a damaged first page (its salt): VAULT_CORRUPT', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const file = `${dir}/vault.db`;
    const bytes = fs.readFileSync(file);
    bytes[3] = (bytes[3] ?? 0) ^ 0xff;
    fs.writeFileSync(file, bytes);
    await expectRefusedUntouched(dir, 'VAULT_CORRUPT');
  });

  it('keyslots.json missing: KEYSLOTS_MISSING, and the status says so', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    fs.rmSync(`${dir}/keyslots.json`);
    expect(session(dir).status()).toEqual({ state: 'damaged', code: 'KEYSLOTS_MISSING' });
    await expectRefusedUntouched(dir, 'KEYSLOTS_MISSING');
  });

  it('keyslots.json damaged (truncated, or valid JSON of the wrong shape): KEYSLOTS_DAMAGED', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const file = `${dir}/keyslots.json`;
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.slice(0, text.length / 2));
    expect(session(dir).status()).toEqual({ state: 'damaged', code: 'KEYSLOTS_DAMAGED' });
    await expectRefusedUntouched(dir, 'KEYSLOTS_DAMAGED');
    const parsed = JSON.parse(text) as { slots: { kdf: { opslimit: unknown } }[] };
    for (const slot of parsed.slots) slot.kdf.opslimit = 'three';
    fs.writeFileSync(file, JSON.stringify(parsed));
    await expectRefusedUntouched(dir, 'KEYSLOTS_DAMAGED');
  });

  it('vault.db missing beside its key slots: VAULT_FILE_MISSING, and nothing is recreated', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    fs.rmSync(`${dir}/vault.db`);
    expect(session(dir).status()).toEqual({ state: 'damaged', code: 'VAULT_FILE_MISSING' });
    await expectRefusedUntouched(dir, 'VAULT_FILE_MISSING');
    await expect(session(dir).create(PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_EXISTS' });
  });

  it('a vault written by a newer version: VAULT_TOO_NEW, file bytes unchanged', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const raw = rawConnection(`${dir}/vault.db`, await databaseKey(dir));
    raw
      .prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)')
      .run('2099-01-01-001-from-the-future', new Date().toISOString());
    raw.close();
    expect(fs.readdirSync(dir).sort()).toEqual(['keyslots.json', 'vault.db']);
    await expectRefusedUntouched(dir, 'VAULT_TOO_NEW');
  });

  it('a vault held open by another process: VAULT_IN_USE, and it opens once that process lets go', async () => {
    const dir = tempDir();
    await lockedVault(dir);
    const key = Buffer.from(await databaseKey(dir)).toString('hex');
    const child = spawn(process.execPath, [bundle.files.hold ?? '', `${dir}/vault.db`], {
      env: bundle.env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin.write(`${key}\n`);
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('open')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
    });
    try {
      const vault = session(dir);
      await expect(vault.unlock('passphrase', PASSPHRASE)).rejects.toMatchObject({ code: 'VAULT_IN_USE' });
      expect(vault.isUnlocked).toBe(false);
    } finally {
      child.stdin.end();
    }
    expect(await exited).toBe(0);
    const vault = session(dir);
    await vault.unlock('passphrase', PASSPHRASE);
    await vault.lock();
  });
});
