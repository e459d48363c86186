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
  /** duplicateKey() of every prisoner with each number they had (or none). */
  prisonerKeys: Set<string>;
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
    .select(['p.family_name', 'p.given_names', 's.prisoner_number'])
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
  return {
    facilitiesByName,
    tagIds,
    prisonerKeys: new Set(prisoners.map((p) => duplicateKey(p.family_name, p.given_names, p.prisoner_number))),
  };
}
