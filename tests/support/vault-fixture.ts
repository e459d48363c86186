import { readKeySlotFile } from '../../db/vault/keyslots';
import { unwrapSecret } from '../../db/vault/vault-keys';
import { SQLite, type SqliteDatabase } from '../../db/vault/sqlite';
import { applyKey } from '../../db/vault/open-database';
import { VaultSession, type VaultSessionOptions } from '../../db/vault/vault-session';
import { vaultPaths } from '../../db/vault/vault-paths';
import { CHEAP_KDF, PASSPHRASE } from './cheap-kdf';

export function session(dataDir: string, options: Partial<VaultSessionOptions> = {}): VaultSession {
  return new VaultSession({ dataDir, kdf: CHEAP_KDF, ...options });
}

/** A new vault in `dataDir`, left locked: what a host finds on its next start. */
export async function lockedVault(
  dataDir: string,
  options: Partial<VaultSessionOptions> = {},
): Promise<{ recoveryCode: string }> {
  const vault = session(dataDir, options);
  const recoveryCode = await vault.create(PASSPHRASE);
  await vault.lock();
  return { recoveryCode };
}

/** The raw database key, unwrapped the way SECURITY.md documents: what a test needs to open vault.db itself. */
export async function databaseKey(dataDir: string, passphrase = PASSPHRASE): Promise<Uint8Array> {
  return (await unwrapSecret(readKeySlotFile(vaultPaths(dataDir).keyslots), 'passphrase', passphrase, CHEAP_KDF)).key;
}

/** A keyed connection that bypasses every check of openVaultDatabase: for tests that tamper with a vault. */
export function rawConnection(file: string, key: Uint8Array): SqliteDatabase {
  const db = new SQLite(file, { fileMustExist: true });
  applyKey(db, key);
  return db;
}
