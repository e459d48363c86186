import type { Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { VaultSession } from '../../db/vault/vault-session';

/**
 * A lock never waits for the calls under way (the idle timer, the lock shortcut, the session locking): it closes the
 * connection beneath them, and their next query fails with whatever the driver says of a closed database ("connection
 * is not open", "driver has already been destroyed"). Such a call answers VAULT_LOCKED, as one made after the lock
 * would, not INTERNAL. The vault's own channels are left as they are: they open and close the vault themselves.
 */
export function lockOvertakenHandlers(vault: VaultSession, handlers: Handlers): Handlers {
  const wrapped = Object.entries(handlers).map(([channel, handler]) => {
    if (channel.startsWith('vault:')) return [channel, handler];
    const call = handler as (input: unknown) => Promise<unknown>;
    return [
      channel,
      async (input: unknown) => {
        const lock = vault.lockSignal;
        try {
          return await call(input);
        } catch (error) {
          if (lock.aborted && !(error instanceof AppError)) throw new AppError('VAULT_LOCKED', 'The vault was locked', { cause: error });
          throw error;
        }
      },
    ];
  });
  return Object.fromEntries(wrapped) as Handlers;
}
