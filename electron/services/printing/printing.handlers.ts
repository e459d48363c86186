import path from 'node:path';
import type { Handlers, ParsedInputOf } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { resources } from '../../../shared/i18n';
import type { printingChannelNames } from '../../../shared/printing/printing.channels';
import { isBorderless, labelSheets } from '../../../shared/printing/label-sheets';
import { placeLabels } from '../../../shared/printing/label-layout';
import { writeFileAtomic } from '../../../db/vault/atomic-file';
import { selectRecipients, type Recipient } from '../../../db/printing/print-selection.queries';
import { mailRuleWarnings } from '../../../db/printing/print-warnings';
import {
  deleteTemplate,
  findTemplate,
  insertTemplate,
  listTemplates,
  updateTemplate,
} from '../../../db/printing/templates.queries';
import type { AppContext } from '../app-context';
import { renderedJobsOf, renderProgressKind } from './print-jobs';
import { reportHandler } from './print-report';
import * as req from './print-request';
import {
  checkCoverage,
  renderCalibrationPage,
  renderEnvelopes,
  renderLabels,
  type RenderOutcome,
} from './print-engine';
import { SENDER_ID } from './envelopes.pdf';

type Names = (typeof printingChannelNames)[number];
type PrintRequest = ParsedInputOf<'print:plan'>;

const base64 = (pdf: Uint8Array) => Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64');

/** The engine's per-id problems, split between prisoners (named for the user) and the job's one sender block. */
function problems(outcome: Pick<RenderOutcome, 'overflow' | 'unsupported'>, recipients: readonly Recipient[]) {
  const names = new Map(recipients.map((r) => [r.prisonerId, r.name]));
  const named = (id: number) => ({ prisonerId: id, name: names.get(id) ?? '' });
  return {
    overflow: outcome.overflow.filter((id) => id !== SENDER_ID).map(named),
    unsupported: outcome.unsupported.filter((u) => u.id !== SENDER_ID).map((u) => ({ ...named(u.id), chars: u.chars })),
    senderOverflow: outcome.overflow.includes(SENDER_ID),
    senderUnsupported: outcome.unsupported.find((u) => u.id === SENDER_ID)?.chars ?? [],
  };
}

