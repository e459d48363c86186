import { facilitySearchKind, prisonerSearchKind } from '../registry/registry.search';
import type { SearchKind } from './search-kind';

/**
 * Every kind the search index holds: a full rebuild (rebuildSearchIndex) and the consistency check go through this
 * list. A domain registers its kinds here; names must be unique.
 */
export const searchKinds: readonly SearchKind[] = [prisonerSearchKind, facilitySearchKind];
