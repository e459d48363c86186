import type { ErrorCode } from '../../../shared/errors';
import type { EnvelopesRequest, LabelsRequest, RenderOutcome } from './print-types';

/** What the print worker is given (its one message) and what it answers, one job per thread. */
export type PrintJob = { kind: 'labels'; request: LabelsRequest } | { kind: 'envelopes'; request: EnvelopesRequest };

export type PrintWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; outcome: RenderOutcome }
  | { type: 'error'; code: ErrorCode; message: string };
