import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-entry';
import { AppError } from '../../../shared/errors';
import type { PrintJob, PrintWorkerMessage } from './print-worker-protocol';
import type { Progress, RenderOutcome } from './print-types';

/** A worker started ahead of its job (prewarmPrintWorker), alive or null. */
let spare: Worker | null = null;

function startWorker(): Worker {
  const { file, execArgv } = workerEntry(import.meta.url, 'print', './print-worker.ts');
  return new Worker(file, execArgv ? { execArgv } : {});
}

/**
 * Starts the next job's worker now, for a caller that knows a large job comes after a wait (the command line, while
 * the unlock derives its key on the other core): loading the engine then costs the job nothing. The worker holds no
 * data until a job is posted to it and does not keep the process alive; `dropSpareWorker` ends it unused.
 */
export function prewarmPrintWorker(): void {
  if (spare) return;
  const worker = startWorker();
  worker.unref();
  const forget = () => {
    if (spare === worker) spare = null;
  };
  // A spare that fails before any job is simply not used: the job starts a worker of its own.
  worker.once('error', forget);
  worker.once('exit', forget);
  spare = worker;
}

export function hasSpareWorker(): boolean {
  return spare !== null;
}

export function dropSpareWorker(): void {
  const worker = spare;
  spare = null;
  void worker?.terminate();
}

/** Runs one print job in a worker thread (the spare one if started), relaying its progress; it exits with the job. */
export function runInWorker(job: PrintJob, onProgress?: Progress): Promise<RenderOutcome> {
  const worker = spare ?? startWorker();
  spare = null;
  worker.ref();
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (message: PrintWorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else if (message.type === 'done') settle(() => resolve(message.outcome));
      else settle(() => reject(new AppError(message.code, message.message)));
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`Print worker exited with code ${code}`))));
    worker.postMessage(job);
  });
}
