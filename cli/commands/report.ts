import fs from 'node:fs';
import path from 'node:path';
import type { OutputOf } from '../../shared/contract';
import { writeNewFile } from '../../db/vault/atomic-file';
import { CliError, type Failure } from '../cli-error';
import { cliApp, withUnlockedApp, type CliContext } from '../cli-context';

export interface ReportFlags {
  year?: string | undefined;
  out?: string | undefined;
}

/**
 * `parloir report money --year YYYY --out file.pdf`: the general assembly's financial report for that year, made by
 * print:report as the window's Reports page makes it, written to a new file (an existing one is never replaced).
 */
export async function report(ctx: CliContext, flags: ReportFlags): Promise<Failure | null> {
  const [kind, ...extra] = ctx.positionals;
  if (kind !== 'money' || extra.length > 0 || !flags.out || !flags.year || !/^\d{4}$/u.test(flags.year))
    throw new CliError('USAGE');
  const year = Number(flags.year);
  const target = path.resolve(flags.out);
  if (fs.existsSync(target)) {
    ctx.err(`${ctx.t('export.exists', { file: target })}\n`);
    return { code: 'WRITE_FAILED' };
  }
  const app = cliApp(ctx);
  // The report speaks the command line's language (PARLOIR_LANG, else the app's): read, never written to preferences.
  const preferences = app.context.preferences;
  const saved = preferences.get.bind(preferences);
  preferences.get = () => ({ ...saved(), language: ctx.language });
  return withUnlockedApp(ctx, app, async () => {
    const made = await app.call('print:report', { list: 'generalAssembly', format: 'pdf', year });
    if (!made.ok) return made.error;
    const out = made.value as OutputOf<'print:report'>;
    if (out.status !== 'rendered') return { code: 'INTERNAL' };
    try {
      writeNewFile(target, Buffer.from(out.pdfBase64, 'base64'));
    } catch {
      ctx.err(`${ctx.t('export.exists', { file: target })}\n`);
      return { code: 'WRITE_FAILED' };
    }
    ctx.out(`${ctx.t('moneyReport.written', { year, file: target, count: out.pages })}\n`);
    return null;
  });
}
