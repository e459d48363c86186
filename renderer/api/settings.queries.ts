import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import type { InputOf } from '../../shared/contract';
import { call } from './client';
import { queryKeys } from './query-keys';

export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('settings:get', {}) });
}

/** Saves settings; a new language applies to the whole UI at once. */
export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: InputOf<'settings:set'>) => call('settings:set', patch),
    onSuccess: async (settings, patch) => {
      client.setQueryData(queryKeys.settings, settings);
      if (i18next.language !== settings.language) await i18next.changeLanguage(settings.language);
      // The vault composes each address block for the group's country (the country line comes and goes with it).
      if (patch.groupCountry !== undefined) await client.invalidateQueries({ queryKey: queryKeys.registry });
      // The dashboard's counts (under the registry's key) depend on the two waits.
      if (patch.noLetterDays !== undefined || patch.replyWindowDays !== undefined)
        await client.invalidateQueries({ queryKey: queryKeys.registry });
    },
  });
}
