import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/contract';
import { WIPE_CONFIRMATION } from '../../shared/vault/vault.schemas';
import { call } from './client';
import { lockVault } from './lock-vault';
import { queryKeys } from './query-keys';

export function useVaultStatus() {
  return useQuery({ queryKey: queryKeys.status, queryFn: () => call('vault:status', {}) });
}

/** The caller shows the recovery code first, then refreshes the status (see App). */
export function useCreateVault() {
  return useMutation({ mutationFn: (input: InputOf<'vault:create'>) => call('vault:create', input) });
}

export function useUnlock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'vault:unlock'>) => call('vault:unlock', input),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useLock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: lockVault,
    // The host reloads the page on lock; dropping the cache as well keeps no vault data here if it has not yet.
    onSuccess: () => {
      client.removeQueries({ queryKey: queryKeys.settings });
      return client.invalidateQueries({ queryKey: queryKeys.status });
    },
  });
}

export function useChangePassphrase() {
  return useMutation({
    mutationFn: (input: InputOf<'vault:changePassphrase'>) => call('vault:changePassphrase', input),
  });
}

export function useNewRecoveryCode() {
  return useMutation({ mutationFn: (input: InputOf<'vault:newRecoveryCode'>) => call('vault:newRecoveryCode', input) });
}

export function useBackup() {
  return useMutation({ mutationFn: () => call('vault:backup', {}) });
}

export function usePickRestoreFile() {
  return useMutation({ mutationFn: () => call('vault:pickRestoreFile', {}) });
}

export function useRestore() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'vault:restore'>) => call('vault:restore', input),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** How often a running change of key or restore is asked how far it has got. */
export const KEY_CHANGE_PROGRESS_INTERVAL_MS = 250;

/**
 * Polls vault:progress while `running` (a change of passphrase or recovery code, or a restore, is pending). The
 * channel is passive: polling it does not count as someone using Parloir, so the idle lock still comes.
 */
export function useKeyChangeProgress(running: boolean) {
  return useQuery({
    queryKey: ['vault', 'progress'] as const,
    queryFn: () => call('vault:progress', {}),
    enabled: running,
    refetchInterval: running ? KEY_CHANGE_PROGRESS_INTERVAL_MS : false,
    staleTime: 0,
    // Each run starts from nothing: no phase of the previous one is shown again.
    gcTime: 0,
  });
}

/** What the restore that reloaded this window did, asked once after the reload (the main process forgets it then). */
export function useLastRestore() {
  return useQuery({
    queryKey: ['vault', 'lastRestore'] as const,
    queryFn: () => call('vault:lastRestore', {}),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/**
 * Panic wipe. The host reloads the window as soon as the vault is gone (the app then starts at first run), so
 * nothing is refetched here: a query sent now would only meet a vault that no longer exists.
 */
export function useWipeVault() {
  return useMutation({ mutationFn: () => call('vault:wipe', { confirm: WIPE_CONFIRMATION }) });
}
