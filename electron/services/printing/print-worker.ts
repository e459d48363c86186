// Large batches are laid out here, off the main process: thousands of labels would otherwise freeze the window for
// a second or more. One job per thread; the PDF bytes are transferred back, not copied.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { renderEnvelopesInThread } from './envelopes.pdf';
import { renderLabelsInThread } from './labels.pdf';
import type { PrintJob, PrintWorkerMessage } from './print-worker-protocol';

const job = workerData as PrintJob;
const send = (message: PrintWorkerMessage, transfer?: ArrayBuffer[]) => parentPort?.postMessage(message, transfer);
const progress = (done: number, total: number) => send({ type: 'progress', done, total });

try {
  const outcome =
    job.kind === 'labels'
      ? await renderLabelsInThread(job.request, progress)
      : await renderEnvelopesInThread(job.request, progress);
  // A fresh buffer of its own: Node's pooled buffers cannot be transferred.
  const pdf = new Uint8Array(outcome.pdf);
  send({ type: 'done', outcome: { ...outcome, pdf } }, [pdf.buffer]);
} catch (error) {
  send({
    type: 'error',
    code: error instanceof AppError ? error.code : 'INTERNAL',
    message: error instanceof Error ? error.message : String(error),
  });
}
