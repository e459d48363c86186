import { ftsQuery, isShortPrefixQuery } from '../../shared/search-fold';
import { prisonerStatus } from '../../shared/registry/prisoners.schemas';
import type { SearchHit } from '../../shared/registry/search.schemas';
import type { RegistryDb } from './registry-db';
import { matchSearchRows } from '../search/search-index.queries';
import { facilitySearchKind, prisonerSearchKind } from './registry.search';

/** How a prisoner is named in a list of hits: the prison's name, then the name the group uses if it differs. */
export function prisonerTitle(p: { family_name: string; given_names: string | null; known_as: string | null }): string {
  const official = [p.family_name, p.given_names].filter(Boolean).join(' ');
  return p.known_as ? `${official} (${p.known_as})` : official;
}

/** Accent- and case-blind prefix search over names, prisoner numbers, tags, facility names and cities. */
export async function searchRegistry(
  db: RegistryDb,
  input: { text: string; limit: number; includeArchived: boolean },
): Promise<SearchHit[]> {
  const match = ftsQuery(input.text);
  if (match === null) return [];
  const found = await matchSearchRows(db, {
    match,
    kinds: [prisonerSearchKind.name, facilitySearchKind.name],
    limit: input.limit,
    includeArchived: input.includeArchived,
    shortPrefix: isShortPrefixQuery(input.text),
  });
  const prisonerIds = found.filter((r) => r.kind === prisonerSearchKind.name).map((r) => r.id);
  const facilityIds = found.filter((r) => r.kind === facilitySearchKind.name).map((r) => r.id);
  const people =
    prisonerIds.length === 0
      ? []
      : await db
          .selectFrom('prisoners as p')
          .leftJoin('stays as s', (join) => join.onRef('s.prisoner_id', '=', 'p.id').on('s.to_date', 'is', null))
          .leftJoin('facilities as f', 'f.id', 's.facility_id')
          .select([
            'p.id',
            'p.family_name',
            'p.given_names',
            'p.known_as',
            'p.status',
            's.prisoner_number',
            'f.name as facility_name',
          ])
          .where('p.id', 'in', prisonerIds)
          .execute();
  const places =
    facilityIds.length === 0
      ? []
      : await db
          .selectFrom('facilities')
          .select(['id', 'name', 'city', 'country'])
          .where('id', 'in', facilityIds)
          .execute();
  const personById = new Map(people.map((p) => [p.id, p]));
  const placeById = new Map(places.map((f) => [f.id, f]));
  const hits: SearchHit[] = [];
  for (const { kind, id } of found) {
    if (kind === prisonerSearchKind.name) {
      const p = personById.get(id);
      if (!p) continue;
      hits.push({
        kind: 'prisoner',
        id: p.id,
        title: prisonerTitle(p),
        prisonerNumber: p.prisoner_number,
        facilityName: p.facility_name,
        status: prisonerStatus.parse(p.status),
      });
    } else {
      const f = placeById.get(id);
      if (f) hits.push({ kind: 'facility', id: f.id, title: f.name, city: f.city, country: f.country });
    }
  }
  return hits;
}
