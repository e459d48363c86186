import { useQuery } from '@tanstack/react-query';
import { call } from './client';
import { queryKeys } from './query-keys';

/**
 * The dashboard's counts, under the registry's key so that every write refreshes them, and read again each time the
 * page is shown (the days pass while the vault stays open).
 */
export function useDashboard() {
  return useQuery({
    queryKey: [...queryKeys.registry, 'dashboard'],
    queryFn: () => call('dashboard:get', {}),
    staleTime: 0,
  });
}
