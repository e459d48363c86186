import type { Stay } from '../../shared/registry/stays.schemas';
import { AppError } from '../../shared/errors';
import type { RegistryDb } from './registry-db';
import { STAY_OVERLAP_MESSAGE, withConstraintErrors } from './sqlite-errors';
import { stayFromColumns, stayValues, type StayData } from './stays.rows';

/** Open stays run to the end of time; as text, this date sorts after every real one. */
const OPEN_END = '9999-12-31';

const stayErrors = {
  stay_overlap: ['STAY_OVERLAP', STAY_OVERLAP_MESSAGE],
  foreign_key: ['NOT_FOUND', 'Facility not found'],
  check: ['VALIDATION', 'The end of a stay is before its start'],
} as const satisfies Parameters<typeof withConstraintErrors>[0];

function staysWithFacility(db: RegistryDb) {
  return db
    .selectFrom('stays as s')
    .innerJoin('facilities as f', 'f.id', 's.facility_id')
    .select([
      's.id',
      's.prisoner_id',
      's.facility_id',
      'f.name as facility_name',
      'f.country as facility_country',
      'f.city as facility_city',
      's.prisoner_number',
      's.module',
      's.from_date',
      's.to_date',
      's.start_reason',
      's.end_reason',
    ]);
}

/** The custody history, newest first. */
export async function staysOfPrisoner(db: RegistryDb, prisonerId: number): Promise<Stay[]> {
  const rows = await staysWithFacility(db)
    .where('s.prisoner_id', '=', prisonerId)
    .orderBy('s.from_date', 'desc')
    .orderBy('s.id', 'desc')
    .execute();
  return rows.map(stayFromColumns);
}

export async function findStay(db: RegistryDb, id: number): Promise<Stay | undefined> {
  const row = await staysWithFacility(db).where('s.id', '=', id).executeTakeFirst();
  return row ? stayFromColumns(row) : undefined;
}

/** The stay the prisoner is in now (at most one: the schema's partial unique index holds that). */
export async function openStayOf(db: RegistryDb, prisonerId: number): Promise<Stay | undefined> {
  const row = await staysWithFacility(db)
    .where('s.prisoner_id', '=', prisonerId)
    .where('s.to_date', 'is', null)
    .executeTakeFirst();
  return row ? stayFromColumns(row) : undefined;
}

/**
 * Whether [from, to) meets another stay of the prisoner. Stays are half-open, so a transfer on day D (one stay ends on
 * D, the next starts on D) is no overlap. Same rule as the schema's triggers, checked first for a clear error.
 */
export async function overlapsAnotherStay(
  db: RegistryDb,
  prisonerId: number,
  interval: { from: string; to: string | null },
  exceptStayId: number | null,
): Promise<boolean> {
  const end = interval.to ?? OPEN_END;
  if (interval.from >= end) return false;
  let query = db
    .selectFrom('stays')
    .select('id')
    .where('prisoner_id', '=', prisonerId)
    .where('from_date', '<', end)
    .where((eb) => eb(eb.fn.coalesce('to_date', eb.val(OPEN_END)), '>', interval.from))
    .where((eb) => eb('from_date', '<', eb.fn.coalesce('to_date', eb.val(OPEN_END))));
  if (exceptStayId !== null) query = query.where('id', '!=', exceptStayId);
  return (await query.limit(1).executeTakeFirst()) !== undefined;
}

async function refuseOverlap(
  db: RegistryDb,
  prisonerId: number,
  data: { from: string; to: string | null },
  exceptStayId: number | null,
) {
  if (await overlapsAnotherStay(db, prisonerId, data, exceptStayId))
    throw new AppError('STAY_OVERLAP', STAY_OVERLAP_MESSAGE);
}

export async function insertStay(db: RegistryDb, prisonerId: number, data: StayData): Promise<number> {
  await refuseOverlap(db, prisonerId, data, null);
  const { id } = await withConstraintErrors(stayErrors, () =>
    db
      .insertInto('stays')
      .values({ prisoner_id: prisonerId, ...stayValues(data) })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  return id;
}

/** Rewrites a stay; returns its prisoner's id, or undefined when there is no such stay. */
export async function updateStay(db: RegistryDb, id: number, data: StayData): Promise<number | undefined> {
  const existing = await db.selectFrom('stays').select('prisoner_id').where('id', '=', id).executeTakeFirst();
  if (!existing) return undefined;
  await refuseOverlap(db, existing.prisoner_id, data, id);
  await withConstraintErrors(stayErrors, () =>
    db.updateTable('stays').set(stayValues(data)).where('id', '=', id).execute(),
  );
  return existing.prisoner_id;
}

/** Removes a stay; returns its prisoner's id, or undefined when there is no such stay. */
export async function deleteStay(db: RegistryDb, id: number): Promise<number | undefined> {
  const row = await db.deleteFrom('stays').where('id', '=', id).returning('prisoner_id').executeTakeFirst();
  return row?.prisoner_id;
}

/** Ends the open stay at `date` (the caller has checked it is one). */
export async function endStay(
  db: RegistryDb,
  id: number,
  date: string,
  endReason: NonNullable<Stay['endReason']>,
): Promise<void> {
  await withConstraintErrors(stayErrors, () =>
    db.updateTable('stays').set({ to_date: date, end_reason: endReason }).where('id', '=', id).execute(),
  );
}
