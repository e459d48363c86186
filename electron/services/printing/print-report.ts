import path from 'node:path';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { composePostalLines } from '../../../shared/address/postal-lines';
import { resources } from '../../../shared/i18n';
import type { MailRules } from '../../../shared/registry/mail-rules.schemas';
import { facilityReportColumns, reportPresets } from '../../../shared/printing/printing.schemas';
import { facilityReportRows, prisonerReportRows } from '../../../db/printing/report.queries';
import type { AppContext } from '../app-context';
import { csvText, writeCsvFile } from '../import-export/export-csv';
import { localToday } from '../../../shared/today';
import type { RenderedJobs } from './print-jobs';
import { renderTable } from './print-engine';
import { letterReportTable, type ReportTable } from './letter-reports';
import { isMoneyReport, moneyReportHandler, type MoneyReportRequest } from '../money/money-report';

type ReportInput = ParsedInputOf<'print:report'>;
type Table = ReportTable;

/** Wide free-text columns get more of the page. */
const wide = new Set(['name', 'facility', 'address', 'rules', 'notes']);

function rulesSummary(rules: MailRules, words: (typeof resources)['fr']['host']['print']['report']['rules']): string {
  const parts: string[] = [];
  if (rules.lettersAllowed === true) parts.push(words.lettersAllowed);
  if (rules.lettersAllowed === false) parts.push(words.lettersRefused);
  if (rules.senderAddressRequired === true) parts.push(words.senderRequired);
  if (rules.stampsAllowed === false) parts.push(words.stampsRefused);
  if (rules.photosAllowed === false) parts.push(words.photosRefused);
  return parts.length > 0 ? parts.join(', ') : words.unknown;
}

async function buildTable(ctx: AppContext, request: Exclude<ReportInput, MoneyReportRequest>): Promise<Table> {
  const host = resources[ctx.preferences.get().language].host;
  const words = host.print.report;
  const db = ctx.vault.db;
  if (request.list === 'correspondence' || request.list === 'notWrittenTo')
    return letterReportTable(db, request, ctx.preferences.get().language);
  if (request.list === 'prisoners') {
    const keys = request.columns ?? reportPresets[request.preset];
    const rows = await prisonerReportRows(db, request.filters);
    return {
      title: words.prisonersTitle,
      baseName: `${host.print.fileName.prisoners}-${localToday(new Date())}`,
      columns: keys.map((key) => ({ key, label: words.prisoners[key], widthWeight: wide.has(key) ? 2 : 1 })),
      rows: rows.map((r) => ({
        name: [r.familyName.toLocaleUpperCase(), r.givenNames].filter(Boolean).join(' '),
        knownAs: r.knownAs ?? '',
        pronouns: r.pronouns ?? '',
        prisonerNumber: r.prisonerNumber ?? '',
        facility: r.facilityName ?? '',
        city: r.city ?? '',
        country: r.country ?? '',
        status: host.csv.status[r.status],
        languages: r.languages.join(', '),
        tags: r.tags.join(', '),
        dateOfBirth: r.dateOfBirth ?? '',
        expectedRelease: r.expectedRelease ?? '',
        notes: r.notes ?? '',
      })),
    };
  }
  const keys = request.columns ?? facilityReportColumns;
  const rows = await facilityReportRows(db, request.includeArchived);
  return {
    title: words.facilitiesTitle,
    baseName: `${host.print.fileName.facilities}-${localToday(new Date())}`,
    columns: keys.map((key) => ({ key, label: words.facilities[key], widthWeight: wide.has(key) ? 2 : 1 })),
    rows: rows.map((f) => ({
      name: f.name,
      kind: host.csv.kind[f.kind],
      city: f.address.city,
      country: f.address.country,
      address: composePostalLines(f.address).join(', '),
      prisoners: String(f.prisoners),
      rules: rulesSummary(f.rules, words.rules),
    })),
  };
}

/** A meeting list as a PDF kept in memory for the preview, or a CSV written where the user chose. */
export async function reportHandler(
  ctx: AppContext,
  jobs: RenderedJobs,
  request: ReportInput,
  base64: (pdf: Uint8Array) => string,
): Promise<OutputOf<'print:report'>> {
  // The treasurer's reports are several tables each, with their own handler.
  if (isMoneyReport(request)) return moneyReportHandler(ctx, jobs, request, base64);
  // The unlock this report belongs to: a PDF finished after a lock is not kept.
  const signal = ctx.vault.lockSignal;
  const table = await buildTable(ctx, request);
  const host = resources[ctx.preferences.get().language].host;
  const { baseName } = table;
  if (request.format === 'csv') {
    const file = await ctx.dialogs.chooseExportFile(`${baseName}.csv`);
    if (!file) return { status: 'cancelled' };
    writeCsvFile(
      file,
      csvText([
        table.columns.map((c) => c.label),
        ...table.rows.map((row) => table.columns.map((c) => row[c.key] ?? '')),
      ]),
    );
    return { status: 'written', fileName: path.basename(file), rows: table.rows.length };
  }
  const count = host.print.report.rows.replace('{{count}}', String(table.rows.length));
  const subtitle = table.subtitle ? `${table.subtitle} · ${count}` : count;
  const pdf = await renderTable({
    title: table.title,
    columns: table.columns,
    rows: table.rows,
    subtitle,
    landscape: table.columns.length > 6,
  });
  // A table's page count is only known to the engine; pdfkit writes one `/Type /Page` per page.
  const pages = (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b/gu) ?? []
  ).length;
  const jobId = jobs.add({ pdf, pages, baseName }, { signal });
  return { status: 'rendered', rows: table.rows.length, jobId, pages, pdfBase64: base64(pdf) };
}
