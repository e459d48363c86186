// The printing engine's entry points, for the handlers and the command line. PDFs are made in memory only: the
// caller decides whether the bytes go to the preview, the print dialog or a file the user chose.
import { renderCalibrationPageInThread } from './calibration.pdf';
import { renderEnvelopesInThread } from './envelopes.pdf';
import { renderLabelsInThread } from './labels.pdf';
import { runInWorker } from './print-worker-runner';
export { dropSpareWorker, prewarmPrintWorker } from './print-worker-runner';
import { renderTableInThread } from './table.pdf';
import { renderSectionsInThread } from './sections.pdf';
import type {
  CalibrationRequest,
  EnvelopesRequest,
  LabelsRequest,
  Progress,
  RenderOutcome,
  SectionsRequest,
  TableRequest,
} from './print-types';

export { checkCoverage } from './fonts';
export type * from './print-types';

/** Above this many labels or envelopes, the layout runs in a worker thread so the window stays responsive. */
export const WORKER_THRESHOLD = 300;

export function renderLabels(req: LabelsRequest, onProgress?: Progress): Promise<RenderOutcome> {
  if (req.items.length * Math.max(1, req.copies) > WORKER_THRESHOLD)
    return runInWorker({ kind: 'labels', request: req }, onProgress);
  return renderLabelsInThread(req, onProgress);
}

export function renderEnvelopes(req: EnvelopesRequest, onProgress?: Progress): Promise<RenderOutcome> {
  if (req.items.length > WORKER_THRESHOLD) return runInWorker({ kind: 'envelopes', request: req }, onProgress);
  return renderEnvelopesInThread(req, onProgress);
}

export function renderCalibrationPage(req: CalibrationRequest): Promise<Uint8Array> {
  return renderCalibrationPageInThread(req);
}

/**
 * Above this many rows, a report is laid out in a worker thread: a year of correspondence on a large vault is
 * thousands of rows and seconds of pdfkit, during which the main process must stay free to lock.
 */
export const TABLE_WORKER_THRESHOLD = 300;

export async function renderTable(req: TableRequest): Promise<Uint8Array> {
  if (req.rows.length > TABLE_WORKER_THRESHOLD) return (await runInWorker({ kind: 'table', request: req })).pdf;
  return renderTableInThread(req);
}

/** A report of several tables, in a worker above the same number of rows in all. */
export async function renderSections(req: SectionsRequest): Promise<Uint8Array> {
  const rows = req.sections.reduce((sum, section) => sum + section.rows.length, 0);
  if (rows > TABLE_WORKER_THRESHOLD) return (await runInWorker({ kind: 'sections', request: req })).pdf;
  return renderSectionsInThread(req);
}
