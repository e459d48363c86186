import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/contract';
import { call } from './client';
import { queryKeys } from './query-keys';

/** How often the import screen asks how far a running import has got. */
export const IMPORT_PROGRESS_INTERVAL_MS = 200;

export function usePickImportFile() {
  return useMutation({ mutationFn: () => call('import:pickFile', {}) });
}

export function useCheckImport() {
  return useMutation({ mutationFn: (input: InputOf<'import:check'>) => call('import:check', input) });
}

export function useRunImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'import:run'>) => call('import:run', input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.registry }),
  });
}

/** Polls while `running`; stops by itself once the import call has answered. */
export function useImportProgress(token: string, running: boolean) {
  return useQuery({
    queryKey: queryKeys.importProgress(token),
    queryFn: () => call('import:progress', { token }),
    enabled: running,
    refetchInterval: running ? IMPORT_PROGRESS_INTERVAL_MS : false,
    staleTime: 0,
  });
}

export function useExportCsv() {
  return useMutation({ mutationFn: (input: InputOf<'export:csv'>) => call('export:csv', input) });
}

export function useSaveSetAside() {
  return useMutation({ mutationFn: (input: InputOf<'import:saveSetAside'>) => call('import:saveSetAside', input) });
}
