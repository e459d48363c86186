import { accountKinds, type AccountKind } from '../../shared/money/money-values';
import { localToday } from '../../shared/today';
import { readAmountArgument } from '../amount-argument';
import { CliError, type Failure } from '../cli-error';
import { cliApp, withUnlockedApp, type CliContext } from '../cli-context';

export interface AccountsFlags {
  name?: string | undefined;
  currency?: string | undefined;
  iban?: string | undefined;
  opening?: string | undefined;
  at?: string | undefined;
  kind?: string | undefined;
}

const isKind = (value: string): value is AccountKind => (accountKinds as readonly string[]).includes(value);

/**
 * `parloir accounts add --name <name> --currency <CUR> [--iban <IBAN>] [--opening <amount> --at <date>] [--kind <k>]`:
 * creates an account through accounts:create and prints its id alone on stdout, for scripts. A bank account when an
 * IBAN is given, else 'other' unless --kind says; without --opening it opens at 0 today.
 */
export async function accounts(ctx: CliContext, flags: AccountsFlags): Promise<Failure | null> {
  const [verb, ...extra] = ctx.positionals;
  if (verb !== 'add' || extra.length > 0 || !flags.name || !flags.currency) throw new CliError('USAGE');
  if ((flags.opening === undefined) !== (flags.at === undefined)) throw new CliError('USAGE');
  if (flags.kind !== undefined && !isKind(flags.kind)) throw new CliError('USAGE');
  const currency = flags.currency.trim().toUpperCase();
  const openingMinor = flags.opening === undefined ? 0 : readAmountArgument(flags.opening, currency);
  if (openingMinor === undefined) throw new CliError('AMOUNT_INVALID');
  const kind = flags.kind ?? (flags.iban === undefined ? 'other' : 'bank');
  const app = cliApp(ctx);
  return withUnlockedApp(ctx, app, async () => {
    const created = await app.call('accounts:create', {
      kind,
      name: flags.name ?? '',
      currency,
      iban: flags.iban ?? null,
      openingMinor,
      openingOn: flags.at ?? localToday(),
    });
    if (!created.ok) return created.error;
    ctx.out(`${created.value.id}\n`);
    return null;
  });
}
