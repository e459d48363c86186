import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/contract';
import { call } from './client';
import { queryKeys } from './query-keys';

/** A prisoner's timeline, 50 at a time ("More" asks for the next page from where the last one ended). */
export function useTimeline(prisonerId: number) {
  return useInfiniteQuery({
    // Under the registry's key: a transfer or a stay removed changes the timeline too.
    queryKey: [...queryKeys.registry, 'timeline', prisonerId] as const,
    queryFn: ({ pageParam }) => call('timeline:get', { prisonerId, before: pageParam, limit: 50 }),
    initialPageParam: null as InputOf<'timeline:get'>['before'],
    getNextPageParam: (last) => last.next ?? undefined,
  });
}

/** Creates or updates a letter; a save refreshes the registry's pages (the timeline, the delete impact). */
export function useSaveLetter() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number | null } & InputOf<'letters:create'>) =>
      input.id === null
        ? call('letters:create', { letter: input.letter, acceptWarnings: input.acceptWarnings ?? false })
        : call('letters:update', { id: input.id, letter: input.letter, acceptWarnings: input.acceptWarnings ?? false }),
    onSuccess: (result) => {
      if (result.saved) void client.invalidateQueries({ queryKey: queryKeys.registry });
    },
  });
}

/** Rows fetched per call while the user scrolls the letters list; the table only renders what is on screen. */
export const LETTER_PAGE_SIZE = 200;
export type LetterFilters = Omit<InputOf<'letters:list'>, 'offset' | 'limit'>;

export function useLetterList(filters: LetterFilters) {
  return useInfiniteQuery({
    queryKey: [...queryKeys.registry, 'letters', 'list', filters] as const,
    queryFn: ({ pageParam }) => call('letters:list', { ...filters, offset: pageParam, limit: LETTER_PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return loaded < last.total && last.rows.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}

/** One letter, for the dialog in edit mode. */
export function useLetter(id: number | null) {
  return useQuery({
    queryKey: [...queryKeys.registry, 'letters', 'detail', id ?? 0] as const,
    queryFn: () => call('letters:get', { id: id ?? 0 }),
    enabled: id !== null,
  });
}

type LetterWrite =
  | 'letters:delete'
  | 'letters:markHandled'
  | 'letters:bulkMarkSent'
  | 'letters:bulkMarkReturned'
  | 'letters:readdressDrafts';

/** A write to letters; the registry's queries reload after it (the list, the timeline, the prisoner page, Home). */
export function useLetterWrite<C extends LetterWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.registry }),
  });
}

/** The letters CSV: written by the host after its save dialog, nothing to refresh. */
export function useExportLetters() {
  return useMutation({ mutationFn: (input: InputOf<'letters:exportCsv'>) => call('letters:exportCsv', input) });
}
