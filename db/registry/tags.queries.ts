import type { z } from 'zod';
import type { Tag, tagInput } from '../../shared/registry/tags.schemas';
import { nameOrder, type RegistryDb } from './registry-db';
import { nameKey } from '../../shared/same-name';
import { AppError } from '../../shared/errors';
import { withConstraintErrors } from './sqlite-errors';

export type TagData = z.output<typeof tagInput>;

const duplicate = { unique: ['DUPLICATE', 'A tag with this name already exists'] } as const;

function tagsWithCounts(db: RegistryDb) {
  return db
    .selectFrom('tags as t')
    .select(['t.id', 't.name', 't.description'])
    .select((eb) =>
      eb
        .selectFrom('prisoner_tags as pt')
        .whereRef('pt.tag_id', '=', 't.id')
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('prisoners'),
    );
}

type TagColumns = { id: number; name: string; description: string | null; prisoners: number | null };
const tagFromColumns = (row: TagColumns): Tag => ({ ...row, prisoners: Number(row.prisoners ?? 0) });

export async function listTags(db: RegistryDb): Promise<Tag[]> {
  const rows = await tagsWithCounts(db).execute();
  return rows.map(tagFromColumns).sort((a, b) => nameOrder.compare(a.name, b.name) || a.id - b.id);
}

export async function findTag(db: RegistryDb, id: number): Promise<Tag | undefined> {
  const row = await tagsWithCounts(db).where('t.id', '=', id).executeTakeFirst();
  return row ? tagFromColumns(row) : undefined;
}

/** Tag names are unique by the same-name rule: "Procès X", "PROCÈS X" and "proces-x" are one tag. */
async function refuseDuplicate(db: RegistryDb, name: string, exceptId: number | null): Promise<void> {
  const wanted = nameKey(name);
  const rows = await db.selectFrom('tags').select(['id', 'name']).execute();
  if (rows.some((row) => row.id !== exceptId && nameKey(row.name) === wanted)) throw new AppError(...duplicate.unique);
}

export async function insertTag(db: RegistryDb, data: TagData): Promise<number> {
  await refuseDuplicate(db, data.name, null);
  const { id } = await withConstraintErrors(duplicate, () =>
    db
      .insertInto('tags')
      .values({ name: data.name, description: data.description })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  return id;
}

export async function updateTag(db: RegistryDb, id: number, data: TagData): Promise<boolean> {
  await refuseDuplicate(db, data.name, id);
  const result = await withConstraintErrors(duplicate, () =>
    db
      .updateTable('tags')
      .set({ name: data.name, description: data.description })
      .where('id', '=', id)
      .executeTakeFirst(),
  );
  return result.numUpdatedRows > 0n;
}

/** The prisoners carrying the tag: their search rows hold its name. */
export async function prisonersWithTag(db: RegistryDb, tagId: number): Promise<number[]> {
  const rows = await db.selectFrom('prisoner_tags').select('prisoner_id').where('tag_id', '=', tagId).execute();
  return rows.map((row) => row.prisoner_id);
}

export async function deleteTag(db: RegistryDb, id: number): Promise<boolean> {
  const result = await db.deleteFrom('tags').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
