import path from 'node:path';
import { CliError, type Failure } from '../cli-error';
import { cliApp, withUnlockedApp, type CliContext } from '../cli-context';

/** `parloir backup <file>`: unlocks and writes a verified backup at exactly that path (never over an existing file). */
export async function backup(ctx: CliContext): Promise<Failure | null> {
  const [file, ...extra] = ctx.positionals;
  if (!file || extra.length > 0) throw new CliError('USAGE');
  const app = cliApp(ctx);
  const target = path.resolve(file);
  return withUnlockedApp(ctx, app, async () => {
    const bytes = await app.context.vault.backupTo(target);
    ctx.out(`${ctx.t('backup.written', { file: target, bytes })}\n`);
    return null;
  });
}
