import type { ErrorCode } from '../../../shared/errors';
import type { EnvelopesRequest, LabelsRequest, RenderOutcome, SectionsRequest, TableRequest } from './print-types';

/** What the print worker is given (its one message) and what it answers, one job per thread. */
export type PrintJob =
  | { kind: 'labels'; request: LabelsRequest }
  | { kind: 'envelopes'; request: EnvelopesRequest }
  /** A long report: its outcome carries the PDF only (no overflow or coverage lists). */
  | { kind: 'table'; request: TableRequest }
  /** A long report of several tables (the treasurer's), the same way. */
  | { kind: 'sections'; request: SectionsRequest };

export type PrintWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; outcome: RenderOutcome }
  | { type: 'error'; code: ErrorCode; message: string };
