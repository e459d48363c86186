import fs from 'node:fs';
import path from 'node:path';
import type { ParloirApp } from '../../electron/services/create-app';
import type { InputOf, OutputOf } from '../../shared/contract';
import { writeNewFile } from '../../db/vault/atomic-file';
import { dropSpareWorker, prewarmPrintWorker } from '../../electron/services/printing/print-engine';
import { sameName } from '../../shared/same-name';
import { CliError, type Failure } from '../cli-error';
import { cliApp, withUnlockedApp, type CliContext } from '../cli-context';
import { printSummary } from './print-summary';

export interface PrintFlags {
  sheet?: string | undefined;
  startRow?: string | undefined;
  startCol?: string | undefined;
  copies?: string | undefined;
  format?: string | undefined;
  window?: string | undefined;
  tag?: string[] | undefined;
  /** A writing evening's id: its letters, in the order of its rows, instead of the registry's filters. */
  evening?: string | undefined;
  out?: string | undefined;
  verbose?: boolean | undefined;
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
  // The layout's thread loads while the unlock derives the key on the other core; unused (a small job, a wrong
  // passphrase), it is ended below.
  prewarmPrintWorker();
  try {
    return await withUnlockedApp(ctx, app, () => renderToFile(ctx, app, flags, job, target));
  } finally {
    dropSpareWorker();
  }
}

async function renderToFile(
  ctx: CliContext,
  app: ParloirApp,
  flags: PrintFlags,
  job: InputOf<'print:render'>['job'],
  target: string,
): Promise<Failure | null> {
  let selection: InputOf<'print:render'>['selection'];
  if (flags.evening !== undefined) {
    // An evening's letters are its own selection: the registry's filters do not narrow it.
    if ((flags.tag ?? []).length > 0 || !/^[1-9]\d{0,15}$/u.test(flags.evening)) throw new CliError('USAGE');
    selection = { eveningId: Number(flags.evening) };
  } else {
    const tags = await tagIdsByName(app, flags.tag ?? []);
    if (!Array.isArray(tags)) return tags;
    selection = { tagIds: tags };
  }
  // One render, no plan before it: the render reports who was left out and why, and the selection and the fitting
  // of thousands of addresses are not done twice.
  const rendered = await app.call('print:render', { selection, job });
  if (!rendered.ok) return rendered.error;
  const out = rendered.value as OutputOf<'print:render'>;
  printSummary(ctx, job.kind, out, flags.verbose === true);
  try {
    writeNewFile(target, Buffer.from(out.pdfBase64, 'base64'));
  } catch {
    ctx.err(`${ctx.t('export.exists', { file: target })}\n`);
    return { code: 'WRITE_FAILED' };
  }
  const copies = job.kind === 'labels' ? (job.copies ?? 1) : 1;
  const printed = (out.recipients - out.overflow.length) * copies;
  ctx.out(
    `${ctx.t('print.written', { count: printed, pages: ctx.t('print.pages', { count: out.pages }), file: target })}\n`,
  );
  return out.overflow.length > 0 ? { code: 'ADDRESSES_LEFT_OUT' } : null;
}
