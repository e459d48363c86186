import fs from 'node:fs';
import path from 'node:path';
import type { ParloirApp } from '../../electron/services/create-app';
import type { InputOf, OutputOf } from '../../shared/contract';
import { writeNewFile } from '../../db/vault/atomic-file';
import { sameName } from '../../shared/same-name';
import { CliError, type Failure } from '../cli-error';
import { cliApp, withUnlockedApp, type CliContext } from '../cli-context';

export interface PrintFlags {
  sheet?: string | undefined;
  startRow?: string | undefined;
  startCol?: string | undefined;
  copies?: string | undefined;
  format?: string | undefined;
  window?: string | undefined;
  tag?: string[] | undefined;
  out?: string | undefined;
}

/** A whole number option, or a usage error: "3" is a row, "3rd" or "-1" is a typo. */
export function wholeNumber(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,4}$/u.test(value)) throw new CliError('USAGE');
  return Number(value);
}

/**
 * Tag names as the user typed them, to the ids the selection takes, by the same-name rule (accents and case aside);
 * an unknown name is an error, not "everyone".
 */
export async function tagIdsByName(app: ParloirApp, names: readonly string[]): Promise<number[] | Failure> {
  if (names.length === 0) return [];
  const listed = await app.call('tags:list', {});
  if (!listed.ok) return listed.error;
  const tags = listed.value as OutputOf<'tags:list'>;
  const ids: number[] = [];
  for (const name of names) {
    const tag = tags.find((t) => sameName(t.name, name));
    if (!tag) return { code: 'NOT_FOUND', detail: name };
    ids.push(tag.id);
  }
  return ids;
}

/**
 * Renders a job through print:render, exactly as the window's preview does, and writes the PDF to `--out`: the
 * user's explicit choice, created new (an existing file is never replaced: no dialog is there to ask).
 */
export async function printToFile(
  ctx: CliContext,
  flags: PrintFlags,
  job: InputOf<'print:render'>['job'],
): Promise<Failure | null> {
  if (!flags.out || ctx.positionals.length > 0) throw new CliError('USAGE');
  const target = path.resolve(flags.out);
  const app = cliApp(ctx);
  if (fs.existsSync(target)) {
    ctx.err(`${ctx.t('export.exists', { file: target })}\n`);
    return { code: 'WRITE_FAILED' };
  }
  return withUnlockedApp(ctx, app, async () => {
    const tags = await tagIdsByName(app, flags.tag ?? []);
    if (!Array.isArray(tags)) return tags;
    const selection = { tagIds: tags };
    const planned = await app.call('print:plan', { selection, job });
    if (!planned.ok) return planned.error;
    const plan = planned.value as OutputOf<'print:plan'>;
    for (const excluded of plan.excluded)
      ctx.err(`${ctx.t(`print.excluded.${excluded.reason}`, { name: excluded.name })}\n`);
    for (const warning of plan.warnings)
      ctx.err(`${ctx.t(`print.warning.${warning.kind}`, { facility: warning.facilityName })}\n`);
    const rendered = await app.call('print:render', { selection, job });
    if (!rendered.ok) return rendered.error;
    const out = rendered.value as OutputOf<'print:render'>;
    for (const problem of out.overflow) ctx.err(`${ctx.t('print.overflow', { name: problem.name })}\n`);
    for (const problem of out.unsupported)
      ctx.err(`${ctx.t('print.unsupported', { name: problem.name, chars: problem.chars.join(' ') })}\n`);
    try {
      writeNewFile(target, Buffer.from(out.pdfBase64, 'base64'));
    } catch {
      ctx.err(`${ctx.t('export.exists', { file: target })}\n`);
      return { code: 'WRITE_FAILED' };
    }
    ctx.out(`${ctx.t('print.written', { count: plan.items, pages: out.pages, file: target })}\n`);
    return null;
  });
}
