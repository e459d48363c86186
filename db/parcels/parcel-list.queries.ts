import { sql } from 'kysely';
import type { z } from 'zod';
import type { ParcelRow, parcelListInput } from '../../shared/parcels/parcels.schemas';
import type { ParcelStatus } from '../../shared/parcels/parcel-values';
import type { RegistryDb } from '../registry/registry-db';
import { prisonerNameSql } from './parcels.queries';
import { needsAction } from './parcels.rows';

export type ParcelListQuery = z.output<typeof parcelListInput>;

// Written out, not bound: SQLite only uses the partial index parcels_open_issues for this exact condition.
const OPEN_ISSUE = sql<boolean>`c.status in ('refused', 'returned', 'lost') and c.handled_at is null`;

/** The filters over parcels and the stay each went to (a left join: a parcel may have none). */
function filtered(db: RegistryDb, q: ParcelListQuery) {
  let query = db.selectFrom('parcels as c').leftJoin('stays as s', 's.id', 'c.stay_id');
  if (q.statuses.length > 0) query = query.where('c.status', 'in', q.statuses);
  if (q.prisonerId !== undefined) query = query.where('c.prisoner_id', '=', q.prisonerId);
  if (q.facilityId !== undefined) query = query.where('s.facility_id', '=', q.facilityId);
  if (q.from !== undefined) query = query.where('c.dated_on', '>=', q.from);
  if (q.to !== undefined) query = query.where('c.dated_on', '<=', q.to);
  if (q.needsAction) query = query.where(OPEN_ISSUE);
  return query;
}

/** One page of the Colis list, in the order asked (ties by date then id, so pages never overlap), and the count. */
export async function listParcels(db: RegistryDb, q: ParcelListQuery): Promise<{ rows: ParcelRow[]; total: number }> {
  const { total } = await filtered(db, q)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const dir = q.direction;
  let query = filtered(db, q)
    .innerJoin('prisoners as p', 'p.id', 'c.prisoner_id')
    .leftJoin('facilities as f', 'f.id', 's.facility_id')
    .select([
      'c.id',
      'c.prisoner_id',
      prisonerNameSql.as('prisoner_name'),
      'f.name as facility_name',
      'c.status',
      'c.dated_on',
      'c.weight_grams',
      'c.tracking_number',
      'c.handled_at',
      sql<number>`(select count(*) from parcel_items i where i.parcel_id = c.id)`.as('item_count'),
    ]);
  if (q.sort === 'prisoner') query = query.orderBy('p.sort_name', dir);
  if (q.sort === 'status') query = query.orderBy('c.status', dir);
  if (q.sort === 'weight') query = query.orderBy(sql`c.weight_grams is null`).orderBy('c.weight_grams', dir);
  const rows = await query
    .orderBy('c.dated_on', q.sort === 'date' ? dir : 'desc')
    .orderBy('c.id', q.sort === 'date' ? dir : 'desc')
    .offset(q.offset)
    .limit(q.limit)
    .execute();
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      prisonerId: r.prisoner_id,
      prisonerName: r.prisoner_name,
      facilityName: r.facility_name,
      status: r.status as ParcelStatus,
      datedOn: r.dated_on,
      weightGrams: r.weight_grams,
      itemCount: r.item_count,
      trackingNumber: r.tracking_number,
      needsAction: needsAction(r.status, r.handled_at),
    })),
  };
}
