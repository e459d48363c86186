import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';

export interface RenderedJob {
  pdf: Uint8Array;
  pages: number;
  /** What the save dialog proposes, without extension. */
  baseName: string;
}

type ProgressState = { state: 'idle' | 'running' | 'done' | 'failed'; done: number; total: number };

/** A few previews are enough (the one on screen and the one before it); each holds names and addresses. */
const MAX_JOBS = 4;
const MAX_PROGRESS = 16;

/**
 * Rendered PDFs kept in memory between the preview and "print" or "save", and the progress of renders under way.
 * Nothing here ever touches the disk; `clear` drops it all when the vault locks.
 */
export class PrintJobs {
  readonly #jobs = new Map<string, RenderedJob>();
  readonly #progress = new Map<string, ProgressState>();

  add(job: RenderedJob): string {
    const id = randomUUID();
    this.#jobs.set(id, job);
    for (const oldest of this.#jobs.keys()) {
      if (this.#jobs.size <= MAX_JOBS) break;
      this.#jobs.delete(oldest);
    }
    return id;
  }

  get(id: string): RenderedJob {
    const job = this.#jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', 'This print job is no longer in memory');
    return job;
  }

  report(token: string | undefined, state: ProgressState): void {
    if (token === undefined) return;
    this.#progress.delete(token);
    this.#progress.set(token, state);
    for (const oldest of this.#progress.keys()) {
      if (this.#progress.size <= MAX_PROGRESS) break;
      this.#progress.delete(oldest);
    }
  }

  progress(token: string): ProgressState {
    return this.#progress.get(token) ?? { state: 'idle', done: 0, total: 0 };
  }

  clear(): void {
    this.#jobs.clear();
    this.#progress.clear();
  }
}
