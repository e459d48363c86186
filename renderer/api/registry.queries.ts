import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel } from '../../shared/channels';
import type { InputOf } from '../../shared/contract';
import { call } from './client';
import { queryKeys } from './query-keys';

/** Rows fetched per call while the user scrolls the prisoner list; the table only renders what is on screen. */
export const PRISONER_PAGE_SIZE = 200;

export type PrisonerFilters = Omit<InputOf<'prisoners:list'>, 'offset' | 'limit'>;

export function usePrisonerList(filters: PrisonerFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.prisonerList(filters),
    queryFn: ({ pageParam }) => call('prisoners:list', { ...filters, offset: pageParam, limit: PRISONER_PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return loaded < last.total && last.rows.length > 0 ? loaded : undefined;
    },
    // A new sort or filter keeps the old rows on screen until the new ones arrive, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

/** Without an id (a form creating a prisoner) nothing is fetched. */
export function usePrisoner(id: number | undefined) {
  return useQuery({
    queryKey: queryKeys.prisoner(id ?? 0),
    queryFn: () => call('prisoners:get', { id: id ?? 0 }),
    enabled: id !== undefined,
  });
}

export function useFacilities(includeArchived = false) {
  return useQuery({
    queryKey: queryKeys.facilityList(includeArchived),
    queryFn: () => call('facilities:list', { includeArchived }),
  });
}

export function useFacility(id: number | undefined) {
  return useQuery({
    queryKey: queryKeys.facility(id ?? 0),
    queryFn: () => call('facilities:get', { id: id ?? 0 }),
    enabled: id !== undefined,
  });
}

export function useDeleteImpact(kind: 'prisoner' | 'facility', id: number) {
  return useQuery({
    queryKey: kind === 'prisoner' ? queryKeys.prisonerDeleteImpact(id) : queryKeys.facilityDeleteImpact(id),
    queryFn: () => call(kind === 'prisoner' ? 'prisoners:deleteImpact' : 'facilities:deleteImpact', { id }),
    // What goes with a deletion is counted afresh each time the dialog opens.
    staleTime: 0,
    gcTime: 0,
  });
}

export function useTags() {
  return useQuery({ queryKey: queryKeys.tags, queryFn: () => call('tags:list', {}) });
}

export function useMembers() {
  return useQuery({ queryKey: queryKeys.members, queryFn: () => call('members:list', {}) });
}

export function useSearch(text: string) {
  const trimmed = text.trim();
  return useQuery({
    queryKey: queryKeys.search(trimmed),
    queryFn: () => call('search:query', { text: trimmed, limit: 12 }),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    // Hits follow every write (a rename, a new prisoner): never serve a stale answer for the same text.
    staleTime: 0,
  });
}

type RegistryWrite = Exclude<
  Extract<Channel, `${'facilities' | 'prisoners' | 'stays' | 'tags' | 'members'}:${string}`>,
  | 'facilities:list'
  | 'facilities:get'
  | 'facilities:deleteImpact'
  | 'prisoners:list'
  | 'prisoners:get'
  | 'prisoners:deleteImpact'
  | 'prisoners:ids'
  | 'tags:list'
  | 'members:list'
>;

/**
 * One write to the registry. Afterwards every registry query is marked stale and the ones on screen reload: a transfer
 * changes the prisoner page, the list, the facility's current prisoners and search hits at once.
 */
export function useRegistryWrite<C extends RegistryWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.registry }),
  });
}
