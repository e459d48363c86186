/**
 * Where a long job is, for a progress bar the window polls. A job the store does not hold (never started, dropped on
 * lock, cancelled, pushed out by newer ones) reads `idle`: the window cannot tell "gone" from "not started", and needs
 * not to.
 */
export interface JobProgress {
  state: 'idle' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
}

export const IDLE: Readonly<JobProgress> = Object.freeze({ state: 'idle', done: 0, total: 0 });
