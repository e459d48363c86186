import type { ErrorCode } from '../../../shared/errors';
import type { SanitizedAttachment } from './sanitize-attachment';

export interface AttachmentWorkerRequest {
  bytes: Uint8Array;
  declaredName: string;
}

export type AttachmentWorkerAnswer =
  { ok: true; attachment: SanitizedAttachment } | { ok: false; error: { code: ErrorCode; message: string } };
