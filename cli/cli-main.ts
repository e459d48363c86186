import { parseArgs } from 'node:util';
import type { KdfParams } from '../db/vault/kdf';
import { AppError } from '../shared/errors';
import { CliError, exitCodeFor, type Failure } from './cli-error';
import type { CliContext } from './cli-context';
import { cliLanguage, cliTranslator, describeFailure } from './cli-i18n';
import { accounts, type AccountsFlags } from './commands/accounts';
import { bank, type BankFlags } from './commands/bank';
import { backup } from './commands/backup';
import { call } from './commands/call';
import { envelopes } from './commands/envelopes';
import { exportCsv } from './commands/export';
import { importCsv, type ImportFlags } from './commands/import';
import { init } from './commands/init';
import { labels } from './commands/labels';
import { letters, type LettersFlags } from './commands/letters';
import type { PrintFlags } from './commands/print-to-file';
import { report, type ReportFlags } from './commands/report';
import { restore } from './commands/restore';
import { wipe, type WipeFlags } from './commands/wipe';
import { readSecrets } from './read-secret';

/** Options only some commands take. */
type Flags = ImportFlags & PrintFlags & WipeFlags & LettersFlags & ReportFlags & AccountsFlags & BankFlags;

const commands: Record<string, (ctx: CliContext, flags: Flags) => Promise<Failure | null>> = {
  init,
  call,
  backup,
  restore,
  import: importCsv,
  export: exportCsv,
  labels,
  envelopes,
  wipe,
  letters,
  report,
  accounts,
  bank,
};
/** Which command each command-specific flag belongs to: anywhere else it is a usage error. */
const flagOwners: Record<keyof Flags, readonly string[]> = {
  skipDuplicates: ['import'],
  sheet: ['labels'],
  startRow: ['labels'],
  startCol: ['labels'],
  copies: ['labels'],
  format: ['envelopes'],
  window: ['envelopes'],
  tag: ['labels', 'envelopes'],
  evening: ['labels', 'envelopes'],
  out: ['labels', 'envelopes', 'letters', 'report'],
  verbose: ['labels', 'envelopes'],
  yesDestroyThisVault: ['wipe'],
  from: ['letters'],
  to: ['letters'],
  duplicates: ['letters'],
  year: ['report'],
  name: ['accounts'],
  currency: ['accounts'],
  iban: ['accounts'],
  opening: ['accounts'],
  at: ['accounts'],
  kind: ['accounts'],
  account: ['bank'],
  dryRun: ['bank'],
  json: ['bank'],
  acceptGap: ['bank'],
  keepFile: ['bank'],
};

/** An option that looks like a way to pass a secret is refused as such, so the user learns to use stdin instead. */
const SECRET_OPTION = /^--?(pass(word|phrase)?|passwd|secret|key|code|recovery-code=)/i;

function parse(argv: string[]): { positionals: string[]; help: boolean; recoveryCode: boolean; flags: Flags } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        help: { type: 'boolean', short: 'h' },
        'recovery-code': { type: 'boolean' },
        'skip-duplicates': { type: 'boolean' },
        sheet: { type: 'string' },
        'start-row': { type: 'string' },
        'start-col': { type: 'string' },
        copies: { type: 'string' },
        format: { type: 'string' },
        window: { type: 'string' },
        tag: { type: 'string', multiple: true },
        evening: { type: 'string' },
        out: { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        'yes-destroy-this-vault': { type: 'boolean' },
        from: { type: 'string' },
        to: { type: 'string' },
        duplicates: { type: 'string' },
        year: { type: 'string' },
        name: { type: 'string' },
        currency: { type: 'string' },
        iban: { type: 'string' },
        opening: { type: 'string' },
        at: { type: 'string' },
        kind: { type: 'string' },
        account: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        'accept-gap': { type: 'boolean' },
        'keep-file': { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
    return {
      positionals,
      help: values.help === true,
      recoveryCode: values['recovery-code'] === true,
      flags: {
        skipDuplicates: values['skip-duplicates'] === true,
        sheet: values.sheet,
        startRow: values['start-row'],
        startCol: values['start-col'],
        copies: values.copies,
        format: values.format,
        window: values.window,
        tag: values.tag,
        evening: values.evening,
        out: values.out,
        verbose: values.verbose === true ? true : undefined,
        yesDestroyThisVault: values['yes-destroy-this-vault'] === true ? true : undefined,
        from: values.from,
        to: values.to,
        duplicates: values.duplicates,
        year: values.year,
        name: values.name,
        currency: values.currency,
        iban: values.iban,
        opening: values.opening,
        at: values.at,
        kind: values.kind,
        account: values.account,
        dryRun: values['dry-run'] === true ? true : undefined,
        json: values.json === true ? true : undefined,
        acceptGap: values['accept-gap'] === true ? true : undefined,
        keepFile: values['keep-file'] === true ? true : undefined,
      },
    };
  } catch {
    // parseArgs' own message quotes the offending argument, which may be a secret: never shown.
    throw new CliError(argv.some((arg) => SECRET_OPTION.test(arg)) ? 'SECRET_IN_ARGUMENTS' : 'USAGE');
  }
}

function asFailure(error: unknown): Failure {
  if (error instanceof CliError || error instanceof AppError) return { code: error.code };
  return { code: 'INTERNAL' };
}

export interface MainOptions {
  /** The tests' own entry point passes a cheap Argon2id cost; `parloir` itself never does. */
  kdf?: KdfParams;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv, options: MainOptions = {}): Promise<number> {
  const language = cliLanguage(env, env.PARLOIR_DATA_DIR);
  const t = await cliTranslator(language);
  const secrets = readSecrets();
  const ctx: CliContext = {
    ...(options.kdf ? { kdf: options.kdf } : {}),
    positionals: [],
    recoveryCode: false,
    env,
    language,
    t,
    secrets,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
  try {
    const { positionals, help, recoveryCode, flags } = parse(argv);
    const [name, ...rest] = positionals;
    if (help || name === 'help') {
      ctx.out(`${t('usage')}\n`);
      return 0;
    }
    const command = name && Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) {
      ctx.err(`${t('usage')}\n\n`);
      throw new CliError('USAGE');
    }
    const misplaced = (flag: keyof Flags) =>
      flags[flag] !== undefined && flags[flag] !== false && !flagOwners[flag].includes(name ?? '');
    if ((Object.keys(flagOwners) as (keyof Flags)[]).some(misplaced)) throw new CliError('USAGE');
    const failure = await command({ ...ctx, positionals: rest, recoveryCode }, flags);
    if (!failure) return 0;
    ctx.err(`${describeFailure(t, failure)}\n`);
    return exitCodeFor(failure);
  } catch (error) {
    const failure = asFailure(error);
    ctx.err(`${describeFailure(t, failure)}\n`);
    return exitCodeFor(failure);
  } finally {
    secrets.close();
    process.stdin.pause();
  }
}
