import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { PrintJob, PrintWorkerMessage } from './print-worker-protocol';
import type { Progress, RenderOutcome } from './print-types';

/**
 * Where the worker is: the built app bundles it as print.worker.mjs beside main.mjs (outside app.asar, which worker
 * threads cannot read); run from sources (tests, tsx), the TypeScript file is loaded through tsx.
 */
function workerEntry(): { file: string; execArgv?: string[] } {
  if (import.meta.url.endsWith('.ts')) return { file: fileURLToPath(new URL('./print-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] };
  return { file: fileURLToPath(new URL('./print.worker.mjs', import.meta.url)).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1') };
}

/** Runs one print job in a worker thread, relaying its progress; the thread exits with the job. */
export function runInWorker(job: PrintJob, onProgress?: Progress): Promise<RenderOutcome> {
  const { file, execArgv } = workerEntry();
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
