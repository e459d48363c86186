import { AppError } from '../../../shared/errors';
import type { VaultEvent } from '../../../db/vault/vault-session';
import { JobStore, type JobKind } from './job-store';

/** What the job service needs of the vault (VaultSession has it). */
export interface LockSource {
  onEvent(listener: (event: VaultEvent) => void): () => void;
}

/**
 * Long work kept in memory between calls (rendered PDFs, a spreadsheet being imported): one store per kind of job, all
 * dropped together when the vault locks. Payloads hold names and addresses, so they never outlive the unlock they were
 * made in: each store watches the lock signal its jobs were added under (aborted as a lock starts, before the
 * connection closes, so workers end at once), and the service listens to the vault's events (locked, restored, wiped)
 * once, for all of them.
 */
export class JobService {
  readonly #stores: JobStore<never>[] = [];
  /** Lock signals already watched: one listener per unlock, however many jobs were added under it. */
  readonly #watched = new WeakSet<AbortSignal>();

  constructor(vault: LockSource) {
    vault.onEvent(() => this.dropAll());
  }

  /** A store for one kind of job; a domain makes its own when its handlers are built. */
  store<P>(kind: JobKind<P>): JobStore<P> {
    const store = new JobStore(kind, (signal) => this.#watch(signal));
    this.#stores.push(store as unknown as JobStore<never>);
    return store;
  }

  /** Drops every job of every kind; their workers end, and what they were asked fails with VAULT_LOCKED. */
  dropAll(): void {
    const locked = new AppError('VAULT_LOCKED', 'The vault was locked');
    for (const store of this.#stores) store.clear(locked);
  }

  #watch(signal: AbortSignal): void {
    if (this.#watched.has(signal)) return;
    this.#watched.add(signal);
    signal.addEventListener('abort', () => this.dropAll(), { once: true });
  }
}
