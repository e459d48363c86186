import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
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
