import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import { workerEntry } from '../worker-entry';
import type { AttachmentWorkerAnswer, AttachmentWorkerRequest } from './attachment-worker-protocol';
import type { SanitizedAttachment } from './sanitize-attachment';

/**
 * Cleans one attachment in a worker thread of its own, ended as soon as it answers or the vault locks (then
 * VAULT_LOCKED: the file's bytes go with the thread). The result is exactly sanitizeAttachment's.
 */
export function sanitizeInWorker(
  bytes: Uint8Array,
  declaredName: string,
  lockSignal: AbortSignal,
): Promise<SanitizedAttachment> {
  if (lockSignal.aborted) return Promise.reject(new AppError('VAULT_LOCKED', 'The vault was locked'));
  const { file, execArgv } = workerEntry(import.meta.url, 'attachment', './attachment-worker.ts');
  const worker = new Worker(file, execArgv ? { execArgv } : {});
  let onAbort = () => {};
  const answer = new Promise<SanitizedAttachment>((resolve, reject) => {
    onAbort = () => reject(new AppError('VAULT_LOCKED', 'The vault was locked'));
    lockSignal.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (message: AttachmentWorkerAnswer) => {
      if (message.ok) resolve(message.attachment);
      else if (message.error.code === 'INTERNAL') reject(new Error(message.error.message));
      else reject(new AppError(message.error.code, message.error.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The attachment worker stopped (${code})`)));
  });
  worker.postMessage({ bytes, declaredName } satisfies AttachmentWorkerRequest);
  return answer.finally(() => {
    lockSignal.removeEventListener('abort', onAbort);
    void worker.terminate();
  });
}
