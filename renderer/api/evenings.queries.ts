import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/contract';
import { call } from './client';
import { queryKeys } from './query-keys';

// Under the registry's key: an evening's letters change the prisoners' pages and the letters list, and a prisoner or
// member deleted changes an evening, so one invalidation refreshes all of them.
const eveningKeys = {
  list: [...queryKeys.registry, 'evenings', 'list'] as const,
  detail: (id: number) => [...queryKeys.registry, 'evenings', 'detail', id] as const,
  candidates: (input: InputOf<'evenings:candidates'>) =>
    [...queryKeys.registry, 'evenings', 'candidates', input] as const,
};

export function useEvenings() {
  return useQuery({ queryKey: eveningKeys.list, queryFn: () => call('evenings:list', {}) });
}

export function useEvening(id: number | undefined) {
  return useQuery({
    queryKey: eveningKeys.detail(id ?? 0),
    queryFn: () => call('evenings:get', { id: id ?? 0 }),
    enabled: id !== undefined,
  });
}

/** Who a way of choosing gives; null while the way still lacks its value (no tag chosen, no name typed). */
export function useCandidates(input: InputOf<'evenings:candidates'> | null) {
  return useQuery({
    queryKey: eveningKeys.candidates(input ?? { by: 'name', query: '' }),
    queryFn: () => call('evenings:candidates', input ?? { by: 'name', query: '' }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

type EveningWrite = 'evenings:create' | 'evenings:update' | 'evenings:delete' | 'evenings:logLetters';

export function useEveningWrite<C extends EveningWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.registry }),
  });
}
