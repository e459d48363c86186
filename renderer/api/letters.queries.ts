import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
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
