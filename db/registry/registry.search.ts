import { foldForIndex } from '../../shared/search-fold';
import type { SearchKind } from '../search/search-kind';
import { tagNamesByPrisoner } from './prisoner-tags.queries';

/** A prisoner is found by their names, every prisoner number they ever had, and their tags' names. */
export const prisonerSearchKind: SearchKind = {
  name: 'prisoner',
  fold: foldForIndex,
  ids: async (db) => (await db.selectFrom('prisoners').select('id').execute()).map((r) => r.id),
  async load(db, ids) {
    const people = await db
      .selectFrom('prisoners')
      .select(['id', 'family_name', 'given_names', 'known_as', 'archived'])
      .where('id', 'in', ids)
      .execute();
    const numbers = await db
      .selectFrom('stays')
      .select(['prisoner_id', 'prisoner_number'])
      .where('prisoner_id', 'in', ids)
      .where('prisoner_number', 'is not', null)
      .execute();
    const tags = await tagNamesByPrisoner(db, ids);
    const extra = new Map<number, string[]>();
    for (const { prisoner_id, prisoner_number } of numbers)
      extra.set(prisoner_id, [...(extra.get(prisoner_id) ?? []), prisoner_number ?? '']);
    for (const [prisonerId, names] of tags) extra.set(prisonerId, [...(extra.get(prisonerId) ?? []), ...names]);
    return people.map((p) => ({
      id: p.id,
      parts: [p.family_name, p.given_names, p.known_as, ...(extra.get(p.id) ?? [])],
      archived: p.archived === 1,
    }));
  },
};

/** A facility is found by its name and city. */
export const facilitySearchKind: SearchKind = {
  name: 'facility',
  fold: foldForIndex,
  ids: async (db) => (await db.selectFrom('facilities').select('id').execute()).map((r) => r.id),
  async load(db, ids) {
    const places = await db
      .selectFrom('facilities')
      .select(['id', 'name', 'city', 'archived'])
      .where('id', 'in', ids)
      .execute();
    return places.map((f) => ({ id: f.id, parts: [f.name, f.city], archived: f.archived === 1 }));
  },
};
