import type { RegistryDb } from '../../../db/registry/registry-db';
import { duplicateKey } from './import-validate';
import { nameKey } from '../../../shared/same-name';
import { matchKey } from './import-words';

/** What an import compares its rows with: the facilities, tags and prisoners already in the vault. */
export interface VaultFacility {
  id: number;
  /** matchKey() of the city. */
  city: string;
  country: string;
}

export interface VaultLookup {
  /** Facilities by nameKey() of their name. */
  facilitiesByName: Map<string, VaultFacility[]>;
  /** Tag ids by nameKey() of their name. */
  tagIds: Map<string, number>;
  /** duplicateKey() of every prisoner with each number they had (or none), to the ids of the prisoners it names. */
  prisonerKeys: Map<string, number[]>;
  /** Each prisoner's open stay: where a row that updates them may move them from. */
  openStays: Map<number, { facilityId: number; from: string }>;
}

/** Read inside the import's transaction, so what is checked is what is written against. */
export async function loadVaultLookup(db: RegistryDb): Promise<VaultLookup> {
  const facilities = await db
    .selectFrom('facilities')
    .select(['id', 'name', 'city', 'country'])
    .orderBy('id')
    .execute();
  const tags = await db.selectFrom('tags').select(['id', 'name']).orderBy('id').execute();
  const prisoners = await db
    .selectFrom('prisoners as p')
    .leftJoin('stays as s', 's.prisoner_id', 'p.id')
    .select(['p.id', 'p.family_name', 'p.given_names', 's.prisoner_number'])
    .execute();
  const open = await db
    .selectFrom('stays')
    .select(['prisoner_id', 'facility_id', 'from_date'])
    .where('to_date', 'is', null)
    .execute();
  const tagIds = new Map<string, number>();
  for (const tag of tags) if (!tagIds.has(nameKey(tag.name))) tagIds.set(nameKey(tag.name), tag.id);
  const facilitiesByName = new Map<string, VaultFacility[]>();
  for (const f of facilities) {
    const key = nameKey(f.name);
    facilitiesByName.set(key, [
      ...(facilitiesByName.get(key) ?? []),
      { id: f.id, city: matchKey(f.city), country: f.country },
    ]);
  }
  const prisonerKeys = new Map<string, number[]>();
  for (const p of prisoners) {
    const key = duplicateKey(p.family_name, p.given_names, p.prisoner_number);
    const ids = prisonerKeys.get(key) ?? [];
    if (!ids.includes(p.id)) ids.push(p.id);
    prisonerKeys.set(key, ids);
  }
  return {
    facilitiesByName,
    tagIds,
    prisonerKeys,
    openStays: new Map(open.map((s) => [s.prisoner_id, { facilityId: s.facility_id, from: s.from_date }])),
  };
}
