import { afterAll, expect, test } from 'vitest';
import {
  renderEnvelopes,
  renderLabels,
  renderTable,
  TABLE_WORKER_THRESHOLD,
  WORKER_THRESHOLD,
} from '../../../electron/services/printing/print-engine';
import { renderTableInThread } from '../../../electron/services/printing/table.pdf';
import {
  dropSpareWorker,
  hasSpareWorker,
  prewarmPrintWorker,
  runInWorker,
} from '../../../electron/services/printing/print-worker-runner';
import type { LabelsRequest } from '../../../electron/services/printing/print-types';
import { envelopeFormatById, type EnvelopeFormat } from '../../../shared/printing/envelopes';
import { labelSheetById, type LabelSheet } from '../../../shared/printing/label-sheets';
import { pdfScratch, readInfo, readText } from './pdf-readback';

const scratch = pdfScratch();
afterAll(() => scratch.remove());

const l7160 = labelSheetById('L7160') as LabelSheet;
const many = Array.from({ length: WORKER_THRESHOLD + 15 }, (_, i) => ({
  id: i + 1,
  lines: [`Nom${i + 1}`, 'Maison d’arrêt'],
}));
const labelsRequest: LabelsRequest = {
  sheet: l7160,
  startRow: 1,
  startColumn: 1,
  copies: 1,
  outlines: false,
  calibration: { xMm: 0, yMm: 0 },
  items: many,
};

test('a large label batch is laid out in a worker thread, with progress up to the total', async () => {
  const progress: [number, number][] = [];
  const outcome = await renderLabels(labelsRequest, (done, total) => progress.push([done, total]));
  expect(progress.length).toBeGreaterThan(1);
  expect(progress.at(-1)).toEqual([many.length, many.length]);
  expect(progress.every(([done], i) => i === 0 || done > (progress[i - 1]?.[0] ?? 0))).toBe(true);
  const file = scratch.write(outcome.pdf);
  expect(outcome.pages).toBe(Math.ceil(many.length / 21));
  expect(readInfo(file).pages).toBe(outcome.pages);
  const text = readText(file);
  expect(text).toContain('Nom1\n');
  expect(text).toContain(`Nom${many.length}\n`);
});

test('the worker gives the same PDF text as the in-thread layout', async () => {
  const small = { ...labelsRequest, items: many.slice(0, 40) };
  const inThread = await renderLabels(small);
  const inWorker = await runInWorker({ kind: 'labels', request: small });
  expect(readText(scratch.write(inWorker.pdf))).toBe(readText(scratch.write(inThread.pdf)));
  expect(inWorker.pages).toBe(inThread.pages);
});

test('large envelope batches too, and errors come back with their code', async () => {
  const dl = envelopeFormatById('DL') as EnvelopeFormat;
  const request = {
    format: dl,
    window: 'din680' as const,
    sender: null,
    senderPlacement: 'front' as const,
    calibration: { xMm: 0, yMm: 0 },
    items: many,
  };
  const outcome = await renderEnvelopes(request);
  expect(outcome.pages).toBe(many.length);
  await expect(renderEnvelopes({ ...request, window: 'sn010130' })).rejects.toMatchObject({ code: 'VALIDATION' });
  await expect(runInWorker({ kind: 'labels', request: { ...labelsRequest, startRow: 99 } })).rejects.toMatchObject({
    code: 'VALIDATION',
  });
});

test('a worker started ahead of its job serves the next job, once; an unused one is ended', async () => {
  const small = { ...labelsRequest, items: many.slice(0, 30) };
  const inThread = await renderLabels(small);
  prewarmPrintWorker();
  expect(hasSpareWorker()).toBe(true);
  const ahead = await runInWorker({ kind: 'labels', request: small });
  expect(hasSpareWorker()).toBe(false);
  expect(readText(scratch.write(ahead.pdf))).toBe(readText(scratch.write(inThread.pdf)));
  prewarmPrintWorker();
  dropSpareWorker();
  expect(hasSpareWorker()).toBe(false);
  const fresh = await runInWorker({ kind: 'labels', request: small });
  expect(fresh.pages).toBe(inThread.pages);
});

test('a long report table is laid out in a worker thread (it takes the spare), with the same text as in the thread', async () => {
  const rows = Array.from({ length: TABLE_WORKER_THRESHOLD + 5 }, (_, i) => ({
    name: `Nom${i + 1}`,
    count: String(i),
  }));
  const request = {
    title: 'Courrier',
    columns: [
      { key: 'name', label: 'Nom' },
      { key: 'count', label: 'Lettres' },
    ],
    rows,
  };
  prewarmPrintWorker();
  const inWorker = await renderTable(request);
  // The spare was used: the table went to a worker, and the main thread stayed free (to lock) meanwhile.
  expect(hasSpareWorker()).toBe(false);
  const inThread = await renderTableInThread(request);
  expect(readText(scratch.write(inWorker))).toBe(readText(scratch.write(inThread)));
  expect(readText(scratch.write(inWorker))).toContain(`Nom${rows.length}`);
  prewarmPrintWorker();
  await renderTable({ ...request, rows: rows.slice(0, 10) });
  // A short one is laid out in the thread: the spare is still there.
  expect(hasSpareWorker()).toBe(true);
  dropSpareWorker();
});
