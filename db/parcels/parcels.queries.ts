import { sql } from 'kysely';
import type { ParcelDetail, ParcelFields } from '../../shared/parcels/parcels.schemas';
import { timestampNow, type RegistryDb } from '../registry/registry-db';
import type { ResolvedStay } from './parcel-destination.queries';
import { itemFromRow, itemValues, parcelFromRow, parcelValues } from './parcels.rows';

/** "Given Family", as the lists show a person. */
export const prisonerNameSql = sql<string>`trim(coalesce(p.given_names, '') || ' ' || p.family_name)`;

export async function findParcel(db: RegistryDb, id: number): Promise<ParcelDetail | undefined> {
  const row = await db
    .selectFrom('parcels as c')
    .innerJoin('prisoners as p', 'p.id', 'c.prisoner_id')
    .leftJoin('stays as s', 's.id', 'c.stay_id')
    .leftJoin('facilities as f', 'f.id', 's.facility_id')
    .selectAll('c')
    .select([prisonerNameSql.as('prisoner_name'), 'f.name as facility_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const items = await db
    .selectFrom('parcel_items')
    .selectAll()
    .where('parcel_id', '=', id)
    .orderBy('position')
    .execute();
  return parcelFromRow(row, items.map(itemFromRow));
}

async function writeItems(db: RegistryDb, parcelId: number, data: ParcelFields): Promise<void> {
  await db.deleteFrom('parcel_items').where('parcel_id', '=', parcelId).execute();
  const rows = itemValues(parcelId, data.items);
  if (rows.length > 0) await db.insertInto('parcel_items').values(rows).execute();
}

const addressJson = (stay: ResolvedStay | null) => (stay ? JSON.stringify(stay.addressBlock) : null);

/** A new parcel with its contents, and the address of its stay as composed today. Run it in a transaction. */
export async function insertParcel(db: RegistryDb, data: ParcelFields, stay: ResolvedStay | null): Promise<number> {
  const now = timestampNow();
  const { id } = await db
    .insertInto('parcels')
    .values({
      ...parcelValues(data),
      prisoner_id: data.prisonerId,
      stay_id: stay?.stayId ?? null,
      address_block: addressJson(stay),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeItems(db, id, data);
  return id;
}

/**
 * Rewrites a parcel and its contents. The address it went to is only composed again when it goes to another stay:
 * a transfer since must not rewrite where it was sent. Handled stays handled while the status has a problem.
 */
export async function updateParcel(
  db: RegistryDb,
  id: number,
  data: ParcelFields,
  stay: ResolvedStay | null,
  previous: ParcelDetail,
): Promise<void> {
  const sameStay = (stay?.stayId ?? null) === previous.stayId;
  await db
    .updateTable('parcels')
    .set({
      ...parcelValues(data),
      stay_id: stay?.stayId ?? null,
      ...(sameStay ? {} : { address_block: addressJson(stay) }),
      ...(data.status === previous.status ? {} : { handled_at: null }),
      updated_at: timestampNow(),
    })
    .where('id', '=', id)
    .execute();
  await writeItems(db, id, data);
}

export async function deleteParcel(db: RegistryDb, id: number): Promise<boolean> {
  const result = await db.deleteFrom('parcels').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function setParcelHandled(
  db: RegistryDb,
  id: number,
  handled: boolean,
  actionTaken: string | null,
): Promise<void> {
  const now = timestampNow();
  await db
    .updateTable('parcels')
    .set({
      handled_at: handled ? now : null,
      ...(actionTaken === null ? {} : { action_taken: actionTaken }),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}
