import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/contract';
import { call } from './client';
import { queryKeys } from './query-keys';

/** Rows fetched per call while the user scrolls the Colis list; the table only renders what is on screen. */
export const PARCEL_PAGE_SIZE = 200;

export type ParcelFilters = Omit<InputOf<'parcels:list'>, 'offset' | 'limit'>;

// Under the registry's key: a transfer or a deleted prisoner changes what the parcels show, and a parcel saved
// changes a prisoner's page, so one invalidation refreshes both.
const parcelKeys = {
  list: (filters: ParcelFilters) => [...queryKeys.registry, 'parcels', 'list', filters] as const,
  detail: (id: number) => [...queryKeys.registry, 'parcels', 'detail', id] as const,
};

export function useParcelList(filters: ParcelFilters) {
  return useInfiniteQuery({
    queryKey: parcelKeys.list(filters),
    queryFn: ({ pageParam }) => call('parcels:list', { ...filters, offset: pageParam, limit: PARCEL_PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return loaded < last.total && last.rows.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}

export function useParcel(id: number | undefined) {
  return useQuery({
    queryKey: parcelKeys.detail(id ?? 0),
    queryFn: () => call('parcels:get', { id: id ?? 0 }),
    enabled: id !== undefined,
  });
}

type ParcelWrite = 'parcels:create' | 'parcels:update' | 'parcels:delete' | 'parcels:markHandled';

export function useParcelWrite<C extends ParcelWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.registry }),
  });
}

export function usePackingList() {
  return useMutation({ mutationFn: (id: number) => call('parcels:packingList', { id }) });
}
