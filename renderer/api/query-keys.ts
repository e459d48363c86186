import type { InputOf } from '../../shared/contract';

/** Every registry key starts with `registry`, so one invalidation after a write refreshes every list and page. */
export const queryKeys = {
  status: ['vault', 'status'] as const,
  settings: ['settings'] as const,
  registry: ['registry'] as const,
  prisonerList: (filters: InputOf<'prisoners:list'>) => ['registry', 'prisoners', 'list', filters] as const,
  prisoner: (id: number) => ['registry', 'prisoners', 'detail', id] as const,
  prisonerDeleteImpact: (id: number) => ['registry', 'prisoners', 'deleteImpact', id] as const,
  facilityList: (includeArchived: boolean) => ['registry', 'facilities', 'list', includeArchived] as const,
  facility: (id: number) => ['registry', 'facilities', 'detail', id] as const,
  facilityDeleteImpact: (id: number) => ['registry', 'facilities', 'deleteImpact', id] as const,
  tags: ['registry', 'tags'] as const,
  members: ['registry', 'members'] as const,
  search: (text: string) => ['registry', 'search', text] as const,
  importProgress: (token: string) => ['import', 'progress', token] as const,
};
