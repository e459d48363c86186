import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { VAULT_CACHE_SIZE } from '../../../db/vault/open-database';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { databaseKey, rawConnection, session } from '../../support/vault-fixture';

const cacheSize = async (db: VaultDb) =>
  (await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(db)).rows[0]?.cache_size;

describe('the page cache of the open vault', () => {
  it('holds up to 64 MiB of decrypted pages, from create and from every unlock', async () => {
    expect(VAULT_CACHE_SIZE).toBe(-65_536); // negative: KiB, whatever the page size
    const dir = tempDir();
    const vault = session(dir);
    await vault.create(PASSPHRASE);
    expect(await cacheSize(vault.db)).toBe(VAULT_CACHE_SIZE);
    await vault.lock();
    await vault.unlock('passphrase', PASSPHRASE);
    expect(await cacheSize(vault.db)).toBe(VAULT_CACHE_SIZE);
    await vault.lock();
  });

  it('goes with the connection when the vault locks: nothing of it outlives the unlocked session', async () => {
    const dir = tempDir();
    const vault = session(dir);
    await vault.create(PASSPHRASE);
    const db = vault.db;
    await db.selectFrom('prisoners').select('id').execute();
    await vault.lock();
    expect(() => vault.db).toThrow(expect.objectContaining({ code: 'VAULT_LOCKED' }));
    await expect(db.selectFrom('prisoners').select('id').execute()).rejects.toThrow();
    // The open vault holds an exclusive lock on its file until its connection closes: another connection reading it
    // now shows the locked session's connection is closed, not merely forgotten.
    const other = rawConnection(`${dir}/vault.db`, await databaseKey(dir));
    try {
      expect(other.prepare('SELECT count(*) AS n FROM prisoners').get()).toEqual({ n: 0 });
    } finally {
      other.close();
    }
  });
});
