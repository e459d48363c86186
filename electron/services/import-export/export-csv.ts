import Papa from 'papaparse';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { HostMessages } from '../../../shared/i18n';
import type { exportInput } from '../../../shared/import-export/import-export.schemas';
import { facilityKind } from '../../../shared/registry/facilities.schemas';
import { writeFileAtomic } from '../../../db/vault/atomic-file';
import { allPrisonerRows } from '../../../db/registry/prisoner-list.queries';
import { tagNamesByPrisoner } from '../../../db/registry/prisoner-tags.queries';
import { nameOrder as byName, type RegistryDb } from '../../../db/registry/registry-db';
import { localToday } from '../../../shared/today';

export type ExportRequest = z.output<typeof exportInput>;
type CsvText = HostMessages['csv'];

/** "parloir-prisonniers-2026-11-26.csv": what the save dialog proposes. */
export function exportFileName(list: ExportRequest['list'], text: CsvText, now = new Date()): string {
  return `${text.fileName[list]}-${localToday(now)}.csv`;
}

/** The prisoner list as the user filtered and sorted it, with the columns the import reads back. */
async function prisonerTable(
  db: RegistryDb,
  request: Extract<ExportRequest, { list: 'prisoners' }>,
  text: CsvText,
): Promise<string[][]> {
  const rows = await allPrisonerRows(db, request.filters);
  const tags = await tagNamesByPrisoner(db);
  // The open stay's start: without it the file would not import back (the import never invents a start date).
  const since = new Map(
    (await db.selectFrom('stays').select(['prisoner_id', 'from_date']).where('to_date', 'is', null).execute()).map(
      (stay) => [stay.prisoner_id, stay.from_date],
    ),
  );
  const c = text.columns;
  const header = [
    c.familyName,
    c.givenNames,
    c.knownAs,
    c.prisonerNumber,
    c.facilityName,
    c.facilityCity,
    c.facilityCountry,
    c.stayFrom,
    c.status,
    c.tags,
  ];
  return [
    header,
    ...rows.map((p) => [
      p.familyName,
      p.givenNames ?? '',
      p.knownAs ?? '',
      p.prisonerNumber ?? '',
      p.facilityName ?? '',
      p.city ?? '',
      p.country ?? '',
      since.get(p.id) ?? '',
      text.status[p.status],
      (tags.get(p.id) ?? []).join(', '),
    ]),
  ];
}

async function facilityTable(
  db: RegistryDb,
  request: Extract<ExportRequest, { list: 'facilities' }>,
  text: CsvText,
): Promise<string[][]> {
  let query = db
    .selectFrom('facilities')
    .select(['name', 'kind', 'street', 'extra', 'po_box', 'postcode', 'city', 'region', 'country']);
  if (!request.includeArchived) query = query.where('archived', '=', 0);
  const rows = (await query.execute()).sort((a, b) => byName.compare(a.name, b.name) || byName.compare(a.city, b.city));
  const c = text.columns;
  return [
    [c.name, c.kind, c.street, c.extra, c.poBox, c.postcode, c.city, c.region, c.country],
    ...rows.map((f) => [
      f.name,
      text.kind[facilityKind.parse(f.kind)],
      f.street ?? '',
      f.extra ?? '',
      f.po_box ?? '',
      f.postcode ?? '',
      f.city,
      f.region ?? '',
      f.country,
    ]),
  ];
}

/** Header row first. */
export function exportTable(db: RegistryDb, request: ExportRequest, text: CsvText): Promise<string[][]> {
  return request.list === 'prisoners' ? prisonerTable(db, request, text) : facilityTable(db, request, text);
}

/**
 * Excel-friendly CSV: ';' (what French Excel expects), CRLF, and a BOM so accents open right. Cells a spreadsheet
 * would run as formulas get a leading apostrophe (the import removes it again).
 */
export function csvText(table: readonly string[][]): string {
  return `\uFEFF${Papa.unparse(table as string[][], { delimiter: ';', newline: '\r\n', escapeFormulae: true })}\r\n`;
}

/** The user chose this path in a save dialog: the file replaces what was there, whole or not at all. */
export function writeCsvFile(file: string, text: string): void {
  try {
    writeFileAtomic(file, text);
  } catch (error) {
    throw new AppError('WRITE_FAILED', 'The CSV file could not be written', { cause: error });
  }
}
