import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { IDLE, type JobProgress } from './job-progress';

/** What one kind of job (a rendered PDF, a spreadsheet being imported, a bank statement…) asks of the store. */
export interface JobKind<P> {
  /** How many jobs of this kind are kept: adding one more drops the oldest (1: one at a time). */
  keep: number;
  /** The NOT_FOUND message for a job the store no longer holds. */
  notFound: string;
  /** The VALIDATION message when a job is run again while it runs. */
  alreadyRunning?: string;
  /** Frees what a payload holds beyond memory (a worker thread) when it is dropped, for `reason`. */
  release?: (payload: P, reason: AppError) => void;
}

export interface JobControl {
  report(done: number, total: number): void;
  /** Aborted when the job is dropped (lock, cancel, pushed out) while it runs: pass it to whatever does the work. */
  signal: AbortSignal;
}

interface Job<P> {
  holding: boolean;
  payload: P | undefined;
  progress: JobProgress;
  controller: AbortController;
}

/**
 * The jobs of one kind, in memory only, under ids: random ones handed out, or the caller's own (a renderer that polls
 * progress picks its token before the work starts). Made by the job service, which drops them all when the vault
 * locks; nothing here touches the disk.
 */
export class JobStore<P> {
  readonly #kind: JobKind<P>;
  readonly #jobs = new Map<string, Job<P>>();
  /** Watches the lock signal a job is added under (see JobService). */
  readonly #watch: (signal: AbortSignal) => void;

  constructor(kind: JobKind<P>, watch: (signal: AbortSignal) => void) {
    this.#kind = kind;
    this.#watch = watch;
  }

  /**
   * Keeps `payload` as a new job and returns its id (`options.id`, or a random one). `signal` is the vault's lock
   * signal the payload was made under: already aborted, the payload is released and VAULT_LOCKED thrown, so nothing
   * made before a lock outlives it.
   */
  add(payload: P, options: { signal: AbortSignal; id?: string }): string {
    if (options.signal.aborted) {
      const locked = new AppError('VAULT_LOCKED', 'The vault was locked');
      this.#kind.release?.(payload, locked);
      throw locked;
    }
    this.#watch(options.signal);
    const id = options.id ?? randomUUID();
    this.#drop(id, this.#notFound());
    this.#jobs.set(id, { holding: true, payload, progress: { ...IDLE }, controller: new AbortController() });
    for (const oldest of this.#jobs.keys()) {
      if (this.#jobs.size <= this.#kind.keep) break;
      this.#drop(oldest, this.#notFound());
    }
    return id;
  }

  /** The payload of `id`; NOT_FOUND once it was dropped, cancelled, finished or never added. */
  get(id: string): P {
    const job = this.#jobs.get(id);
    if (!job?.holding) throw this.#notFound();
    return job.payload as P;
  }

  progress(id: string): JobProgress {
    const job = this.#jobs.get(id);
    return job ? { ...job.progress } : { ...IDLE };
  }

  /**
   * Runs `work` on the payload of `id`, one run at a time, its progress readable meanwhile: running, then done or
   * failed with the last counts reported. If the job is dropped while it runs, the run fails with the drop's reason
   * (VAULT_LOCKED, CANCELLED…), whatever the work itself met on the way.
   */
  async run<T>(id: string, work: (payload: P, control: JobControl) => Promise<T>): Promise<T> {
    const payload = this.get(id);
    const job = this.#jobs.get(id) as Job<P>;
    if (job.progress.state === 'running')
      throw new AppError('VALIDATION', this.#kind.alreadyRunning ?? 'This job is already running');
    job.progress = { state: 'running', done: 0, total: 0 };
    const { signal } = job.controller;
    try {
      const result = await work(payload, {
        signal,
        report: (done, total) => (job.progress = { state: 'running', done, total }),
      });
      job.progress = { ...job.progress, state: 'done' };
      return result;
    } catch (error) {
      job.progress = { ...job.progress, state: 'failed' };
      if (signal.aborted)
        throw signal.reason instanceof AppError
          ? new AppError(signal.reason.code, signal.reason.message, { cause: error })
          : error;
      throw error;
    }
  }

  /** Releases the payload of `id` (its work is over) and keeps its progress readable. */
  finish(id: string): void {
    const job = this.#jobs.get(id);
    if (!job?.holding) return;
    const payload = job.payload as P;
    job.holding = false;
    job.payload = undefined;
    this.#kind.release?.(payload, this.#notFound());
  }

  /**
   * Cancels `id`: the job is forgotten like one dropped on lock (its progress reads idle, its id NOT_FOUND), its
   * payload released, and a run under way fails with CANCELLED. False when there was no such job.
   */
  cancel(id: string): boolean {
    return this.#drop(id, new AppError('CANCELLED', 'The job was cancelled'));
  }

  /** Drops every job for `reason`. */
  clear(reason: AppError): void {
    for (const id of [...this.#jobs.keys()]) this.#drop(id, reason);
  }

  get size(): number {
    return this.#jobs.size;
  }

  #drop(id: string, reason: AppError): boolean {
    const job = this.#jobs.get(id);
    if (!job) return false;
    this.#jobs.delete(id);
    job.controller.abort(reason);
    if (job.holding) {
      const payload = job.payload as P;
      job.holding = false;
      job.payload = undefined;
      this.#kind.release?.(payload, reason);
    }
    return true;
  }

  #notFound(): AppError {
    return new AppError('NOT_FOUND', this.#kind.notFound);
  }
}
