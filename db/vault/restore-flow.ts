import type { Migration } from 'kysely/migration';
import { AppError } from '../../shared/errors';
import type { UnlockMethod } from '../../shared/vault/vault.schemas';
import { verifyDatabaseFile } from './backup';
import type { KdfBounds, KdfParams } from './kdf';
import type { KeyChangeProgress } from './key-change';
import { rekeyInWorker } from './key-worker';
import { isSealed, serializeKeySlotFile, type KeySlot, type KeySlotFile, type SealedSlot } from './keyslots';
import { rekeyDatabaseFile, removeRekeyLeftovers, stageBackupRekeys, type BackupRekeyPlan } from './rekey-files';
import {
  archiveCurrentFiles,
  discardStaged,
  restoreSteps,
  stageBackup,
  stageKeySlots,
  type StagedBackup,
} from './restore';
import { expectedSchema } from './schema-check';
import { commitSwap, rollForward } from './swap-journal';
import { readVaultIdOrUnknown, unwrapSecret, zeroKey } from './vault-keys';
import type { VaultPaths } from './vault-paths';

export interface RestoreOutcome {
  preRestoreBackup: string | null;
  /** False for a backup whose key slots are in Parloir 0.1's format: it keeps its own key until a secret changes. */
  rekeyed: boolean;
  backupsReencrypted: number;
  backupsRemoved: number;
}

export type RestoreStep = 'staged' | 'rekeyed' | 'backups-staged' | 'archived' | 'committed' | 'swapped';

export interface RestoreHost {
  paths: VaultPaths;
  kdf: KdfParams;
  bounds: KdfBounds;
  now: () => Date;
  migrations: Record<string, Migration>;
  signal: AbortSignal;
  observeKey(key: Uint8Array): void;
  progress(state: KeyChangeProgress): void;
  /** Tests only: where the crash tests kill the process. */
  step(step: RestoreStep): void;
  currentVaultId(): string | null;
  /** Closes the open vault, if any (its key is zeroed): from here on the restore replaces it. */
  closeCurrent(): Promise<void>;
}

/**
 * The restored vault gets a new random key, sealed to the backup's own slots (so the backup's secrets still open it,
 * but the backup file itself no longer opens what the vault becomes). Format 1 slots cannot be re-sealed without
 * their secret: such a backup is restored under its own key.
 */
async function rekeyStaged(
  host: RestoreHost,
  staged: StagedBackup,
  slots: KeySlotFile,
  backupKey: Uint8Array,
): Promise<{ key: Uint8Array; rekeyed: boolean; keyslotsText: string }> {
  if (slots.slots.some((slot) => !isSealed(slot))) {
    const keyslotsText = serializeKeySlotFile(slots);
    stageKeySlots(staged, keyslotsText);
    return { key: backupKey, rekeyed: false, keyslotsText };
  }
  host.progress({ phase: 'keys', done: 0, total: 1 });
  const sealed = (slots.slots as KeySlot[]).filter((slot): slot is SealedSlot => isSealed(slot));
  const fresh = await rekeyInWorker(slots.vaultId, sealed, [], host.kdf, host.signal);
  try {
    host.progress({ phase: 'vault', done: 0, total: 1 });
    rekeyDatabaseFile(staged.database, backupKey, fresh.key);
    const keyslotsText = serializeKeySlotFile(fresh.file);
    stageKeySlots(staged, keyslotsText);
    return { key: fresh.key, rekeyed: true, keyslotsText };
  } catch (error) {
    zeroKey(fresh.key);
    throw error;
  }
}

/**
 * Everything of a restore but opening the result: unpack and check the backup with its secret, re-key it, prepare the
 * local backups for the new key, archive the vault being replaced, then commit one journal that swaps it all in.
 * Until the commit nothing of the current vault changes; a lock aborts at the next step.
 */
export async function runRestore(
  host: RestoreHost,
  file: string,
  method: UnlockMethod,
  secret: string,
): Promise<{ key: Uint8Array; vaultId: string; outcome: RestoreOutcome }> {
  const { paths, signal } = host;
  rollForward(paths);
  const staged = await stageBackup(paths, file, host.bounds, signal);
  host.step('staged');
  const keys: Uint8Array[] = [];
  let adopted: Uint8Array | null = null;
  let committed = false;
  try {
    const unwrapped = await unwrapSecret(staged.keyslots, method, secret, host.kdf, signal);
    const backupKey = unwrapped.key;
    keys.push(backupKey);
    host.observeKey(backupKey);
    verifyDatabaseFile(
      staged.database,
      backupKey,
      null,
      Object.keys(host.migrations),
      await expectedSchema(host.migrations),
    );
    const slots = unwrapped.rewritten ?? staged.keyslots;
    const target = await rekeyStaged(host, staged, slots, backupKey);
    if (target.rekeyed) {
      keys.push(target.key);
      host.observeKey(target.key);
    }
    host.step('rekeyed');
    // The local backups the restored backup's key opens follow it to the new key; the others open only with old
    // secrets, and go. The copy of the replaced vault is made after this list, and kept.
    const backups: BackupRekeyPlan = target.rekeyed
      ? await stageBackupRekeys({
          paths,
          from: backupKey,
          to: target.key,
          keyslotsText: target.keyslotsText,
          signal,
          onProgress: (done, total) => host.progress({ phase: 'backups', done, total }),
        })
      : { steps: [], reencrypted: 0, removed: 0 };
    host.step('backups-staged');
    signal.throwIfAborted();
    const currentId = host.currentVaultId() ?? readVaultIdOrUnknown(paths.keyslots);
    await host.closeCurrent();
    const preRestoreBackup = await archiveCurrentFiles(paths, host.now(), currentId, signal);
    host.step('archived');
    host.progress({ phase: 'swap', done: 0, total: 1 });
    commitSwap(paths, [...restoreSteps(paths, staged), ...backups.steps]);
    committed = true;
    host.step('committed');
    rollForward(paths);
    host.step('swapped');
    adopted = target.key;
    const outcome = {
      preRestoreBackup,
      rekeyed: target.rekeyed,
      backupsReencrypted: backups.reencrypted,
      backupsRemoved: backups.removed,
    };
    return { key: target.key, vaultId: slots.vaultId, outcome };
  } catch (error) {
    if (!committed) removeRekeyLeftovers(paths);
    throw error instanceof AppError && error.code === 'KEYSLOTS_DAMAGED'
      ? new AppError('BACKUP_INVALID', error.message, { cause: error })
      : error;
  } finally {
    for (const key of keys) if (key !== adopted) zeroKey(key);
    discardStaged(staged);
  }
}
