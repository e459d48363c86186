import fs from 'node:fs';
import path from 'node:path';
import type { OutputOf } from '../../shared/contract';
import { CliError, type Failure } from '../cli-error';
import { cliApp, withUnlockedApp, type CliContext } from '../cli-context';

const LISTS = ['prisoners', 'facilities'] as const;
type List = (typeof LISTS)[number];
const isList = (value: string): value is List => (LISTS as readonly string[]).includes(value);

/** The app with a save dialog that answers the file named on the command line. */

/**
 * `parloir export <prisoners|facilities> <file.csv>`: the whole list (archived ones left out, as the window shows
 * it) through export:csv. A window's save dialog asks before replacing a file; here nothing asks, so an existing
 * file is never replaced.
 */
export async function exportCsv(ctx: CliContext): Promise<Failure | null> {
  const [list, file, ...extra] = ctx.positionals;
  if (!list || !isList(list) || !file || extra.length > 0) throw new CliError('USAGE');
  const target = path.resolve(file);
  const app = cliApp(ctx, { export: target });
  if (fs.existsSync(target)) {
    ctx.err(`${ctx.t('export.exists', { file: target })}\n`);
    return { code: 'WRITE_FAILED' };
  }
  return withUnlockedApp(ctx, app, async () => {
    const written = await app.call('export:csv', { list });
    if (!written.ok) return written.error;
    const result = written.value as OutputOf<'export:csv'>;
    if (result.status !== 'written') return { code: 'CANCELLED' };
    ctx.out(`${ctx.t('export.written', { rows: result.rows, file: target })}\n`);
    return null;
  });
}
