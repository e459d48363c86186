import path from 'node:path';
import type { ParloirApp } from '../../electron/services/create-app';
import type { OutputOf } from '../../shared/contract';
import { bankProblemText } from '../../shared/money/bank-problem-text';
import type { BankImportChecked } from '../../shared/money/bank.schemas';
import { sameName } from '../../shared/same-name';
import { CliError, type Failure } from '../cli-error';
import { cliApp, withUnlockedApp, type CliContext } from '../cli-context';

export interface BankFlags {
  account?: string | undefined;
  dryRun?: true | undefined;
  json?: true | undefined;
  acceptGap?: true | undefined;
  keepFile?: true | undefined;
}

/** The account named on the command line: its id, or its name (accents and case aside). */
async function accountId(app: ParloirApp, named: string): Promise<number | Failure> {
  if (/^\d{1,15}$/u.test(named)) return Number(named);
  const listed = await app.call('accounts:list', {});
  if (!listed.ok) return listed.error;
  const { accounts } = listed.value as OutputOf<'accounts:list'>;
  const found = accounts.filter((account) => sameName(account.name, named));
  if (found.length !== 1) return { code: 'ACCOUNT_UNKNOWN' };
  return found[0]?.id ?? { code: 'ACCOUNT_UNKNOWN' };
}

/** Exactly the object the issue gives for --json: what the file says, what is new, and every problem in words. */
function jsonSummary(ctx: CliContext, check: BankImportChecked) {
  return {
    format: check.format,
    entries: check.entries,
    new: check.new,
    duplicates: check.duplicates,
    credits: check.credits,
    debits: check.debits,
    opening: check.opening,
    closing: check.closing,
    problems: check.problems.map((problem) => ({
      code: problem.code,
      at: problem.at,
      blocking: problem.blocking,
      message: bankProblemText(problem, ctx.language),
    })),
  };
}

/**
 * `parloir bank import <file> --account <id or name> [--dry-run] [--json] [--accept-gap] [--keep-file]`: reads the
 * statement (camt.053 / camt.054, CODA, a CSV of a known bank), checks it against the account (duplicates,
 * continuity) and writes it in one transaction, or, with --dry-run, writes nothing. Problems go to stderr in words
 * (or into the --json object on stdout); a blocking one, or a gap without --accept-gap, imports nothing (exit 1).
 */
async function importStatement(ctx: CliContext, file: string, flags: BankFlags): Promise<Failure | null> {
  if (!flags.account) throw new CliError('USAGE');
  const named = flags.account;
  const app = cliApp(ctx, { import: path.resolve(file) });
  return withUnlockedApp(ctx, app, async () => {
    const id = await accountId(app, named);
    if (typeof id !== 'number') return id;
    const checked = await app.call('bankImport:check', { accountId: id });
    if (!checked.ok) return checked.error;
    const check = checked.value as OutputOf<'bankImport:check'>;
    if (check.status !== 'checked') return { code: 'CANCELLED' };
    if (flags.json) ctx.out(`${JSON.stringify(jsonSummary(ctx, check), null, 2)}\n`);
    else for (const problem of check.problems) ctx.err(`${bankProblemText(problem, ctx.language)}\n`);
    if (check.refused) return { code: 'BANK_IMPORT_REFUSED' };
    if (check.gap && !flags.acceptGap) return { code: 'BANK_IMPORT_GAP' };
    if (flags.dryRun) {
      if (!flags.json) ctx.out(`${ctx.t('bank.dryRun', { lines: check.new, duplicates: check.duplicates })}\n`);
      return null;
    }
    const ran = await app.call('bankImport:run', {
      token: check.token,
      acceptGap: flags.acceptGap === true,
      keepFile: flags.keepFile === true,
    });
    if (!ran.ok) return ran.error;
    const result = ran.value as OutputOf<'bankImport:run'>;
    const words = ctx.t('bank.imported', { lines: result.imported, duplicates: result.duplicates });
    if (flags.json) ctx.err(`${words}\n`);
    else ctx.out(`${words}\n`);
    return null;
  });
}

export async function bank(ctx: CliContext, flags: BankFlags): Promise<Failure | null> {
  const [action, file, ...extra] = ctx.positionals;
  if (action !== 'import' || !file || extra.length > 0) throw new CliError('USAGE');
  return importStatement(ctx, file, flags);
}
