import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { TestApp } from '../../support/test-app';
import { facility, muret, prisoner, tegel } from '../registry/registry-data';

/** The real handlers with an in-memory print sink and a save dialog answering `saveTo`. */
async function printingApp(saveTo: string | null = null) {
  const printed: Uint8Array[] = [];
  const r = await TestApp.create({
    dialogs: {
      printPdf: async (pdf) => {
        printed.push(pdf.slice());
        return 'sent';
      },
      choosePdfFile: async () => saveTo,
    },
  });
  return { r, printed, dataDir: r.dataDir };
}

function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const text = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
  return Object.fromEntries(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.split(':')[0] ?? '', line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** Every file under `dir` with its size, to compare before and after. */
function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

async function withPrisoners(r: TestApp, count: number): Promise<void> {
  const fr = await facility(r, muret);
  const de = await facility(r, tegel);
  for (let i = 0; i < count; i++) {
    await prisoner(
      r,
      { familyName: `Nom${i}`, givenNames: 'Łukasz' },
      { facilityId: i % 2 ? fr : de, prisonerNumber: String(1000 + i) },
    );
  }
}

describe('print:render, print:send and print:save through the real handlers', () => {
  it('renders label sheets from a start label, in memory, with the page count pdfinfo reads', async () => {
    const { r } = await printingApp();
    await withPrisoners(r, 5);
    const out = await r.call('print:render', {
      job: { kind: 'labels', sheetId: 'L7160', startRow: 7, startColumn: 2, copies: 2 },
      token: 't1',
    });
    const pdf = Buffer.from(out.pdfBase64, 'base64');
    const info = pdfInfo(pdf);
    // 10 labels from the 20th of 21: two on the first sheet, eight on the second.
    expect(out.pages).toBe(2);
    expect(info.Pages).toBe('2');
    expect(info['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(await r.call('print:progress', { token: 't1' })).toMatchObject({ state: 'done' });
    expect(await r.call('print:progress', { token: 'never' })).toMatchObject({ state: 'idle' });
    expect(execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' })).toContain('Łukasz Nom0');
  });

  it('reports with the PDF who was left out and which mail rules apply, as the plan does', async () => {
    const { r } = await printingApp();
    await withPrisoners(r, 2);
    await prisoner(r, { familyName: 'Sans', givenNames: 'Adresse' });
    const job = { kind: 'labels', sheetId: 'L7160' } as const;
    const plan = await r.call('print:plan', { job });
    const out = await r.call('print:render', { job });
    expect(out.recipients).toBe(2);
    expect(out.excluded).toEqual([expect.objectContaining({ name: 'Adresse Sans', reason: 'no_current_stay' })]);
    expect(out.excluded).toEqual(plan.excluded);
    expect(out.warnings.length).toBeGreaterThan(0);
    expect(out.warnings).toEqual(plan.warnings);
  });

  it('renders DL envelopes with the group sender on the back: two pages per envelope', async () => {
    const { r } = await printingApp();
    await withPrisoners(r, 3);
    await r.call('settings:set', {
      groupCountry: 'FR',
      groupSender: {
        name: 'Collectif',
        address: { country: 'FR', poBox: 'BP 1', postcode: '31000', city: 'Toulouse' },
      },
    });
    const job = {
      kind: 'envelopes',
      format: 'DL',
      window: 'din680',
      sender: { kind: 'group' },
      senderPlacement: 'back',
    } as const;
    const plan = await r.call('print:plan', { job });
    const out = await r.call('print:render', { job });
    expect(out.pages).toBe(6);
    expect(plan.pages).toBe(6);
    const info = pdfInfo(Buffer.from(out.pdfBase64, 'base64'));
    expect(info.Pages).toBe('6');
    expect(info['Page size']).toMatch(/^623\.6\d* x 311\.8\d* pts/);
  });

  it('sends the job to the in-memory print sink, writing no file in the data dir or the temp dir', async () => {
    const { r, printed, dataDir } = await printingApp();
    await withPrisoners(r, 2);
    const out = await r.call('print:render', { job: { kind: 'labels', sheetId: 'L7163' } });
    const beforeData = listing(dataDir);
    const beforeTmp = fs.readdirSync(os.tmpdir()).sort();
    expect(await r.call('print:send', { jobId: out.jobId })).toEqual({ status: 'sent' });
    expect(printed).toHaveLength(1);
    expect(Buffer.from(printed[0] ?? []).toString('base64')).toBe(out.pdfBase64);
    expect(listing(dataDir)).toEqual(beforeData);
    expect(fs.readdirSync(os.tmpdir()).sort()).toEqual(beforeTmp);
  });

  it('saves only where the user chose, and forgets rendered jobs when the vault locks', async () => {
    const target = path.join(tempDir('parloir-save-'), 'etiquettes.pdf');
    const { r } = await printingApp(target);
    await withPrisoners(r, 1);
    const out = await r.call('print:render', { job: { kind: 'labels', sheetId: 'avery-5160' } });
    expect(await r.call('print:save', { jobId: out.jobId })).toEqual({ status: 'written', fileName: 'etiquettes.pdf' });
    expect(pdfInfo(fs.readFileSync(target))['Page size']).toMatch(/^612 x 792 pts \(letter\)/);

    await r.call('vault:lock', {});
    await r.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect((await r.fail('print:send', { jobId: out.jobId })).code).toBe('NOT_FOUND');
  });

  it('renders a calibration page and reports (PDF for the preview, CSV through the export dialog)', async () => {
    const { r } = await printingApp();
    await withPrisoners(r, 3);
    const calibration = await r.call('print:calibration', { paper: 'C5' });
    expect(pdfInfo(Buffer.from(calibration.pdfBase64, 'base64'))['Page size']).toMatch(/^649\.1\d* x 459\.2\d* pts/);

    const report = await r.call('print:report', { list: 'prisoners', format: 'pdf', preset: 'minimal' });
    if (report.status !== 'rendered') throw new Error('expected a PDF');
    expect(report.rows).toBe(3);
    const pdf = Buffer.from(report.pdfBase64, 'base64');
    expect(pdfInfo(pdf).Pages).toBe(String(report.pages));
    const words = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
    expect(words).toContain('NOM1 Łukasz');
    // The minimal preset leaves dates of birth and notes out.
    expect(words).not.toContain('Date de naissance');

    const facilities = await r.call('print:report', { list: 'facilities', format: 'pdf' });
    expect(facilities).toMatchObject({ status: 'rendered', rows: 2 });
    expect(await r.call('print:report', { list: 'facilities', format: 'csv' })).toEqual({ status: 'cancelled' });
  });
});
