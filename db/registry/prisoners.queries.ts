import type { DeleteImpact } from '../../shared/registry/delete-impact.schemas';
import type { Prisoner } from '../../shared/registry/prisoners.schemas';
import type { TagRef } from '../../shared/registry/tags.schemas';
import { prisonerFromRow, prisonerValues, type PrisonerData } from './prisoners.rows';
import { tagsByPrisoner } from './prisoner-tags.queries';
import { flag, timestampNow, type RegistryDb } from './registry-db';
import { withConstraintErrors } from './sqlite-errors';

export async function findPrisoner(db: RegistryDb, id: number): Promise<Prisoner | undefined> {
  const row = await db.selectFrom('prisoners').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? prisonerFromRow(row) : undefined;
}

/** Inserts the prisoner only; the caller adds stays and tags, then rewrites the search row (search-index.queries.ts). */
export async function insertPrisoner(db: RegistryDb, data: PrisonerData): Promise<number> {
  const now = timestampNow();
  const { id } = await db
    .insertInto('prisoners')
    .values({ ...prisonerValues(data), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updatePrisoner(db: RegistryDb, id: number, data: PrisonerData): Promise<boolean> {
  const result = await db
    .updateTable('prisoners')
    .set({ ...prisonerValues(data), updated_at: timestampNow() })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Marks the prisoner changed (a stay or a tag moved): the list's "updated" order follows what the user did. */
export async function touchPrisoner(db: RegistryDb, id: number): Promise<void> {
  await db.updateTable('prisoners').set({ updated_at: timestampNow() }).where('id', '=', id).execute();
}

export async function setPrisonerStatus(db: RegistryDb, id: number, status: Prisoner['status']): Promise<void> {
  await db.updateTable('prisoners').set({ status, updated_at: timestampNow() }).where('id', '=', id).execute();
}

export async function setPrisonerArchived(db: RegistryDb, id: number, archived: boolean): Promise<boolean> {
  const result = await db
    .updateTable('prisoners')
    .set({ archived: flag(archived), updated_at: timestampNow() })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function tagsOfPrisoner(db: RegistryDb, prisonerId: number): Promise<TagRef[]> {
  return (await tagsByPrisoner(db, [prisonerId])).get(prisonerId) ?? [];
}

/** Replaces the prisoner's tags with exactly `tagIds`; an unknown tag id is NOT_FOUND. */
export async function setPrisonerTags(db: RegistryDb, prisonerId: number, tagIds: readonly number[]): Promise<void> {
  await db.deleteFrom('prisoner_tags').where('prisoner_id', '=', prisonerId).execute();
  const unique = [...new Set(tagIds)];
  if (unique.length === 0) return;
  await withConstraintErrors({ foreign_key: ['NOT_FOUND', 'Tag not found'] }, () =>
    db
      .insertInto('prisoner_tags')
      .values(unique.map((tagId) => ({ prisoner_id: prisonerId, tag_id: tagId })))
      .execute(),
  );
}

/** What goes with the prisoner: their custody history, tag assignments (tags themselves stay), letters and parcels. */
export async function prisonerDeleteImpact(db: RegistryDb, id: number): Promise<DeleteImpact> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('stays')
        .where('prisoner_id', '=', id)
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('stays'),
      eb
        .selectFrom('prisoner_tags')
        .where('prisoner_id', '=', id)
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('tags'),
      eb
        .selectFrom('letters')
        .where('prisoner_id', '=', id)
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('letters'),
      eb
        .selectFrom('parcels')
        .where('prisoner_id', '=', id)
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('parcels'),
      // Entries for the prisoner or for one of their parcels: both keys restrict, so either refuses the deletion.
      eb
        .selectFrom('transactions')
        .where((t) =>
          t.or([
            t('prisoner_id', '=', id),
            t('parcel_id', 'in', t.selectFrom('parcels').select('id').where('prisoner_id', '=', id)),
          ]),
        )
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('ledger_entries'),
      eb
        .selectFrom('funds')
        .where('prisoner_id', '=', id)
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('funds'),
    ])
    .executeTakeFirstOrThrow();
  return {
    stays: Number(row.stays ?? 0),
    prisoners: 0,
    tags: Number(row.tags ?? 0),
    letters: Number(row.letters ?? 0),
    parcels: Number(row.parcels ?? 0),
    ledgerEntries: Number(row.ledger_entries ?? 0),
    funds: Number(row.funds ?? 0),
  };
}

/**
 * Deletes the prisoner with their stays, tag assignments, letters and parcels (the schema cascades). Money never goes
 * with them: a ledger row, fund or parcel payment that names them refuses the deletion (`on delete restrict`).
 */
export async function deletePrisoner(db: RegistryDb, id: number): Promise<boolean> {
  const result = await withConstraintErrors(
    { foreign_key: ['LEDGER_IN_USE', 'Ledger entries or funds refer to this prisoner or their parcels'] },
    () => db.deleteFrom('prisoners').where('id', '=', id).executeTakeFirst(),
  );
  return result.numDeletedRows > 0n;
}