export function printingHandlers(ctx: AppContext): Pick<Handlers, Names> {
  // Rendered PDFs hold names and addresses: the job service forgets them when the vault locks (or is restored).
  const jobs = renderedJobsOf(ctx.jobs);
  const renders = ctx.jobs.store(renderProgressKind);
  const text = () => resources[ctx.preferences.get().language].host;

  /** The facilities' mail rules that apply to this job: a label carries no sender, so it is never asked for one. */
  function ruleWarnings(p: Awaited<ReturnType<typeof prepare>>) {
    return mailRuleWarnings(
      p.selection.recipients,
      p.job.kind === 'labels' ? { kind: 'labels' } : { kind: 'envelopes', hasSender: p.sender !== null },
    );
  }

  /** Everything a job needs before layout: who, with what block, on which sheet or envelope, with which offsets. */
  async function prepare(request: PrintRequest) {
    const db = ctx.vault.db;
    const { job } = request;
    const sheet = job.kind === 'labels' ? await req.resolveSheet(db, job.sheetId) : null;
    if (sheet && job.kind === 'labels') req.checkStart(sheet, job);
    const format = job.kind === 'envelopes' ? req.resolveFormat(job, ctx.preferences.get().language) : null;
    const selection = await selectRecipients(
      db,
      request.selection,
      await req.groupCountryOf(db),
      ctx.preferences.get().language,
    );
    const sender = req.senderLines(
      await req.senderAddressOf(db, job),
      selection.recipients.map((r) => r.country),
      ctx.preferences.get().language,
    );
    const paper = sheet ? req.paperOfSheet(sheet) : (format?.id ?? null);
    const calibration = await req.calibrationFor(db, paper);
    return { job, sheet, format, selection, sender, calibration };
  }

  async function render(request: PrintRequest, onProgress: (done: number, total: number) => void) {
    const p = await prepare(request);
    const items = p.selection.recipients.map((r) => ({ id: r.prisonerId, lines: r.lines, wholeTail: r.wholeTail }));
    const found = { recipients: p.selection.recipients, excluded: p.selection.excluded, warnings: ruleWarnings(p) };
    if (p.job.kind === 'labels' && p.sheet) {
      const { startRow, startColumn, copies, outlines } = p.job;
      const outcome = await renderLabels(
        { sheet: p.sheet, startRow, startColumn, copies, outlines, calibration: p.calibration, items },
        onProgress,
      );
      return { outcome, ...found, baseName: text().print.fileName.labels };
    }
    if (p.job.kind === 'envelopes' && p.format) {
      const { window, senderPlacement } = p.job;
      const outcome = await renderEnvelopes(
        { format: p.format, window, sender: p.sender, senderPlacement, calibration: p.calibration, items },
        onProgress,
      );
      return { outcome, ...found, baseName: text().print.fileName.envelopes };
    }
    throw new AppError('INTERNAL', 'No layout for this job');
  }

  return {
    'print:sheets': async () => {
      return { catalogue: [...labelSheets], custom: await listTemplates(ctx.vault.db) };
    },
    'templates:list': async () => {
      return listTemplates(ctx.vault.db);
    },
    'templates:create': async (template) => {
      const id = await insertTemplate(ctx.vault.db, template);
      return req.resolveSheet(ctx.vault.db, id);
    },
    'templates:update': async ({ id, template }) => {
      if (!(await updateTemplate(ctx.vault.db, id, template)))
        throw new AppError('NOT_FOUND', 'Label template not found');
      const saved = await findTemplate(ctx.vault.db, id);
      if (!saved) throw new AppError('NOT_FOUND', 'Label template not found');
      return saved;
    },
    'templates:delete': async ({ id }) => {
      if (!(await deleteTemplate(ctx.vault.db, id))) throw new AppError('NOT_FOUND', 'Label template not found');
      return {};
    },

    'print:plan': async (request) => {
      const p = await prepare(request);
      const { recipients, excluded } = p.selection;
      const { boxes, sizes } = req.fitBoxes(p.job, p.sheet, p.format);
      const copies = p.job.kind === 'labels' ? p.job.copies : 1;
      const items = recipients.length * copies;
      let pages = 0;
      if (p.job.kind === 'labels' && p.sheet && items > 0) {
        const last = placeLabels(p.sheet, p.job.startRow, p.job.startColumn, items).at(-1);
        pages = last ? last.page + 1 : 0;
      } else if (p.job.kind === 'envelopes') {
        pages = items * (p.sender && p.job.senderPlacement === 'back' ? 2 : 1);
      }
      const fits = req.planFitter(boxes, sizes);
      const overflow = recipients.filter((r) => !fits(r.lines, r.wholeTail)).map((r) => r.prisonerId);
      const unsupported = recipients
        .map((r) => ({ id: r.prisonerId, chars: checkCoverage(r.lines.join('\n')) }))
        .filter((u) => u.chars.length > 0);
      const sender = p.sender ?? [];
      return {
        recipients: recipients.length,
        items,
        pages,
        excluded,
        warnings: ruleWarnings(p),
        ...problems({ overflow, unsupported }, recipients),
        sender: p.sender,
        senderOverflow: p.format !== null && p.sender !== null && !req.senderFits(sender, p.format, p.job),
        senderUnsupported: checkCoverage(sender.join('\n')),
        borderless: p.sheet !== null && isBorderless(p.sheet),
      };
    },

    'print:render': async ({ token, ...request }) => {
      // The unlock this render belongs to: a PDF finished after a lock is not kept.
      const signal = ctx.vault.lockSignal;
      const rendering = async (report: (done: number, total: number) => void) => {
        const rendered = await render(request, report);
        report(rendered.recipients.length, rendered.recipients.length);
        return rendered;
      };
      let rendered;
      if (token === undefined) {
        rendered = await rendering(() => undefined);
      } else {
        // A token the renderer uses again starts its progress afresh.
        renders.add(undefined, { id: token, signal });
        rendered = await renders.run(token, (_none, { report }) => rendering(report));
      }
      const { outcome, recipients, excluded, warnings, baseName } = rendered;
      const jobId = jobs.add({ pdf: outcome.pdf, pages: outcome.pages, baseName }, { signal });
      return {
        jobId,
        pages: outcome.pages,
        pdfBase64: base64(outcome.pdf),
        recipients: recipients.length,
        excluded,
        warnings,
        ...problems(outcome, recipients),
      };
    },

    'print:progress': async ({ token }) => renders.progress(token),

    'print:send': async ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!ctx.dialogs.printPdf) return { status: 'cancelled' };
      return { status: await ctx.dialogs.printPdf(job.pdf) };
    },

    'print:save': async ({ jobId }) => {
      const job = jobs.get(jobId);
      const file = ctx.dialogs.choosePdfFile ? await ctx.dialogs.choosePdfFile(`${job.baseName}.pdf`) : null;
      if (!file) return { status: 'cancelled' };
      try {
        writeFileAtomic(file, job.pdf);
      } catch (error) {
        throw new AppError('WRITE_FAILED', 'The PDF could not be written', { cause: error });
      }
      return { status: 'written', fileName: path.basename(file) };
    },

    'print:calibration': async ({ paper }) => {
      const signal = ctx.vault.lockSignal;
      const { language } = ctx.preferences.get();
      const caption = [
        text().print.calibrationCaption,
        resources[language].translation.print.calibration.marginCaption,
      ];
      const pdf = await renderCalibrationPage({ paper, caption });
      const jobId = jobs.add({ pdf, pages: 1, baseName: text().print.fileName.calibration }, { signal });
      return { jobId, pages: 1, pdfBase64: base64(pdf) };
    },

    'print:report': async (request) => {
      return reportHandler(ctx, jobs, request, base64);
    },
  };
}
