import { z } from 'zod';
import { empty } from '../common.schemas';
import { errorCodes } from '../errors';

export { empty };

/** Long enough for any real passphrase, short enough that Argon2id never sees a megabyte of input. */
export const secret = z.string().min(1).max(1024);

export const unlockMethod = z.enum(['passphrase', 'recoveryCode']);
export type UnlockMethod = z.infer<typeof unlockMethod>;

export const vaultStatus = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('absent') }),
  z.strictObject({ state: z.literal('locked') }),
  z.strictObject({ state: z.literal('unlocked') }),
  /** Files are there but cannot be used as they are: the user is told why and offered a restore, nothing is recreated. */
  z.strictObject({ state: z.literal('damaged'), code: z.enum(errorCodes) }),
]);
export type VaultStatus = z.infer<typeof vaultStatus>;

export const createInput = z.strictObject({ passphrase: secret });
export const recoveryCodeOutput = z.strictObject({ recoveryCode: z.string() });

export const unlockInput = z.strictObject({ method: unlockMethod, secret });
export const unlockOutput = z.strictObject({
  /** The daily automatic backup: written now, not due yet, or failed (the UI warns, the unlock still succeeds). */
  autoBackup: z.enum(['written', 'not-due', 'failed']),
  migrationsApplied: z.number().int().nonnegative(),
});

export const changePassphraseInput = z.strictObject({ current: secret, next: secret });
export const reauthInput = z.strictObject({ passphrase: secret });

/**
 * What a re-key did with the backups in the data folder: re-encrypted under the new key, or removed because only an
 * old secret opened them. Copies kept elsewhere (a USB stick) are out of reach: the interface says so.
 */
const backupsAfterRekey = {
  backupsReencrypted: z.number().int().nonnegative(),
  backupsRemoved: z.number().int().nonnegative(),
};
export const changePassphraseOutput = z.strictObject({
  ...backupsAfterRekey,
  /** A vault made by Parloir 0.1 gets a new recovery code with its first re-key (its old one could not follow). */
  recoveryCode: z.string().nullable(),
});
export const newRecoveryCodeOutput = z.strictObject({ ...backupsAfterRekey, recoveryCode: z.string() });

export const keyChangeProgress = z.strictObject({
  progress: z
    .strictObject({
      phase: z.enum(['keys', 'backups', 'vault', 'swap']),
      done: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
    })
    .nullable(),
});

/** A wipe cannot be asked for by accident: the caller spells out this phrase (the UI asks the user to type a word). */
export const WIPE_CONFIRMATION = 'WIPE-THIS-VAULT';
export const wipeInput = z.strictObject({ confirm: z.literal(WIPE_CONFIRMATION) });

export const backupOutput = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('written'), path: z.string(), bytes: z.number().int().nonnegative() }),
  z.strictObject({ status: z.literal('cancelled') }),
]);

export const pickRestoreOutput = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('chosen'),
    /** Opaque: the path stays in the main process, the renderer only names the choice it made. */
    token: z.string(),
    fileName: z.string(),
    createdAt: z.string(),
  }),
  z.strictObject({ status: z.literal('cancelled') }),
]);

export const restoreInput = z.strictObject({
  token: z.string().min(1).max(128),
  method: unlockMethod,
  secret,
});
export const restoreOutput = z.strictObject({
  preRestoreBackup: z.string(),
  restoredFrom: z.string(),
  /** False only for a backup made by Parloir 0.1, restored under its own key until the next change of secret. */
  rekeyed: z.boolean(),
  ...backupsAfterRekey,
});
/** A restore reloads the window before its answer arrives: the reloaded window asks for it once. */
export const lastRestoreOutput = z.strictObject({ outcome: restoreOutput.nullable() });
