import { AppError } from '../../../shared/errors';

/**
 * Runs `work` under the vault's lock signal. A lock closes the connection and ends the import worker under whatever
 * is running, which then fails in its own words (a closed database, a stopped thread): once the lock has begun, any
 * such failure is the lock, and says VAULT_LOCKED.
 */
export async function lockWins<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (signal.aborted) throw new AppError('VAULT_LOCKED', 'The vault was locked', { cause: error });
    throw error;
  }
}
