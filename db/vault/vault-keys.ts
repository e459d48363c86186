import { AppError } from '../../shared/errors';
import { normalizeRecoveryCode } from '../../shared/recovery-code';
import type { UnlockMethod } from '../../shared/schemas/vault.schemas';
import type { KdfParams } from './kdf';
import * as slots from './keyslots';
import { getSodium } from './sodium';

/**
 * The secrets side of a vault: turning a passphrase or recovery code into the database key and back into slots.
 * Every key these functions return belongs to the caller, who zeroes it.
 */
export const PASSPHRASE_SLOT = { id: 'passphrase-1', kind: 'passphrase' } as const;
export const RECOVERY_SLOT_ID = 'recovery';

/** The database key that `secret` unwraps, or WRONG_PASSPHRASE (also for text that cannot be a recovery code). */
export async function unwrapSecret(file: slots.KeySlotFile, method: UnlockMethod, secret: string): Promise<Uint8Array> {
  if (method === 'passphrase') return slots.unwrapDatabaseKey(file, 'passphrase', secret);
  const code = normalizeRecoveryCode(secret);
  if (!code) throw new AppError('WRONG_PASSPHRASE', 'That is not a recovery code');
  return slots.unwrapDatabaseKey(file, 'recoveryCode', code);
}

/** The slot file of a new vault: one passphrase slot and one recovery-code slot over the same key. */
export async function sealNewVault(
  vaultId: string,
  passphrase: string,
  recoveryCode: string,
  key: Uint8Array,
  kdf: KdfParams,
): Promise<slots.KeySlotFile> {
  const sealed = await Promise.all([
    slots.sealSlot(vaultId, PASSPHRASE_SLOT, passphrase, key, kdf),
    sealRecoveryCode(vaultId, RECOVERY_SLOT_ID, recoveryCode, key, kdf),
  ]);
  return { format: 'parloir-keyslots', version: 1, vaultId, slots: sealed };
}

export function sealRecoveryCode(
  vaultId: string,
  id: string,
  recoveryCode: string,
  key: Uint8Array,
  kdf: KdfParams,
): Promise<slots.KeySlot> {
  const canonical = normalizeRecoveryCode(recoveryCode);
  if (!canonical) throw new AppError('INTERNAL', 'A generated recovery code did not normalize');
  return slots.sealSlot(vaultId, { id, kind: 'recoveryCode' }, canonical, key, kdf);
}

/** The passphrase slot `passphrase` opens, provided it unwraps the key of the open vault; else WRONG_PASSPHRASE. */
export async function passphraseSlotFor(
  file: slots.KeySlotFile,
  passphrase: string,
  openKey: Uint8Array,
): Promise<slots.KeySlot> {
  const sodium = await getSodium();
  for (const slot of file.slots.filter((s) => s.kind === 'passphrase')) {
    const key = await slots.openSlot(file.vaultId, slot, passphrase);
    if (!key) continue;
    const same = sodium.memcmp(key, openKey);
    sodium.memzero(key);
    if (same) return slot;
  }
  throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is wrong');
}

export function readVaultIdOrUnknown(keyslotsPath: string): string {
  try {
    return slots.readKeySlotFile(keyslotsPath).vaultId;
  } catch {
    return 'unknown';
  }
}

export async function zeroKey(key: Uint8Array | null): Promise<void> {
  if (key) (await getSodium()).memzero(key);
}
