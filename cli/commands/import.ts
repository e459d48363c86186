import path from 'node:path';
import type { OutputOf } from '../../shared/contract';
import type { ImportMapping, ImportProblem } from '../../shared/import-export/import-export.schemas';
import { CliError, type Failure } from '../cli-error';
import { cliApp, withUnlockedApp, type CliContext } from '../cli-context';

/** Problems printed before the rest are summed up: a wrong file can have one per line. */
const MAX_PRINTED_PROBLEMS = 100;

export interface ImportFlags {
  skipDuplicates: boolean;
}

function describeProblem(ctx: CliContext, problem: ImportProblem): string {
  const words = { line: problem.line, problem: ctx.t(`translation:importProblem.${problem.problem}`) };
  if (problem.field === null) return ctx.t('import.problemRow', words);
  const field = ctx.t(`translation:importField.${problem.field}`);
  return problem.value === null
    ? ctx.t('import.problem', { ...words, field })
    : ctx.t('import.problemWithValue', { ...words, field, value: problem.value });
}

function describeMapping(ctx: CliContext, headers: string[], mapping: ImportMapping): string {
  const pairs = Object.entries(mapping).map(
    ([field, column]) => `${headers[column] ?? column} → ${ctx.t(`translation:importField.${field}`)}`,
  );
  return pairs.length === 0 ? ctx.t('import.noColumns') : ctx.t('import.columns', { columns: pairs.join(', ') });
}

/**
 * `parloir import <file.csv> [--skip-duplicates]`: the window's import, channel for channel, with the mapping Parloir
 * suggests from the headers. Any problem is printed in words and nothing is imported (exit 1); otherwise every row
 * goes in, in one transaction.
 */
export async function importCsv(ctx: CliContext, flags: ImportFlags): Promise<Failure | null> {
  const [file, ...extra] = ctx.positionals;
  if (!file || extra.length > 0) throw new CliError('USAGE');
  const app = cliApp(ctx, { import: path.resolve(file) });
  return withUnlockedApp(ctx, app, async () => {
    const picked = await app.call('import:pickFile', {});
    if (!picked.ok) return picked.error;
    const choice = picked.value as OutputOf<'import:pickFile'>;
    if (choice.status !== 'chosen') return { code: 'CANCELLED' };
    const mapping = choice.suggestedMapping;
    ctx.err(`${describeMapping(ctx, choice.headers, mapping)}\n`);

    const duplicates = flags.skipDuplicates ? 'skip' : 'refuse';
    const checked = await app.call('import:check', { token: choice.token, mapping, duplicates });
    if (!checked.ok) return checked.error;
    const { problems, problemCount, inVaultCount, problemRows } = checked.value as OutputOf<'import:check'>;
    // The check lists the first problems only; the counts cover them all.
    const blocking = problems.filter((p) => !(flags.skipDuplicates && p.problem === 'duplicate_in_vault'));
    const total = flags.skipDuplicates ? problemCount - inVaultCount : problemCount;
    if (problemRows > 0) {
      const printed = blocking.slice(0, MAX_PRINTED_PROBLEMS);
      for (const problem of printed) ctx.err(`${describeProblem(ctx, problem)}\n`);
      if (total > printed.length) ctx.err(`${ctx.t('import.more', { count: total - printed.length })}\n`);
      return { code: 'IMPORT_INVALID' };
    }

    const ran = await app.call('import:run', { token: choice.token, mapping, duplicates });
    if (!ran.ok) return ran.error;
    const result = ran.value as OutputOf<'import:run'>;
    ctx.out(
      `${ctx.t('import.done', { imported: result.imported, skipped: result.skipped, facilities: result.facilitiesCreated, tags: result.tagsCreated })}\n`,
    );
    return null;
  });
}
