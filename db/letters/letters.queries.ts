import type { LetterDetail } from '../../shared/letters/letters.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { withConstraintErrors } from '../registry/sqlite-errors';
import { letterFromColumns, type letterValues } from './letters.rows';

/** Every letter with whom it is to or from, where it went and who wrote it: the detail and the list read this. */
export function lettersWithNames(db: RegistryDb) {
  return db
    .selectFrom('letters as l')
    .innerJoin('prisoners as p', 'p.id', 'l.prisoner_id')
    .leftJoin('stays as s', 's.id', 'l.stay_id')
    .leftJoin('facilities as f', 'f.id', 's.facility_id')
    .leftJoin('members as m', 'm.id', 'l.writer_member_id');
}

export async function findLetter(db: RegistryDb, id: number): Promise<LetterDetail | undefined> {
  const row = await lettersWithNames(db)
    .selectAll('l')
    .select([
      'p.family_name',
      'p.given_names',
      'f.name as facility_name',
      'm.pseudonym as writer_name',
      's.to_date as stay_to',
    ])
    .where('l.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const tags = await db
    .selectFrom('letter_tags')
    .select('tag_id')
    .where('letter_id', '=', id)
    .orderBy('tag_id')
    .execute();
  return letterFromColumns(
    row,
    tags.map((t) => t.tag_id),
  );
}

type LetterValues = ReturnType<typeof letterValues>;

// A writer, reply or tag deleted meanwhile: the form named something that is gone.
const referenceErrors = { foreign_key: ['NOT_FOUND', 'A member, letter or tag the letter names is gone'] } as const;

/** `eveningId`: the writing evening it was logged in (db/evenings), which prints the evening's letters in order. */
export async function insertLetter(
  db: RegistryDb,
  values: LetterValues,
  now: string,
  eveningId: number | null = null,
): Promise<number> {
  const row = await withConstraintErrors(referenceErrors, () =>
    db
      .insertInto('letters')
      .values({ ...values, evening_id: eveningId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  return row.id;
}

export async function updateLetter(
  db: RegistryDb,
  id: number,
  values: LetterValues & { handled_at: string | null },
): Promise<void> {
  await withConstraintErrors(referenceErrors, () =>
    db.updateTable('letters').set(values).where('id', '=', id).execute(),
  );
}

export async function setLetterTags(db: RegistryDb, letterId: number, tagIds: readonly number[]): Promise<void> {
  await db.deleteFrom('letter_tags').where('letter_id', '=', letterId).execute();
  const unique = [...new Set(tagIds)];
  if (unique.length === 0) return;
  await withConstraintErrors({ foreign_key: ['NOT_FOUND', 'Tag not found'] }, () =>
    db
      .insertInto('letter_tags')
      .values(unique.map((tagId) => ({ letter_id: letterId, tag_id: tagId })))
      .execute(),
  );
}

export async function deleteLetter(db: RegistryDb, id: number): Promise<boolean> {
  const result = await db.deleteFrom('letters').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function markLetterHandled(
  db: RegistryDb,
  id: number,
  actionTaken: string | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('letters')
    .set((eb) => ({
      handled_at: now,
      action_taken: actionTaken === null ? eb.ref('action_taken') : eb.val(actionTaken),
      updated_at: now,
    }))
    .where('id', '=', id)
    .execute();
}

/** The letter another one answers: it must be the same prisoner's, in the other direction. */
export async function replyTarget(db: RegistryDb, id: number) {
  return db.selectFrom('letters').select(['id', 'prisoner_id', 'direction']).where('id', '=', id).executeTakeFirst();
}
