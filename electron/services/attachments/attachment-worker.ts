// Worker thread: cleans one attachment (sanitize-attachment.ts) off the main thread, so decoding and encoding a
// phone photo (seconds of pure JavaScript) never freezes the window. Memory only, like the function it runs.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { AttachmentWorkerAnswer, AttachmentWorkerRequest } from './attachment-worker-protocol';
import { sanitizeAttachment } from './sanitize-attachment';

parentPort?.once('message', (request: AttachmentWorkerRequest) => {
  sanitizeAttachment(request.bytes, request.declaredName).then(
    (attachment) => parentPort?.postMessage({ ok: true, attachment } satisfies AttachmentWorkerAnswer),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        // Only an AppError's code and English message cross back; anything else is a bug and says nothing more.
        error:
          error instanceof AppError
            ? { code: error.code, message: error.message }
            : { code: 'INTERNAL', message: 'The attachment could not be cleaned' },
      } satisfies AttachmentWorkerAnswer),
  );
});
