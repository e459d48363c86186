import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDirectory, fsyncFile } from './atomic-file';
import type { KdfParams } from './kdf';
import { rekeyInWorker } from './key-worker';
import { serializeKeySlotFile } from './keyslots';
import { rekeyDatabaseFile, removeRekeyLeftovers, stageBackupRekeys, STAGING_PREFIX } from './rekey-files';
import { commitSwap, inDataDir, rollForward, type SwapStep } from './swap-journal';
import type { PlannedKeySet } from './vault-keys';
import type { VaultPaths } from './vault-paths';

/** What a re-key did with the local backups; the interface tells the user, and warns about copies kept elsewhere. */
export interface KeyChangeOutcome {
  backupsReencrypted: number;
  backupsRemoved: number;
}

export type KeyChangePhase = 'keys' | 'backups' | 'vault' | 'swap';
export interface KeyChangeProgress {
  phase: KeyChangePhase;
  done: number;
  total: number;
}

/** Points of a re-key where the crash tests kill the process (never a clock). */
export type KeyChangeStep =
  'keys-sealed' | 'backups-staged' | 'vault-closed' | 'vault-staged' | 'committed' | 'swapped';

export interface KeyChangeHost {
  paths: VaultPaths;
  kdf: KdfParams;
  signal: AbortSignal;
  progress(state: KeyChangeProgress): void;
  step(step: KeyChangeStep): void;
  /** Closes the live connection (keeping the key) so that nothing is written between the copy and the swap. */
  closeConnection(): Promise<void>;
}

/**
 * Writes beside vault.db a copy of it re-encrypted under `to`, and the new key slots beside keyslots.json: the journal
 * steps that swap them in. The live vault must be closed (its last write is in vault.db) and is never modified.
 */
export function stageRekeyedVault(
  paths: VaultPaths,
  from: Uint8Array,
  to: Uint8Array,
  keyslotsText: string,
): SwapStep[] {
  const dir = path.join(paths.dataDir, `${STAGING_PREFIX}${crypto.randomUUID()}`);
  fs.mkdirSync(dir, { mode: 0o700 });
  const database = path.join(dir, 'vault.db');
  fs.copyFileSync(paths.database, database, fs.constants.COPYFILE_EXCL);
  fs.chmodSync(database, 0o600);
  rekeyDatabaseFile(database, from, to);
  const keyslots = path.join(dir, 'keyslots.json');
  fs.writeFileSync(keyslots, keyslotsText, { mode: 0o600, flag: 'wx' });
  fsyncFile(keyslots);
  fsyncDirectory(dir);
  return [
    { op: 'remove', path: inDataDir(paths, paths.wal) },
    { op: 'remove', path: inDataDir(paths, paths.shm) },
    { op: 'move', from: inDataDir(paths, database), to: inDataDir(paths, paths.database) },
    { op: 'move', from: inDataDir(paths, keyslots), to: inDataDir(paths, paths.keyslots) },
    { op: 'remove', path: inDataDir(paths, dir) },
  ];
}

/**
 * Re-keys the open vault: a new random database key sealed to the planned slots, the local backups re-encrypted
 * under it (or removed when the old key does not open them), the database copied and re-encrypted, then one journal
 * commit swaps it all in. Returns the new key (the caller opens the vault with it and zeroes the old one).
 * Until the commit, a failure or a lock leaves every file as it was.
 */
export async function rekeyOpenVault(
  host: KeyChangeHost,
  vaultId: string,
  from: Uint8Array,
  plan: PlannedKeySet,
): Promise<{ key: Uint8Array; outcome: KeyChangeOutcome }> {
  const { paths, signal } = host;
  host.progress({ phase: 'keys', done: 0, total: 1 });
  const fresh = await rekeyInWorker(vaultId, plan.keep, plan.create, host.kdf, signal);
  let committed = false;
  try {
    const keyslotsText = serializeKeySlotFile(fresh.file);
    host.step('keys-sealed');
    const backups = await stageBackupRekeys({
      paths,
      from,
      to: fresh.key,
      keyslotsText,
      signal,
      onProgress: (done, total) => host.progress({ phase: 'backups', done, total }),
    });
    host.step('backups-staged');
    signal.throwIfAborted();
    await host.closeConnection();
    host.step('vault-closed');
    host.progress({ phase: 'vault', done: 0, total: 1 });
    const vaultSteps = stageRekeyedVault(paths, from, fresh.key, keyslotsText);
    host.step('vault-staged');
    host.progress({ phase: 'swap', done: 0, total: 1 });
    commitSwap(paths, [...vaultSteps, ...backups.steps]);
    committed = true;
    host.step('committed');
    rollForward(paths);
    host.step('swapped');
    return { key: fresh.key, outcome: { backupsReencrypted: backups.reencrypted, backupsRemoved: backups.removed } };
  } catch (error) {
    // Uncommitted: the old files stand. Committed: the next start finishes the swap; either way this key goes.
    if (!committed) removeRekeyLeftovers(paths);
    fresh.key.fill(0);
    throw error;
  }
}
