import type { Facility } from '../../shared/registry/facilities.schemas';
import type { PrisonerRow } from '../../shared/registry/prisoners.schemas';
import { currentPrisonerCounts } from '../registry/facilities.queries';
import { facilityFromRow } from '../registry/facilities.rows';
import { allPrisonerRows, type PrisonerFilters } from '../registry/prisoner-list.queries';
import { tagNamesByPrisoner } from '../registry/prisoner-tags.queries';
import { nameOrder, type RegistryDb } from '../registry/registry-db';

export interface PrisonerReportRow extends PrisonerRow {
  pronouns: string | null;
  dateOfBirth: string | null;
  expectedRelease: string | null;
  languages: string[];
  notes: string | null;
  tags: string[];
}

/** The registry list as filtered, with the fields a full meeting list may add (the minimal preset leaves them out). */
export async function prisonerReportRows(db: RegistryDb, filters: PrisonerFilters): Promise<PrisonerReportRow[]> {
  const rows = await allPrisonerRows(db, filters);
  const details = await db
    .selectFrom('prisoners')
    .select(['id', 'pronouns', 'date_of_birth', 'expected_release', 'languages', 'notes'])
    .execute();
  const byId = new Map(details.map((d) => [d.id, d]));
  const tags = await tagNamesByPrisoner(db);
  return rows.map((row) => {
    const d = byId.get(row.id);
    const languages: unknown = d ? JSON.parse(d.languages) : [];
    return {
      ...row,
      pronouns: d?.pronouns ?? null,
      dateOfBirth: d?.date_of_birth ?? null,
      expectedRelease: d?.expected_release ?? null,
      languages: Array.isArray(languages) ? languages.map(String) : [],
      notes: d?.notes ?? null,
      tags: tags.get(row.id) ?? [],
    };
  });
}

/** Facilities with their mail rules and how many prisoners are there now, by name. */
export async function facilityReportRows(
  db: RegistryDb,
  includeArchived: boolean,
): Promise<(Facility & { prisoners: number })[]> {
  let query = db.selectFrom('facilities').selectAll();
  if (!includeArchived) query = query.where('archived', '=', 0);
  const rows = await query.execute();
  const counts = await currentPrisonerCounts(db);
  return rows
    .map((row) => ({ ...facilityFromRow(row), prisoners: counts.get(row.id) ?? 0 }))
    .sort((a, b) => nameOrder.compare(a.name, b.name) || a.id - b.id);
}
