import { resources } from '../../../shared/i18n';
import { letterIssueReasons, type LetterIssueReason } from '../../../shared/letters/letter-values';
import { letterReportsEn } from '../../../shared/letters/letter-reports.en';
import { letterReportsFr } from '../../../shared/letters/letter-reports.fr';
import type { Language } from '../../../shared/settings/settings.schemas';
import { localToday } from '../../../shared/today';
import {
  correspondenceLines,
  notWrittenToLines,
  type CorrespondenceLine,
} from '../../../db/letters/correspondence-report.queries';
import type { RegistryDb } from '../../../db/registry/registry-db';
import type { TableRequest } from './print-types';

export type ReportTable = Required<Pick<TableRequest, 'title' | 'columns' | 'rows'>> & {
  subtitle?: string;
  baseName: string;
};
export type LetterReportRequest =
  { list: 'correspondence'; from: string; to: string } | { list: 'notWrittenTo'; days?: number | undefined };

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/gu, (_all, key: string) => String(values[key] ?? ''));

/** The report's words in the app's language, with the plural rule of that language. */
function wordsFor(language: Language) {
  const words = language === 'en' ? letterReportsEn : letterReportsFr;
  // French puts 0 and 1 in the singular; English only 1.
  const one = (count: number) => (language === 'fr' ? count < 2 : count === 1);
  const days = (count: number) => fill(one(count) ? words.days_one : words.days_other, { count });
  return { words, days, letters: resources[language].translation.letters };
}

type Words = ReturnType<typeof wordsFor>;

/** "Returned: moved × 2, censored × 1; withheld: …", in the order of the reasons' list. */
function reasonsText(line: Pick<CorrespondenceLine, 'returned' | 'withheld'>, w: Words): string {
  const part = (status: 'returned' | 'withheld') => {
    const counts = letterIssueReasons.flatMap((reason) => {
      const count = line[status][reason];
      return count ? [fill(w.words.reasonCount, { reason: w.letters.reason[reason], count })] : [];
    });
    return counts.length === 0
      ? null
      : fill(w.words.reasonGroup, { status: w.letters.status[status], reasons: counts.join(', ') });
  };
  return [part('returned'), part('withheld')].filter(Boolean).join(w.words.reasonGroupSeparator);
}

const total = (reasons: Partial<Record<LetterIssueReason, number>>) =>
  Object.values(reasons).reduce((sum, count) => sum + (count ?? 0), 0);

function addReasons(
  into: Partial<Record<LetterIssueReason, number>>,
  from: Partial<Record<LetterIssueReason, number>>,
) {
  for (const [reason, count] of Object.entries(from) as [LetterIssueReason, number][])
    into[reason] = (into[reason] ?? 0) + count;
}

type Sum = Pick<CorrespondenceLine, 'out' | 'in' | 'returned' | 'withheld'>;
const emptySum = (): Sum => ({ out: 0, in: 0, returned: {}, withheld: {} });
function addTo(sum: Sum, line: Sum): void {
  sum.out += line.out;
  sum.in += line.in;
  addReasons(sum.returned, line.returned);
  addReasons(sum.withheld, line.withheld);
}

function countCells(sum: Sum, w: Words): Record<string, string> {
  return {
    out: String(sum.out),
    in: String(sum.in),
    returned: String(total(sum.returned)),
    withheld: String(total(sum.withheld)),
    reasons: reasonsText(sum, w),
  };
}

/** Whole days from one `YYYY-MM-DD` to another (both read as UTC midnights, so no daylight-saving hour slips in). */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

const nameOf = (family: string, given: string | null) => [family.toLocaleUpperCase(), given].filter(Boolean).join(' ');

async function correspondenceTable(db: RegistryDb, from: string, to: string, w: Words): Promise<ReportTable> {
  const lines = await correspondenceLines(db, from, to);
  const rows: Record<string, string>[] = [];
  const all = emptySum();
  // Lines come grouped by facility: each group ends with its total.
  for (let i = 0; i < lines.length;) {
    const facilityId = lines[i]?.facilityId ?? null;
    const facility = lines[i]?.facilityName ?? w.words.noFacility;
    const sum = emptySum();
    for (; i < lines.length && (lines[i]?.facilityId ?? null) === facilityId; i += 1) {
      const line = lines[i] as CorrespondenceLine;
      addTo(sum, line);
      rows.push({
        facility,
        name: nameOf(line.familyName, line.givenNames),
        prisonerNumber: line.prisonerNumber ?? '',
        ...countCells(line, w),
      });
    }
    rows.push({ facility, name: w.words.facilityTotal, prisonerNumber: '', ...countCells(sum, w) });
    addTo(all, sum);
  }
  rows.push({ facility: '', name: w.words.allTotal, prisonerNumber: '', ...countCells(all, w) });
  const columns = (['facility', 'name', 'prisonerNumber', 'out', 'in', 'returned', 'withheld', 'reasons'] as const).map(
    (key) => ({
      key,
      label: w.words.correspondence[key],
      widthWeight: key === 'facility' || key === 'name' ? 2 : key === 'reasons' ? 3 : 1,
    }),
  );
  return {
    title: w.words.correspondenceTitle,
    subtitle: fill(w.words.period, { from, to }),
    columns,
    rows,
    baseName: `${w.words.fileName.correspondence}-${from}-${to}`,
  };
}

async function notWrittenToTable(db: RegistryDb, days: number | undefined, w: Words): Promise<ReportTable> {
  const today = localToday(new Date());
  const found = await notWrittenToLines(db, today, days);
  const columns = (['name', 'prisonerNumber', 'facility', 'lastLetter', 'wait'] as const).map((key) => ({
    key,
    label: w.words.notWrittenTo[key],
    widthWeight: key === 'name' || key === 'facility' ? 2 : 1,
  }));
  return {
    title: w.words.notWrittenToTitle,
    subtitle: fill(w.words.notWrittenToSubtitle, { days: found.days }),
    columns,
    rows: found.lines.map((line) => ({
      name: nameOf(line.familyName, line.givenNames),
      prisonerNumber: line.prisonerNumber ?? '',
      facility: line.facilityName,
      lastLetter: line.lastLetter ?? w.words.never,
      wait: line.lastLetter === null ? '' : w.days(daysBetween(line.lastLetter, today)),
    })),
    baseName: `${w.words.fileName.notWrittenTo}-${today}`,
  };
}

/** The two correspondence reports as tables for the printing reports' engine (PDF or CSV). */
export function letterReportTable(
  db: RegistryDb,
  request: LetterReportRequest,
  language: Language,
): Promise<ReportTable> {
  const w = wordsFor(language);
  return request.list === 'correspondence'
    ? correspondenceTable(db, request.from, request.to, w)
    : notWrittenToTable(db, request.days, w);
}
