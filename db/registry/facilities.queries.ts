import { sql } from 'kysely';
import type { DeleteImpact } from '../../shared/registry/delete-impact.schemas';
import type { Facility, FacilitySummary } from '../../shared/registry/facilities.schemas';
import { facilityKind } from '../../shared/registry/facilities.schemas';
import { facilityFromRow, facilityValues, type FacilityData } from './facilities.rows';
import { flag, nameOrder, timestampNow, type RegistryDb } from './registry-db';

/** How many (not archived) prisoners are in each facility now, i.e. have their open stay there. */
export async function currentPrisonerCounts(db: RegistryDb): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('stays as s')
    .innerJoin('prisoners as p', 'p.id', 's.prisoner_id')
    .where('s.to_date', 'is', null)
    .where('p.archived', '=', 0)
    .groupBy('s.facility_id')
    .select((eb) => ['s.facility_id', eb.fn.countAll<number>().as('n')])
    .execute();
  return new Map(rows.map((row) => [row.facility_id, Number(row.n)]));
}

export async function listFacilities(
  db: RegistryDb,
  filter: { country?: string | undefined; includeArchived: boolean },
): Promise<FacilitySummary[]> {
  let query = db.selectFrom('facilities').select(['id', 'name', 'kind', 'country', 'city', 'archived']);
  if (filter.country) query = query.where('country', '=', filter.country);
  if (!filter.includeArchived) query = query.where('archived', '=', 0);
  const rows = await query.execute();
  const counts = await currentPrisonerCounts(db);
  return rows
    .map((row) => ({
      id: row.id,
      name: row.name,
      kind: facilityKind.parse(row.kind),
      country: row.country,
      city: row.city,
      archived: row.archived === 1,
      currentPrisoners: counts.get(row.id) ?? 0,
    }))
    .sort((a, b) => nameOrder.compare(a.name, b.name) || nameOrder.compare(a.city, b.city) || a.id - b.id);
}

export async function findFacility(db: RegistryDb, id: number): Promise<Facility | undefined> {
  const row = await db.selectFrom('facilities').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? facilityFromRow(row) : undefined;
}

export async function insertFacility(db: RegistryDb, data: FacilityData): Promise<number> {
  const now = timestampNow();
  const { id } = await db
    .insertInto('facilities')
    .values({ ...facilityValues(data), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** False when there is no such facility. */
export async function updateFacility(db: RegistryDb, id: number, data: FacilityData): Promise<boolean> {
  const result = await db
    .updateTable('facilities')
    .set({ ...facilityValues(data), updated_at: timestampNow() })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setFacilityArchived(db: RegistryDb, id: number, archived: boolean): Promise<boolean> {
  const result = await db
    .updateTable('facilities')
    .set({ archived: flag(archived), updated_at: timestampNow() })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deleting a facility deletes every stay there (the schema cascades): the user sees how many, and whose. */
export async function facilityDeleteImpact(db: RegistryDb, id: number): Promise<DeleteImpact> {
  const row = await db
    .selectFrom('stays')
    .where('facility_id', '=', id)
    .select((eb) => [eb.fn.countAll<number>().as('stays'), sql<number>`count(distinct prisoner_id)`.as('prisoners')])
    .executeTakeFirstOrThrow();
  // Letters and parcels stay: they keep the address block they went to; no ledger row names a facility.
  return {
    stays: Number(row.stays),
    prisoners: Number(row.prisoners),
    tags: 0,
    letters: 0,
    parcels: 0,
    ledgerEntries: 0,
    funds: 0,
  };
}

/** Deletes the facility and its stays; returns the prisoners who had a stay there, whose search rows must change. */
export async function deleteFacility(db: RegistryDb, id: number): Promise<number[]> {
  const affected = await db
    .selectFrom('stays')
    .where('facility_id', '=', id)
    .select('prisoner_id')
    .distinct()
    .execute();
  await db.deleteFrom('facilities').where('id', '=', id).execute();
  return affected.map((row) => row.prisoner_id);
}
