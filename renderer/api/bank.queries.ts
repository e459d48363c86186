import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BankLineStatus } from '../../shared/money/bank.schemas';
import type { InputOf } from '../../shared/contract';
import { call } from './client';
import { queryKeys } from './query-keys';

/** How often the import screen asks how far a running bank import has got. */
export const BANK_PROGRESS_INTERVAL_MS = 200;
/** Lines fetched per page of the reconciliation lists. */
export const BANK_LINES_PAGE = 50;

// Under the registry's key, as the money screens' own: an import or a reconciliation changes balances, the ledger
// and standing orders' periods, and a ledger entry deleted reopens its bank line, so one invalidation refreshes all.
const bankKeys = {
  lines: (accountId: number, status: BankLineStatus) =>
    [...queryKeys.registry, 'money', 'bankLines', accountId, status] as const,
  proposals: (lineId: number) => [...queryKeys.registry, 'money', 'bankLines', 'proposals', lineId] as const,
  progress: (token: string) => ['bankImport', 'progress', token] as const,
};

export function useCheckBankImport() {
  return useMutation({ mutationFn: (input: InputOf<'bankImport:check'>) => call('bankImport:check', input) });
}

export function useRunBankImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'bankImport:run'>) => call('bankImport:run', input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.registry }),
  });
}

/** Drops a checked file, or stops a run under way: its one transaction is rolled back, nothing is written. */
export function useCancelBankImport() {
  return useMutation({ mutationFn: (token: string) => call('bankImport:cancel', { token }) });
}

/** Polls while `running`; stops by itself once the run has answered. */
export function useBankImportProgress(token: string, running: boolean) {
  return useQuery({
    queryKey: bankKeys.progress(token),
    queryFn: () => call('bankImport:progress', { token }),
    enabled: running,
    refetchInterval: running ? BANK_PROGRESS_INTERVAL_MS : false,
    staleTime: 0,
  });
}

/** One account's lines in one status, newest first, a page at a time. */
export function useBankLines(accountId: number | null, status: BankLineStatus) {
  return useInfiniteQuery({
    queryKey: bankKeys.lines(accountId ?? 0, status),
    queryFn: ({ pageParam }) =>
      call('bankLines:list', {
        accountId: accountId ?? 0,
        status,
        limit: BANK_LINES_PAGE,
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: accountId !== null,
  });
}

export function useBankLineProposals(lineId: number | null) {
  return useQuery({
    queryKey: bankKeys.proposals(lineId ?? 0),
    queryFn: () => call('bankLines:proposals', { lineId: lineId ?? 0 }),
    enabled: lineId !== null,
  });
}

type BankWrite = 'bankLines:accept' | 'bankLines:create' | 'bankLines:ignore' | 'bankRules:create';

export function useBankWrite<C extends BankWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.registry }),
  });
}
