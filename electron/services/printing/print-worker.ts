// Large batches are laid out here, off the main process: thousands of labels would otherwise freeze the window for
// a second or more. One job per thread, posted once the thread is loaded (it may be started ahead of its job:
// print-worker-runner.ts); the PDF bytes are transferred back, not copied.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { renderEnvelopesInThread } from './envelopes.pdf';
import { regularFace } from './fonts';
import { renderLabelsInThread } from './labels.pdf';
import { renderTableInThread } from './table.pdf';
import { renderSectionsInThread } from './sections.pdf';
import type { PrintJob, PrintWorkerMessage } from './print-worker-protocol';

const send = (message: PrintWorkerMessage, transfer?: ArrayBuffer[]) => parentPort?.postMessage(message, transfer);
const progress = (done: number, total: number) => send({ type: 'progress', done, total });

async function run(job: PrintJob): Promise<void> {
  try {
    const outcome =
      job.kind === 'labels'
        ? await renderLabelsInThread(job.request, progress)
        : job.kind === 'envelopes'
          ? await renderEnvelopesInThread(job.request, progress)
          : {
              pdf: await (job.kind === 'table'
                ? renderTableInThread(job.request)
                : renderSectionsInThread(job.request)),
              pages: 0,
              overflow: [],
              unsupported: [],
            };
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
}

parentPort?.once('message', (job: PrintJob) => void run(job));
// The face the coverage check reads, parsed while the thread waits for its job.
regularFace();
