import path from 'node:path';
import type { OutputOf } from '../../shared/contract';
import { CliError, type Failure } from '../cli-error';
import { cliApp, readUnlockSecret, type CliContext } from '../cli-context';

/**
 * `parloir restore <file>`: the window's restore, channel for channel: pick the file (here, the one named), then
 * vault:restore with the backup's own secret. The current vault is verified-replaced and kept as a pre-restore backup.
 */
export async function restore(ctx: CliContext): Promise<Failure | null> {
  const [file, ...extra] = ctx.positionals;
  if (!file || extra.length > 0) throw new CliError('USAGE');
  const source = path.resolve(file);
  const app = cliApp(ctx, { restore: source });
  const secret = await readUnlockSecret(ctx);
  if (!secret) throw new CliError('SECRET_REQUIRED');
  try {
    const picked = await app.call('vault:pickRestoreFile', {});
    if (!picked.ok) return picked.error;
    const choice = picked.value as OutputOf<'vault:pickRestoreFile'>;
    if (choice.status !== 'chosen') return { code: 'CANCELLED' };
    const method = ctx.recoveryCode ? 'recoveryCode' : 'passphrase';
    const restored = await app.call('vault:restore', { token: choice.token, method, secret });
    if (!restored.ok) return restored.error;
    const { preRestoreBackup } = restored.value as OutputOf<'vault:restore'>;
    ctx.out(`${ctx.t('restore.done', { file: source })}\n`);
    if (preRestoreBackup) ctx.out(`${ctx.t('restore.previousKept', { file: preRestoreBackup })}\n`);
    return null;
  } finally {
    await app.context.vault.lock();
  }
}
