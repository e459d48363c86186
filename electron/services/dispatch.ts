import { isChannel, type Channel } from '../../shared/channels';
import { contract, type ChannelNeeds, type Handlers } from '../../shared/contract';
import { errorEnvelope, okEnvelope, type Envelope } from '../../shared/envelope';
import { AppError, type ErrorInfo } from '../../shared/errors';
import { vaultChannelNames } from '../../shared/vault/vault.channels';

export type InternalErrorReporter = (channel: string, error: unknown) => void;

/** What dispatch needs of an application: its handlers, and whether its vault is open (for `needs`). */
export interface DispatchTarget {
  handlers: Handlers;
  context: { vault: { readonly isUnlocked: boolean; readonly lockSignal: AbortSignal } };
}

/** The vault's own channels open and close it themselves: a lock during one of them is not something overtaking it. */
const opensAndClosesTheVault: ReadonlySet<string> = new Set(vaultChannelNames);

/**
 * A lock never waits for the calls under way (idle timer, lock shortcut, the session locking): it closes the
 * connection beneath them, and their next query fails with whatever the driver says of a closed database. Such a call
 * answers VAULT_LOCKED, as one made after the lock would, not INTERNAL. Null when the call cannot be overtaken.
 */
function lockUnder(target: DispatchTarget, channel: Channel): AbortSignal | null {
  const { vault } = target.context;
  return vault.isUnlocked && !opensAndClosesTheVault.has(channel) ? vault.lockSignal : null;
}

/** The one answer per unmet need, whatever the channel: handlers never check the lock themselves. */
const ACCESS_ERRORS: Record<Exclude<ChannelNeeds, 'nothing'>, ErrorInfo> = {
  unlocked: { code: 'VAULT_LOCKED', message: 'Unlock the vault first' },
  locked: { code: 'VAULT_UNLOCKED', message: 'The vault is already unlocked' },
};

function unmetNeed(target: DispatchTarget, channel: Channel): ErrorInfo | null {
  const { needs } = contract[channel];
  if (needs === 'nothing') return null;
  const unlocked = target.context.vault.isUnlocked;
  return (needs === 'unlocked') === unlocked ? null : ACCESS_ERRORS[needs];
}

/**
 * The one path every call takes, in every host: known channel, what it needs (the contract's `needs`), input parsed
 * by zod, handler called, output checked, and whatever happens an envelope comes back. Unexpected errors become
 * INTERNAL with a fixed message (VAULT_LOCKED when a lock overtook the call): no stack trace, path or SQL text ever
 * reaches the caller.
 */
export async function dispatch(
  target: DispatchTarget,
  channel: unknown,
  rawInput: unknown,
  reportInternal: InternalErrorReporter = () => undefined,
): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) {
    return errorEnvelope({ code: 'UNKNOWN_CHANNEL', message: 'Unknown channel' });
  }
  const unmet = unmetNeed(target, channel);
  if (unmet) return errorEnvelope(unmet);
  const spec = contract[channel];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: issue.message,
    }));
    return errorEnvelope({ code: 'VALIDATION', message: 'The input does not match the channel schema', issues });
  }
  const lock = lockUnder(target, channel);
  try {
    const handler = target.handlers[channel] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return okEnvelope(spec.output.parse(value));
  } catch (error) {
    if (error instanceof AppError) {
      return errorEnvelope({
        code: error.code,
        message: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
      });
    }
    if (lock?.aborted) return errorEnvelope({ code: 'VAULT_LOCKED', message: 'The vault was locked' });
    reportInternal(channel, error);
    return errorEnvelope({ code: 'INTERNAL', message: 'Unexpected error' });
  }
}
