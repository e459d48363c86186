import type { RegistryDb } from '../registry/registry-db';

/**
 * The drafts a re-addressing moves: a prisoner's letters out by post, not sent yet, on one stay. Written out once so
 * that the prisoner page's count and the move name the same letters.
 */
function draftsOn(db: RegistryDb, prisonerId: number) {
  return db
    .selectFrom('letters as l')
    .where('l.prisoner_id', '=', prisonerId)
    .where('l.direction', '=', 'out')
    .where('l.channel', '=', 'post')
    .where('l.status', '=', 'draft');
}

/** Per ended stay of the prisoner, how many drafts are still addressed there (the prisoner page's offer to move them). */
export async function draftsOnEndedStays(db: RegistryDb, prisonerId: number) {
  const rows = await draftsOn(db, prisonerId)
    .innerJoin('stays as s', 's.id', 'l.stay_id')
    .innerJoin('facilities as f', 'f.id', 's.facility_id')
    .where('s.to_date', 'is not', null)
    .select(['s.id as stayId', 'f.name as facilityName', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(['s.id', 'f.name'])
    .orderBy('s.id')
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** The ids of the drafts on `stayId`: each gets its own block (the same for all, but written per row). */
export async function draftIdsOnStay(db: RegistryDb, prisonerId: number, stayId: number): Promise<number[]> {
  const rows = await draftsOn(db, prisonerId).where('l.stay_id', '=', stayId).select('l.id').execute();
  return rows.map((row) => row.id);
}

export async function readdressLetters(
  db: RegistryDb,
  ids: readonly number[],
  to: { stayId: number; addressBlock: string[] },
  now: string,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('letters')
    .set({ stay_id: to.stayId, address_block: JSON.stringify(to.addressBlock), updated_at: now })
    .where('id', 'in', ids)
    .execute();
}
