import fs from 'node:fs';
import path from 'node:path';
import type { ParloirApp } from '../../electron/services/create-app';
import type { OutputOf } from '../../shared/contract';
import {
  letterDuplicateChoices,
  type LetterDuplicateChoice,
  type LetterImportProblem,
} from '../../shared/import-export/letters-transfer.schemas';
import { CliError, type Failure } from '../cli-error';
import { cliApp, withUnlockedApp, type CliContext } from '../cli-context';

/** Problems printed before the rest are summed up: a wrong file can have one per line. */
const MAX_PRINTED_PROBLEMS = 100;
/** How often the import's progress is read while it runs. */
const PROGRESS_EVERY_MS = 250;

export interface LettersFlags {
  from?: string | undefined;
  to?: string | undefined;
  out?: string | undefined;
  /** What to do with rows the vault already has (letters import only); without it, such a file is refused. */
  duplicates?: string | undefined;
}

function describeProblem(ctx: CliContext, problem: LetterImportProblem): string {
  const words = { line: problem.line, problem: ctx.t(`translation:lettersImport.problems.${problem.problem}`) };
  if (problem.field === null) return ctx.t('import.problemRow', words);
  const field = ctx.t(`translation:lettersImport.columns.${problem.field}`);
  return problem.value === null
    ? ctx.t('import.problem', { ...words, field })
    : ctx.t('import.problemWithValue', { ...words, field, value: problem.value });
}

/** Calls `work` and prints "done / total" on stderr whenever it moved, read from lettersImport:progress. */
async function withProgress<T>(ctx: CliContext, app: ParloirApp, token: string, work: Promise<T>): Promise<T> {
  let shown = '';
  const show = async () => {
    const progress = await app.call('lettersImport:progress', { token });
    if (!progress.ok) return;
    const { done, total } = progress.value as OutputOf<'lettersImport:progress'>;
    const line = ctx.t('letters.progress', { done, total });
    if (total > 0 && line !== shown) ctx.err(`${line}\n`);
    shown = line;
  };
  const timer = setInterval(() => void show(), PROGRESS_EVERY_MS);
  try {
    const result = await work;
    await show();
    return result;
  } finally {
    clearInterval(timer);
  }
}

/** The rows the vault already has, in words: how many, then the first ones (line, prisoner, date). */
function describeDuplicates(ctx: CliContext, check: Extract<OutputOf<'lettersImport:check'>, { status: 'checked' }>) {
  ctx.err(`${ctx.t('letters.duplicates', { count: check.duplicates })}\n`);
  const printed = check.duplicateLetters.slice(0, MAX_PRINTED_PROBLEMS);
  for (const d of printed)
    ctx.err(`${ctx.t('letters.duplicate', { line: d.line, prisoner: d.prisoner, date: d.datedOn })}\n`);
  if (check.duplicates > printed.length)
    ctx.err(`${ctx.t('letters.moreDuplicates', { count: check.duplicates - printed.length })}\n`);
}

/**
 * `parloir letters import <file.csv> [--duplicates skip|import]`: the group's letter log, checked whole (columns
 * guessed from the header); any problem is printed in words and nothing is imported (exit 1); so are letters already
 * in the vault unless --duplicates says to leave them out or import them anyway; otherwise every letter goes in, in
 * one transaction.
 */
async function importLetters(
  ctx: CliContext,
  file: string,
  duplicates: LetterDuplicateChoice | undefined,
): Promise<Failure | null> {
  const app = cliApp(ctx, { import: path.resolve(file) });
  return withUnlockedApp(ctx, app, async () => {
    const checked = await app.call('lettersImport:check', {});
    if (!checked.ok) return checked.error;
    const check = checked.value as OutputOf<'lettersImport:check'>;
    if (check.status !== 'checked') return { code: 'CANCELLED' };
    const pairs = Object.entries(check.mapping).map(
      ([field, column]) =>
        `${check.headers[column] ?? column} → ${ctx.t(`translation:lettersImport.columns.${field}`)}`,
    );
    ctx.err(
      `${pairs.length === 0 ? ctx.t('letters.noColumns') : ctx.t('import.columns', { columns: pairs.join(', ') })}\n`,
    );
    if (check.problemCount > 0) {
      const printed = check.problems.slice(0, MAX_PRINTED_PROBLEMS);
      for (const problem of printed) ctx.err(`${describeProblem(ctx, problem)}\n`);
      if (check.problemCount > printed.length)
        ctx.err(`${ctx.t('import.more', { count: check.problemCount - printed.length })}\n`);
      return { code: 'IMPORT_INVALID' };
    }
    if (check.rows === 0) return { code: 'NOTHING_TO_IMPORT' };
    // Once the user has chosen, the result's own line says how many were left out: the list is for choosing.
    if (check.duplicates > 0 && duplicates === undefined) {
      describeDuplicates(ctx, check);
      return { code: 'DUPLICATES_CHOICE_NEEDED' };
    }
    if (check.repeats > 0) ctx.err(`${ctx.t('letters.repeats', { count: check.repeats })}\n`);
    const run = app.call('lettersImport:run', { token: check.token, ...(duplicates ? { duplicates } : {}) });
    const ran = await withProgress(ctx, app, check.token, run);
    if (!ran.ok) return ran.error;
    const { imported, skipped } = ran.value as OutputOf<'lettersImport:run'>;
    ctx.out(`${ctx.t('letters.imported', { count: imported })}\n`);
    if (skipped > 0) ctx.out(`${ctx.t('letters.skipped', { count: skipped })}\n`);
    return null;
  });
}

/**
 * `parloir letters export [--from D --to D] [--out file]`: every letter (or a period) as CSV, on stdout or in a new
 * file (an existing one is never replaced); either way it is not encrypted, which stderr says.
 */
async function exportLetters(ctx: CliContext, flags: LettersFlags): Promise<Failure | null> {
  const target = flags.out === undefined ? null : path.resolve(flags.out);
  if (target && fs.existsSync(target)) {
    ctx.err(`${ctx.t('export.exists', { file: target })}\n`);
    return { code: 'WRITE_FAILED' };
  }
  const app = cliApp(ctx, target ? { export: target } : {});
  const period = { ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}) };
  return withUnlockedApp(ctx, app, async () => {
    const written = await app.call('lettersExport:run', { ...period, destination: target ? 'file' : 'text' });
    if (!written.ok) return written.error;
    const result = written.value as OutputOf<'lettersExport:run'>;
    if (result.status === 'cancelled') return { code: 'CANCELLED' };
    if (result.status === 'text') {
      ctx.out(result.csv);
      ctx.err(`${ctx.t('letters.stdoutWarning', { count: result.rows })}\n`);
    } else ctx.err(`${ctx.t('export.written', { rows: result.rows, file: target })}\n`);
    return null;
  });
}

/** `parloir letters import|export …`. */
export async function letters(ctx: CliContext, flags: LettersFlags): Promise<Failure | null> {
  const [action, file, ...extra] = ctx.positionals;
  const duplicates = flags.duplicates;
  if (duplicates !== undefined && !(letterDuplicateChoices as readonly string[]).includes(duplicates))
    throw new CliError('USAGE');
  if (action === 'import' && file && extra.length === 0 && !flags.from && !flags.to && !flags.out)
    return importLetters(ctx, file, duplicates as LetterDuplicateChoice | undefined);
  if (action === 'export' && file === undefined && duplicates === undefined) return exportLetters(ctx, flags);
  throw new CliError('USAGE');
}
