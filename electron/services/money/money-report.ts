import path from 'node:path';
import { fundBalances } from '../../../db/money/funds.queries';
import { categoryMovements, prisonerSupport } from '../../../db/money/money-report.queries';
import { standingOrderLines } from '../../../db/money/standing-order-report.queries';
import { generalAssemblyFigures, receiptsFigures, type ReceiptsFigures } from '../../../db/money/treasurer-figures';
import type { RegistryDb } from '../../../db/registry/registry-db';
import { getVaultSetting } from '../../../db/settings/settings.queries';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { resources } from '../../../shared/i18n';
import { ledgerAmountCell, ledgerAmountText } from '../../../shared/money/ledger-amounts';
import { moneyReportKinds, type MoneyReportKind } from '../../../shared/money/money-report.schemas';
import type { Language } from '../../../shared/settings/settings.schemas';
import type { AppContext } from '../app-context';
import { csvText, writeCsvFile } from '../import-export/export-csv';
import { renderSections } from '../printing/print-engine';
import type { RenderedJobs } from '../printing/print-jobs';
import type { ReportSection, SectionsRequest } from '../printing/print-types';
import {
  accountsSection,
  fill,
  fundsSection,
  receiptsSection,
  standingOrdersSection,
  supportSection,
  type SectionWriter,
} from './money-report-sections';

export type MoneyReportRequest = Extract<ParsedInputOf<'print:report'>, { list: MoneyReportKind }>;

export const isMoneyReport = (request: ParsedInputOf<'print:report'>): request is MoneyReportRequest =>
  (moneyReportKinds as readonly string[]).includes(request.list);

export interface MoneyReportDocument extends SectionsRequest {
  baseName: string;
}

const receiptsSections = (figures: ReceiptsFigures, s: SectionWriter): ReportSection[] => [
  ...figures.currencies.map((totals) => receiptsSection(totals, figures.categories, s)),
  ...(figures.accounts.length > 0 ? [accountsSection(figures, s)] : []),
];

/**
 * A money report as sections of tables, in the app's language: amounts written for reading in the PDF ("1 234,56 €",
 * "CHF 1'234.56") and as plain numbers in the CSV, beside their currency, never summed across currencies.
 */
export async function moneyReportDocument(
  db: RegistryDb,
  request: MoneyReportRequest,
  language: Language,
  groupName: string | null,
): Promise<MoneyReportDocument> {
  const w = resources[language].translation.money.reports;
  const s: SectionWriter = {
    w,
    money: (minor, currency) =>
      request.format === 'pdf'
        ? ledgerAmountText(minor, currency, language)
        : ledgerAmountCell(minor, currency, language),
  };
  const titled = (kind: MoneyReportKind, subtitle: string, sections: ReportSection[], suffix: string) => ({
    title: w.title[kind === 'generalAssembly' ? 'generalAssembly' : kind],
    subtitle: sections.length > 0 ? subtitle : `${subtitle} · ${w.notes.empty}`,
    sections,
    baseName: `${w.fileName[kind]}-${suffix}`,
  });
  switch (request.list) {
    case 'moneyReceipts': {
      const { from, to } = request;
      const figures = await receiptsFigures(db, from, to);
      return titled(request.list, fill(w.period, { from, to }), receiptsSections(figures, s), `${from}-${to}`);
    }
    case 'fundBalances': {
      const funds = await fundBalances(db, request.on);
      const sections = funds.length > 0 ? [{ ...fundsSection(funds, request.on, s), heading: undefined }] : [];
      return titled(request.list, fill(w.onDate, { on: request.on }), sections, request.on);
    }
    case 'prisonerSupport': {
      const { from, to } = request;
      const lines = prisonerSupport(await categoryMovements(db, from, to));
      const sections = lines.length > 0 ? [{ ...supportSection(lines, s), heading: undefined }] : [];
      return titled(request.list, fill(w.period, { from, to }), sections, `${from}-${to}`);
    }
    case 'standingOrders': {
      const { from, to } = request;
      const lines = await standingOrderLines(db, from, to);
      const sections = lines.length > 0 ? [{ ...standingOrdersSection(lines, s), heading: undefined }] : [];
      return titled(request.list, fill(w.period, { from, to }), sections, `${from}-${to}`);
    }
    case 'generalAssembly': {
      const figures = await generalAssemblyFigures(db, request.year);
      const sections = [
        ...receiptsSections(figures, s),
        ...(figures.funds.length > 0 ? [fundsSection(figures.funds, figures.to, s)] : []),
        ...(figures.support.length > 0 ? [supportSection(figures.support, s)] : []),
        ...(figures.standingOrders.length > 0 ? [standingOrdersSection(figures.standingOrders, s)] : []),
      ];
      const document = titled(
        request.list,
        fill(w.yearPeriod, { from: figures.from, to: figures.to }),
        sections,
        String(request.year),
      );
      const year = request.year;
      return {
        ...document,
        title: groupName
          ? fill(w.title.generalAssemblyOf, { group: groupName, year })
          : fill(w.title.generalAssembly, { year }),
      };
    }
  }
}

/** The CSV of a report: one table as it is; several as blocks, each under its heading, after the title. */
export function moneyReportCsv(document: MoneyReportDocument): string[][] {
  const table = (section: ReportSection) => [
    section.columns.map((c) => c.label),
    ...section.rows.map((row) => section.columns.map((c) => row[c.key] ?? '')),
  ];
  const [only] = document.sections;
  if (document.sections.length === 1 && only && !only.heading) return table(only);
  return [
    [document.title],
    ...(document.subtitle ? [[document.subtitle]] : []),
    ...document.sections.flatMap((section) => [[], ...(section.heading ? [[section.heading]] : []), ...table(section)]),
  ];
}

const rowCount = (document: MoneyReportDocument) => document.sections.reduce((sum, s) => sum + s.rows.length, 0);

/** `print:report` for the money kinds: a PDF kept for the preview, or a CSV written where the user chose. */
export async function moneyReportHandler(
  ctx: AppContext,
  jobs: RenderedJobs,
  request: MoneyReportRequest,
  base64: (pdf: Uint8Array) => string,
): Promise<OutputOf<'print:report'>> {
  const signal = ctx.vault.lockSignal;
  const db = ctx.vault.db;
  const language = ctx.preferences.get().language;
  const group = (await getVaultSetting<string>(db, 'groupName'))?.trim() || null;
  const document = await moneyReportDocument(db, request, language, group);
  const rows = rowCount(document);
  if (request.format === 'csv') {
    const file = await ctx.dialogs.chooseExportFile(`${document.baseName}.csv`);
    if (!file) return { status: 'cancelled' };
    writeCsvFile(file, csvText(moneyReportCsv(document)));
    return { status: 'written', fileName: path.basename(file), rows };
  }
  const pdf = await renderSections(document);
  const pages = (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b/gu) ?? []
  ).length;
  const jobId = jobs.add({ pdf, pages, baseName: document.baseName }, { signal });
  return { status: 'rendered', rows, jobId, pages, pdfBase64: base64(pdf) };
}
