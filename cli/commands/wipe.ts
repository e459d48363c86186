import { WIPE_CONFIRMATION } from '../../shared/vault/vault.schemas';
import { CliError, type Failure } from '../cli-error';
import { cliApp, type CliContext } from '../cli-context';

export interface WipeFlags {
  yesDestroyThisVault?: boolean;
}

/**
 * `parloir wipe --yes-destroy-this-vault`: the panic wipe, without a secret (whoever has the laptop in hand must be
 * able to do it without unlocking), through the same channel as the window. The long flag is the confirmation.
 */
export async function wipe(ctx: CliContext, flags: WipeFlags): Promise<Failure | null> {
  if (ctx.positionals.length > 0) throw new CliError('USAGE');
  if (!flags.yesDestroyThisVault) throw new CliError('WIPE_NOT_CONFIRMED');
  const app = cliApp(ctx);
  const envelope = await app.call('vault:wipe', { confirm: WIPE_CONFIRMATION });
  if (!envelope.ok) return envelope.error;
  ctx.out(`${ctx.t('wipe.done')}\n`);
  return null;
}
