import crypto from 'node:crypto';
import { AppError } from '../../shared/errors';
import { generateRecoveryCode, normalizeRecoveryCode } from '../../shared/vault/recovery-code';
import type { UnlockMethod } from '../../shared/vault/vault.schemas';
import type { KdfParams } from './kdf';
import { rekeyInWorker, unwrapInWorker, type NewSecret, type Unwrapped } from './key-worker';
import { isSealed, readKeySlotFile, type KeySlotFile, type SealedSlot } from './keyslots';

/**
 * The secrets side of a vault: which slot a secret opens, and which key set a change of secret produces. The
 * cryptography itself runs in the key worker; every key these functions return belongs to the caller, who zeroes it.
 */
export const PASSPHRASE_SLOT_ID = 'passphrase-1';
export const RECOVERY_SLOT_ID = 'recovery';

/** The database key that `secret` unwraps, or WRONG_PASSPHRASE (also for text that cannot be a recovery code). */
export async function unwrapSecret(
  file: KeySlotFile,
  method: UnlockMethod,
  secret: string,
  target: KdfParams,
  signal?: AbortSignal,
): Promise<Unwrapped> {
  const canonical = method === 'passphrase' ? secret : normalizeRecoveryCode(secret);
  if (!canonical) throw new AppError('WRONG_PASSPHRASE', 'That is not a recovery code');
  const kind = method === 'passphrase' ? 'passphrase' : 'recoveryCode';
  const opened = await unwrapInWorker(file, kind, canonical, target, signal);
  if (!opened) throw new AppError('WRONG_PASSPHRASE', 'The secret does not open any key slot of this vault');
  return opened;
}

function canonicalCode(code: string): string {
  const canonical = normalizeRecoveryCode(code);
  if (!canonical) throw new AppError('INTERNAL', 'A generated recovery code did not normalize');
  return canonical;
}

/** The key set of a new vault: a random key, one passphrase slot and one recovery-code slot. */
export function sealNewVault(vaultId: string, passphrase: string, recoveryCode: string, target: KdfParams) {
  return rekeyInWorker(
    vaultId,
    [],
    [
      { id: PASSPHRASE_SLOT_ID, kind: 'passphrase', secret: passphrase },
      { id: RECOVERY_SLOT_ID, kind: 'recoveryCode', secret: canonicalCode(recoveryCode) },
    ],
    target,
  );
}

/**
 * Which slot `passphrase` opens, provided it gives the key of the open vault; else WRONG_PASSPHRASE. The key it
 * unwraps is compared in place (no copy) and zeroed.
 */
export async function passphraseSlotFor(
  file: KeySlotFile,
  passphrase: string,
  openKey: Uint8Array,
  target: KdfParams,
  signal?: AbortSignal,
): Promise<string> {
  const opened = await unwrapInWorker(file, 'passphrase', passphrase, target, signal);
  if (!opened) throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is wrong');
  const same = opened.key.length === openKey.length && crypto.timingSafeEqual(opened.key, openKey);
  opened.key.fill(0);
  if (!same) throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is wrong');
  return opened.slotId;
}

export interface KeySetChange {
  /** Slots whose secret is typed now: replaced by a new slot with the same id (a new key pair, a new salt). */
  replace: NewSecret[];
}

export interface PlannedKeySet {
  keep: SealedSlot[];
  create: NewSecret[];
  /** A recovery code made because the old one's slot (format 1) could not be carried to the new key. */
  newRecoveryCode: string | null;
}

/**
 * The slots of the re-keyed vault: every slot not being replaced is kept and re-sealed to the new key. A format 1
 * recovery-code slot cannot be (its secret is unknown here), so a new recovery code takes its place; the caller shows
 * it. Other format 1 slots not replaced are dropped.
 */
export function planKeySet(file: KeySlotFile, change: KeySetChange): PlannedKeySet {
  const replaced = new Set(change.replace.map((spec) => spec.id));
  const keep: SealedSlot[] = [];
  const create = [...change.replace];
  let newRecoveryCode: string | null = null;
  for (const slot of file.slots) {
    if (replaced.has(slot.id)) continue;
    if (isSealed(slot)) keep.push(slot);
    else if (slot.kind === 'recoveryCode' && newRecoveryCode === null) {
      newRecoveryCode = generateRecoveryCode();
      create.push({ id: slot.id, kind: 'recoveryCode', secret: canonicalCode(newRecoveryCode) });
    }
  }
  return { keep, create, newRecoveryCode };
}

/** A new recovery code's slot spec: the code as shown to the user, and what is sealed (its canonical form). */
function recoverySecret(file: KeySlotFile): { code: string; spec: NewSecret } {
  const code = generateRecoveryCode();
  const id = file.slots.find((s) => s.kind === 'recoveryCode')?.id ?? RECOVERY_SLOT_ID;
  return { code, spec: { id, kind: 'recoveryCode', secret: canonicalCode(code) } };
}

/** The key set after a change of passphrase, once the current one has proved to open this vault. */
export async function planPassphraseChange(
  file: KeySlotFile,
  current: string,
  next: string,
  openKey: Uint8Array,
  target: KdfParams,
  signal?: AbortSignal,
): Promise<PlannedKeySet> {
  const slotId = await passphraseSlotFor(file, current, openKey, target, signal);
  return planKeySet(file, { replace: [{ id: slotId, kind: 'passphrase', secret: next }] });
}

/**
 * The key set with a new recovery code (returned, to show once), once the passphrase has proved to open this vault.
 * A format 1 passphrase slot is rewritten on the way: its secret was just typed.
 */
export async function planRecoveryCodeChange(
  file: KeySlotFile,
  passphrase: string,
  openKey: Uint8Array,
  target: KdfParams,
  signal?: AbortSignal,
): Promise<PlannedKeySet & { recoveryCode: string }> {
  const slotId = await passphraseSlotFor(file, passphrase, openKey, target, signal);
  const recovery = recoverySecret(file);
  const replace = [recovery.spec];
  const passphraseSlot = file.slots.find((slot) => slot.id === slotId);
  if (passphraseSlot && !isSealed(passphraseSlot)) replace.push({ id: slotId, kind: 'passphrase', secret: passphrase });
  return { ...planKeySet(file, { replace }), recoveryCode: recovery.code };
}

export function readVaultIdOrUnknown(keyslotsPath: string): string {
  try {
    return readKeySlotFile(keyslotsPath).vaultId;
  } catch {
    return 'unknown';
  }
}

export function zeroKey(key: Uint8Array | null): void {
  key?.fill(0);
}
