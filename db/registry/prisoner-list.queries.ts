import { sql } from 'kysely';
import type { z } from 'zod';
import type { PrisonerRow, prisonerListInput, prisonerSortKeys } from '../../shared/registry/prisoners.schemas';
import { prisonerRowFromColumns } from './prisoners.rows';
import { filteredPrisoners } from './prisoner-filter.queries';
import { tagNamesByPrisoner } from './prisoner-tags.queries';
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
  release: 'p.expected_release',
  updatedAt: 'p.updated_at',
} as const satisfies Record<(typeof prisonerSortKeys)[number], string>;

function selectRows(db: RegistryDb, filters: PrisonerFilters) {
  const sort = sortColumn[filters.sort ?? 'name'];
  const direction = filters.direction ?? 'asc';
  // Each prisoner with their open stay (if any) and its facility: the current address is derived, never stored.
  return filteredPrisoners(db, filters)
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
      'p.expected_release',
      sql<number>`p.notes is not null and trim(p.notes) <> ''`.as('has_notes'),
    ])
    .$call((q) =>
      sort === 'p.sort_name' ? q : q.orderBy(sort, (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast()),
    )
    .orderBy('p.sort_name', direction)
    .orderBy('p.id', direction);
}

/** One page of the prisoner list, and how many rows the filters give in all. */
export async function listPrisoners(
  db: RegistryDb,
  input: PrisonerListQuery,
): Promise<{ total: number; rows: PrisonerRow[] }> {
  const rows = await selectRows(db, input).limit(input.limit).offset(input.offset).execute();
  const count = await filteredPrisoners(db, input)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const tags = await tagNamesByPrisoner(
    db,
    rows.map((row) => row.id),
  );
  return { total: Number(count.n), rows: rows.map((row) => prisonerRowFromColumns(row, tags.get(row.id) ?? [])) };
}

/** Every row the filters give, in list order: for exports, which have no page. */
export async function allPrisonerRows(db: RegistryDb, filters: PrisonerFilters): Promise<PrisonerRow[]> {
  const rows = await selectRows(db, filters).execute();
  const tags = await tagNamesByPrisoner(db);
  return rows.map((row) => prisonerRowFromColumns(row, tags.get(row.id) ?? []));
}

/** The ids the filters give, in no particular order: "select all filtered" takes them, loaded in the list or not. */
export async function filteredPrisonerIds(db: RegistryDb, filters: PrisonerFilters): Promise<number[]> {
  const rows = await filteredPrisoners(db, filters).select('p.id').orderBy('p.id').execute();
  return rows.map((row) => row.id);
}
