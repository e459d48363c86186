import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-entry';
import { AppError } from '../../../shared/errors';
import type { PrintJob, PrintWorkerMessage } from './print-worker-protocol';
import type { Progress, RenderOutcome } from './print-types';

/** Runs one print job in a worker thread, relaying its progress; the thread exits with the job. */
export function runInWorker(job: PrintJob, onProgress?: Progress): Promise<RenderOutcome> {
  const { file, execArgv } = workerEntry(import.meta.url, 'print', './print-worker.ts');
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: job, ...(execArgv ? { execArgv } : {}) });
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
  });
}
