import { reindexSearchRows } from '../search/search-index.queries';
import type { RegistryDb } from './registry-db';
import { facilitySearchKind, prisonerSearchKind } from './registry.search';

/** Rewrites the search rows of these prisoners (registry.search.ts says what they hold); a deleted one loses its row. */
export const reindexPrisoners = (db: RegistryDb, ids: readonly number[]): Promise<void> =>
  reindexSearchRows(db, prisonerSearchKind, ids);

/** Rewrites the search rows of these facilities; a deleted one loses its row. */
export const reindexFacilities = (db: RegistryDb, ids: readonly number[]): Promise<void> =>
  reindexSearchRows(db, facilitySearchKind, ids);
