import crypto from 'node:crypto';
import path from 'node:path';
import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { BACKUP_EXTENSION, readManifest } from '../../../db/vault/backup-archive';
import { uniqueBackupPath } from '../../../db/vault/backup';
import type { AppContext } from '../app-context';

type VaultHandlers = Pick<Handlers, Extract<keyof Handlers, `vault:${string}`>>;

export function vaultHandlers(ctx: AppContext): VaultHandlers {
  // Paths chosen in native dialogs stay here; the renderer only ever holds an opaque token for them.
  const restoreChoices = new Map<string, string>();

  return {
    'vault:status': async () => ctx.vault.status(),

    'vault:create': async ({ passphrase }) => ({ recoveryCode: await ctx.vault.create(passphrase) }),

    'vault:unlock': async ({ method, secret }) => {
      const { autoBackup, migrationsApplied } = await ctx.vault.unlock(method, secret);
      return { autoBackup, migrationsApplied };
    },

    'vault:lock': async () => {
      await ctx.vault.lock();
      return {};
    },

    'vault:changePassphrase': async ({ current, next }) => ctx.vault.changePassphrase(current, next),

    'vault:newRecoveryCode': async ({ passphrase }) => ctx.vault.newRecoveryCode(passphrase),

    'vault:progress': async () => ({ progress: ctx.vault.progress() }),

    'vault:wipe': async () => {
      await ctx.vault.wipe();
      restoreChoices.clear();
      return {};
    },

    'vault:backup': async () => {
      const folder = await ctx.dialogs.chooseBackupFolder();
      if (!folder) return { status: 'cancelled' };
      const target = uniqueBackupPath(folder, 'parloir', new Date(), BACKUP_EXTENSION);
      const bytes = await ctx.vault.backupTo(target);
      return { status: 'written', path: target, bytes };
    },

    'vault:pickRestoreFile': async () => {
      const file = await ctx.dialogs.chooseBackupFile();
      if (!file) return { status: 'cancelled' };
      const manifest = await readManifest(file);
      const token = crypto.randomUUID();
      restoreChoices.clear();
      restoreChoices.set(token, file);
      return { status: 'chosen', token, fileName: path.basename(file), createdAt: manifest.createdAt };
    },

    'vault:lastRestore': async () => {
      const outcome = ctx.vault.takeRestoreOutcome();
      return { outcome: outcome ? { ...outcome, preRestoreBackup: outcome.preRestoreBackup ?? '' } : null };
    },

    'vault:restore': async ({ token, method, secret }) => {
      const file = restoreChoices.get(token);
      if (!file) throw new AppError('NOT_FOUND', 'Choose the backup file again');
      const outcome = await ctx.vault.restore(file, method, secret);
      restoreChoices.delete(token);
      return { ...outcome, preRestoreBackup: outcome.preRestoreBackup ?? '', restoredFrom: path.basename(file) };
    },
  };
}
