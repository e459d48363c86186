import { timestampNow, type RegistryDb } from './registry-db';

/** Well under SQLite's limit on bound parameters per statement. */
const CHUNK = 400;

function* chunks(ids: readonly number[]): Generator<number[]> {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) yield unique.slice(i, i + CHUNK);
}

/**
 * Puts the tag on these prisoners; those who already carry it, and ids with no prisoner (deleted since the list was
 * shown), are left as they are. Returns the prisoners it was added to: what an undo removes again.
 */
export async function addTagToPrisoners(db: RegistryDb, tagId: number, prisonerIds: readonly number[]) {
  const changed: number[] = [];
  for (const part of chunks(prisonerIds)) {
    const rows = await db
      .insertInto('prisoner_tags')
      .columns(['prisoner_id', 'tag_id'])
      .expression((eb) =>
        eb
          .selectFrom('prisoners')
          .select((s) => ['id', s.val(tagId).as('tag_id')])
          .where('id', 'in', part),
      )
      .onConflict((oc) => oc.doNothing())
      .returning('prisoner_id')
      .execute();
    changed.push(...rows.map((row) => row.prisoner_id));
  }
  return touched(db, changed);
}

/** Takes the tag off these prisoners. Returns those who carried it: what an undo puts it back on. */
export async function removeTagFromPrisoners(db: RegistryDb, tagId: number, prisonerIds: readonly number[]) {
  const changed: number[] = [];
  for (const part of chunks(prisonerIds)) {
    const rows = await db
      .deleteFrom('prisoner_tags')
      .where('tag_id', '=', tagId)
      .where('prisoner_id', 'in', part)
      .returning('prisoner_id')
      .execute();
    changed.push(...rows.map((row) => row.prisoner_id));
  }
  return touched(db, changed);
}

/** A change of tags is a change of the prisoner: the list sorted by "last changed" shows it. */
async function touched(db: RegistryDb, ids: number[]): Promise<number[]> {
  const now = timestampNow();
  for (const part of chunks(ids))
    await db.updateTable('prisoners').set({ updated_at: now }).where('id', 'in', part).execute();
  return ids.sort((a, b) => a - b);
}
