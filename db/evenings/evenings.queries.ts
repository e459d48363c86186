import type { EveningDetail, EveningInput, EveningLetter, EveningRow } from '../../shared/evenings/evenings.schemas';
import { letterStatuses } from '../../shared/letters/letter-values';
import { personName } from '../letters/letters.rows';
import type { RegistryDb } from '../registry/registry-db';

/** An evening with how many letters were logged for it (the letters_evening index counts them). */
function eveningsWithCounts(db: RegistryDb) {
  return db.selectFrom('writing_evenings as e').select([
    'e.id',
    'e.held_on',
    'e.place',
    'e.notes',
    'e.created_at',
    'e.updated_at',
    (eb) =>
      eb
        .selectFrom('letters as l')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('l.evening_id', '=', 'e.id')
        .as('letters'),
  ]);
}

type EveningColumns = {
  id: number;
  held_on: string;
  place: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  letters: number | null;
};

const rowOf = (row: EveningColumns): EveningRow => ({
  id: row.id,
  heldOn: row.held_on,
  place: row.place,
  notes: row.notes,
  letters: Number(row.letters ?? 0),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Newest evening first. */
export async function listEvenings(db: RegistryDb): Promise<EveningRow[]> {
  const rows = await eveningsWithCounts(db).orderBy('e.held_on', 'desc').orderBy('e.id', 'desc').execute();
  return rows.map(rowOf);
}

/** The evening's letters in the order they were logged: one transaction inserts them in the grid's order. */
export async function eveningLetters(db: RegistryDb, eveningId: number): Promise<EveningLetter[]> {
  const rows = await db
    .selectFrom('letters as l')
    .innerJoin('prisoners as p', 'p.id', 'l.prisoner_id')
    .leftJoin('stays as s', 's.id', 'l.stay_id')
    .leftJoin('facilities as f', 'f.id', 's.facility_id')
    .leftJoin('members as m', 'm.id', 'l.writer_member_id')
    .select([
      'l.id',
      'l.prisoner_id',
      'p.family_name',
      'p.given_names',
      'l.status',
      'l.writer_member_id',
      'm.pseudonym as writer_name',
      'f.name as facility_name',
      'l.pages',
      'l.photos',
      'l.stamps',
      'l.language',
      'l.summary',
    ])
    .where('l.evening_id', '=', eveningId)
    .orderBy('l.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    prisonerId: row.prisoner_id,
    prisonerName: personName(row.family_name, row.given_names),
    status: (letterStatuses as readonly string[]).includes(row.status)
      ? (row.status as EveningLetter['status'])
      : 'draft',
    writerMemberId: row.writer_member_id,
    writerName: row.writer_name,
    facilityName: row.facility_name,
    pages: row.pages,
    photos: row.photos,
    stamps: row.stamps,
    language: row.language,
    summary: row.summary,
  }));
}

export async function findEvening(db: RegistryDb, id: number): Promise<EveningDetail | undefined> {
  const row = await eveningsWithCounts(db).where('e.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return { ...rowOf(row), letterRows: await eveningLetters(db, id) };
}

const columnsOf = (evening: EveningInput, now: string) => ({
  held_on: evening.heldOn,
  place: evening.place,
  notes: evening.notes,
  updated_at: now,
});

export async function insertEvening(db: RegistryDb, evening: EveningInput, now: string): Promise<number> {
  const row = await db
    .insertInto('writing_evenings')
    .values({ ...columnsOf(evening, now), created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateEvening(db: RegistryDb, id: number, evening: EveningInput, now: string) {
  const result = await db.updateTable('writing_evenings').set(columnsOf(evening, now)).where('id', '=', id).execute();
  return (result[0]?.numUpdatedRows ?? 0n) > 0n;
}

/** Its letters stay, no longer tied to it (the foreign key sets their `evening_id` to null). */
export async function deleteEvening(db: RegistryDb, id: number): Promise<boolean> {
  const result = await db.deleteFrom('writing_evenings').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
