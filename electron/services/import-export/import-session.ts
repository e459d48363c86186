import crypto from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { importProgressOutput } from '../../../shared/import-export/import-export.schemas';
import type { ImportWorker } from './import-worker-runner';

export type ImportProgress = z.output<typeof importProgressOutput>;

interface PendingImport {
  token: string;
  fileName: string;
  /** Null once the import ran: the worker is gone, and the same file cannot be imported twice by mistake. */
  worker: ImportWorker | null;
  progress: ImportProgress;
  /** Stops listening to the lock signal the file was opened under. */
  release: () => void;
}

const IDLE: ImportProgress = { state: 'idle', done: 0, total: 0 };

/**
 * The one spreadsheet being imported. Its rows (names, numbers: sensitive) live in its worker thread until an import
 * writes them, under a random token the renderer holds; choosing another file, finishing the import or locking the
 * vault ends the thread.
 */
export class ImportSessions {
  #pending: PendingImport | null = null;

  /** Takes over `worker`; a lock (the signal the file was opened under) ends it at once. */
  open(fileName: string, worker: ImportWorker, lockSignal: AbortSignal): string {
    this.clear();
    if (lockSignal.aborted) {
      worker.terminate();
      throw new AppError('VAULT_LOCKED', 'The vault was locked');
    }
    const token = crypto.randomUUID();
    const onLock = () => this.clear(new AppError('VAULT_LOCKED', 'The vault was locked'));
    lockSignal.addEventListener('abort', onLock, { once: true });
    const release = () => lockSignal.removeEventListener('abort', onLock);
    this.#pending = { token, fileName, worker, progress: { ...IDLE }, release };
    return token;
  }

  /** The worker behind a token; NOT_FOUND when it was replaced, forgotten on lock, or already imported. */
  worker(token: string): ImportWorker {
    const worker = this.#pending?.token === token ? this.#pending.worker : null;
    if (!worker) throw new AppError('NOT_FOUND', 'Choose the file again');
    return worker;
  }

  progress(token: string): ImportProgress {
    return this.#pending?.token === token ? { ...this.#pending.progress } : { ...IDLE };
  }

  /** Runs the import of `token`'s rows once at a time, keeping its progress readable while it runs. */
  async run<T>(token: string, work: (worker: ImportWorker, report: (done: number, total: number) => void) => Promise<T>): Promise<T> {
    const pending = this.#pending;
    const worker = this.worker(token);
    if (!pending || pending.progress.state === 'running') throw new AppError('VALIDATION', 'This import is already running');
    pending.progress = { state: 'running', done: 0, total: 0 };
    try {
      const result = await work(worker, (done, total) => {
        pending.progress = { state: 'running', done, total };
      });
      pending.progress = { ...pending.progress, state: 'done' };
      pending.worker = null;
      worker.terminate();
      return result;
    } catch (error) {
      pending.progress = { ...pending.progress, state: 'failed' };
      throw error;
    }
  }

  /** Forgets the file and ends its worker; whatever it was asked fails with `reason`. */
  clear(reason?: AppError): void {
    this.#pending?.release();
    this.#pending?.worker?.terminate(reason);
    this.#pending = null;
  }
}
