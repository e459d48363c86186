import type { TFunction } from 'i18next';
import { createApp, type ParloirApp } from '../electron/services/create-app';
import type { KdfParams } from '../db/vault/kdf';
import type { Envelope } from '../shared/envelope';
import type { Language } from '../shared/settings/settings.schemas';
import { CliError, type Failure } from './cli-error';
import type { SecretReader } from './read-secret';

/** What every command gets: its arguments, where to write, where secrets come from, and the user's language. */
export interface CliContext {
  positionals: string[];
  /** Argon2id cost for new key slots: users always get the default; the tests' own entry point passes a cheap one. */
  kdf?: KdfParams;
  recoveryCode: boolean;
  env: NodeJS.ProcessEnv;
  language: Language;
  t: TFunction<['cli', 'translation']>;
  secrets: SecretReader;
  out(text: string): void;
  err(text: string): void;
}

export function requireDataDir(ctx: CliContext): string {
  const dir = ctx.env.PARLOIR_DATA_DIR;
  if (!dir) throw new CliError('DATA_DIR_REQUIRED');
  return dir;
}

/** The files a command names on its command line, standing in for the window's dialogs. */
export interface CliFiles {
  restore?: string;
  import?: string;
  export?: string;
}

/**
 * The same application the window runs, over the same data folder. The command line has no dialogs: each one answers
 * the file the command was given, or cancels.
 */
export function cliApp(ctx: CliContext, files: CliFiles = {}): ParloirApp {
  return createApp({
    dataDir: requireDataDir(ctx),
    ...(ctx.kdf ? { kdf: ctx.kdf } : {}),
    dialogs: {
      chooseBackupFolder: async () => null,
      chooseBackupFile: async () => files.restore ?? null,
      chooseImportFile: async () => files.import ?? null,
      chooseExportFile: async () => files.export ?? null,
    },
  });
}

/** The secret line from stdin (the recovery code with --recovery-code); null when the input had none. */
export async function readUnlockSecret(ctx: CliContext): Promise<string | null> {
  const line = await ctx.secrets.next(ctx.recoveryCode ? ctx.t('prompt.recoveryCode') : ctx.t('prompt.passphrase'));
  return line ? line : null;
}

/** Unlocks through the vault:unlock channel, exactly as the window does; the envelope says how it went. */
export function unlockApp(app: ParloirApp, ctx: CliContext, secret: string): Promise<Envelope<unknown>> {
  return app.call('vault:unlock', { method: ctx.recoveryCode ? 'recoveryCode' : 'passphrase', secret });
}

/** Runs `work` with an unlocked app and always locks after (closing the database, zeroing the key). */
export async function withUnlockedApp(
  ctx: CliContext,
  app: ParloirApp,
  work: () => Promise<Failure | null>,
): Promise<Failure | null> {
  const secret = await readUnlockSecret(ctx);
  if (!secret) throw new CliError('SECRET_REQUIRED');
  try {
    const unlocked = await unlockApp(app, ctx, secret);
    if (!unlocked.ok) return unlocked.error;
    return await work();
  } finally {
    await app.context.vault.lock();
  }
}
