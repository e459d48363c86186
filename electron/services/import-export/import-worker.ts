// The import worker: one per chosen spreadsheet, alive while the import screen uses it. The main process terminates
// it when another file is chosen, when the import is done, and the moment the vault starts to lock.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { ImportJob } from './import-job';
import type { ImportRequest, ImportWorkerData, ImportWorkerMessage } from './import-worker-protocol';

const { file } = workerData as ImportWorkerData;
const send = (message: ImportWorkerMessage, transfer?: ArrayBuffer[]) => parentPort?.postMessage(message, transfer);

function failure(id: number | null, error: unknown): ImportWorkerMessage {
  if (error instanceof AppError)
    return {
      type: 'error',
      id,
      code: error.code,
      message: error.message,
      ...(error.issues ? { issues: error.issues } : {}),
    };
  return { type: 'error', id, code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

function answer(job: ImportJob, request: ImportRequest): void {
  if (request.type === 'plan') {
    const plan = job.plan(request.mapping, request.vault, request.keep, request.duplicates);
    send({ type: 'planned', id: request.id, plan });
    return;
  }
  if (request.type === 'letters') {
    const { mapping, plan } = job.planLetters(request.mapping, request.lookup, request.withLetters);
    send({ type: 'letters', id: request.id, mapping, plan });
    return;
  }
  if (request.type === 'setAside') {
    send({ type: 'setAside', id: request.id, table: job.setAsideRows() });
    return;
  }
  const chunks = job.readyRows();
  send(
    { type: 'ready', id: request.id, chunks },
    chunks.map((chunk) => chunk.buffer as ArrayBuffer),
  );
}

let job: ImportJob | null = null;
try {
  job = ImportJob.open(file, (rows) => send({ type: 'progress', rows }));
  send({ type: 'opened', summary: job.summary() });
} catch (error) {
  // Nothing listens any more: the thread ends once this answer is out.
  send(failure(null, error));
}
if (job) {
  const opened = job;
  parentPort?.on('message', (request: ImportRequest) => {
    try {
      answer(opened, request);
    } catch (error) {
      send(failure(request.id, error));
    }
  });
}
