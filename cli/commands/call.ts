import { dispatch } from '../../electron/services/dispatch';
import { CliError, type Failure } from '../cli-error';
import { cliApp, readUnlockSecret, requireDataDir, unlockApp, type CliContext } from '../cli-context';

function parseInput(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError('INPUT_NOT_JSON');
  }
}

/**
 * `parloir call <channel> [-]`: reads the secret line then the channel's JSON input from stdin (an empty secret line:
 * the vault stays locked; no input: `{}`), unlocks, calls one channel through the same dispatch as the window, prints
 * its envelope as JSON, and locks again.
 */
export async function call(ctx: CliContext): Promise<Failure | null> {
  const [channel, source, ...extra] = ctx.positionals;
  if (!channel || extra.length > 0) throw new CliError('USAGE');
  // An input argument carries names and addresses into the shell history, `ps` and npm's debug log: refused without
  // being parsed or repeated, whatever it holds. "-" (stdin, as everywhere) is the only input argument.
  if (source !== undefined && source !== '-') throw new CliError('INPUT_IN_ARGUMENTS');
  requireDataDir(ctx); // before anything is read from stdin
  const secret = await readUnlockSecret(ctx);
  const input = parseInput(await ctx.secrets.rest(ctx.t('prompt.input')));
  const app = cliApp(ctx);
  try {
    if (secret) {
      const unlocked = await unlockApp(app, ctx, secret);
      if (!unlocked.ok) {
        ctx.out(`${JSON.stringify(unlocked, null, 2)}\n`);
        return unlocked.error;
      }
    }
    const envelope = await dispatch(app, channel, input);
    ctx.out(`${JSON.stringify(envelope, null, 2)}\n`);
    return envelope.ok ? null : envelope.error;
  } finally {
    await app.context.vault.lock();
  }
}
