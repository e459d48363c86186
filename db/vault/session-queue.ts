import { AppError } from '../../shared/errors';

/**
 * Runs a vault session's operations one at a time. Each operation gets a signal that `abortAll` (a lock, a wipe)
 * aborts, whether it already runs or still waits its turn: a lock never queues behind long work.
 */
export class SessionQueue {
  #tail: Promise<unknown> = Promise.resolve();
  readonly #running = new Set<AbortController>();

  /** Queued after everything before it; not abortable (closing, which must always happen). */
  serial<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(operation);
    this.#tail = result.catch(() => undefined);
    return result;
  }

  abortable<T>(operation: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    this.#running.add(controller);
    return this.serial(async () => {
      controller.signal.throwIfAborted();
      return operation(controller.signal);
    }).finally(() => this.#running.delete(controller));
  }

  abortAll(): void {
    for (const controller of this.#running) controller.abort(new AppError('VAULT_LOCKED', 'The vault was locked'));
  }
}
