import { dispatch } from '../../electron/services/dispatch';
import { CliError, type Failure } from '../cli-error';
import { cliApp, readUnlockSecret, requireDataDir, unlockApp, type CliContext } from '../cli-context';

/** Input fields that carry a secret: given on the command line they would sit in the shell history. */
const SECRET_FIELDS = new Set(['passphrase', 'secret', 'current', 'next', 'recoveryCode']);

function carriesSecret(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(carriesSecret);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => SECRET_FIELDS.has(key) || carriesSecret(inner));
}

function parseInput(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError('INPUT_NOT_JSON');
  }
}

/**
 * `parloir call <channel> [input]`: unlocks with the secret from stdin (none: the vault stays locked), calls one
 * channel through the same dispatch as the window, prints its envelope as JSON, and locks again.
 */
export async function call(ctx: CliContext): Promise<Failure | null> {
  const [channel, inputArgument, ...extra] = ctx.positionals;
  if (!channel || extra.length > 0) throw new CliError('USAGE');
  const dataDir = requireDataDir(ctx);
  let input: unknown = {};
  if (inputArgument !== undefined && inputArgument !== '-') {
    input = parseInput(inputArgument);
    if (carriesSecret(input)) throw new CliError('SECRET_IN_ARGUMENTS');
  }
  const secret = await readUnlockSecret(ctx);
  if (inputArgument === '-') input = parseInput(await ctx.secrets.rest());
  const app = cliApp(dataDir);
  try {
    if (secret) {
      const unlocked = await unlockApp(app, ctx, secret);
      if (!unlocked.ok) {
        ctx.out(`${JSON.stringify(unlocked, null, 2)}\n`);
        return unlocked.error;
      }
    }
    const envelope = await dispatch(app.handlers, channel, input);
    ctx.out(`${JSON.stringify(envelope, null, 2)}\n`);
    return envelope.ok ? null : envelope.error;
  } finally {
    await app.context.vault.lock();
  }
}
