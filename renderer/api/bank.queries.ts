import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BankLineStatus } from '../../shared/money/bank.schemas';
import type { InputOf } from '../../shared/contract';
import { call } from './client';

/** How often the import screen asks how far a running bank import has got. */
export const BANK_PROGRESS_INTERVAL_MS = 200;
/** Lines fetched per page of the reconciliation lists. */
export const BANK_LINES_PAGE = 50;

// Under 'money': an import or a reconciliation changes balances, the ledger and standing orders' periods, so one
// invalidation of the section's key refreshes every money screen.
const moneyKey = ['money'] as const;
const bankKeys = {
  accounts: [...moneyKey, 'accounts', 'list'] as const,
  funds: [...moneyKey, 'funds', 'list'] as const,
  categories: [...moneyKey, 'categories', 'list'] as const,
  lines: (accountId: number, status: BankLineStatus) => [...moneyKey, 'bankLines', accountId, status] as const,
  proposals: (lineId: number) => [...moneyKey, 'bankLines', 'proposals', lineId] as const,
  progress: (token: string) => ['bankImport', 'progress', token] as const,
};

export function useMoneyAccounts() {
  return useQuery({ queryKey: bankKeys.accounts, queryFn: () => call('accounts:list', {}) });
}

export function useMoneyFunds() {
  return useQuery({ queryKey: bankKeys.funds, queryFn: () => call('funds:list', {}) });
}

export function useMoneyCategories() {
  return useQuery({ queryKey: bankKeys.categories, queryFn: () => call('categories:list', {}) });
}

export function useCheckBankImport() {
  return useMutation({ mutationFn: (input: InputOf<'bankImport:check'>) => call('bankImport:check', input) });
}

export function useRunBankImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'bankImport:run'>) => call('bankImport:run', input),
    onSuccess: () => client.invalidateQueries({ queryKey: moneyKey }),
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
    onSuccess: () => client.invalidateQueries({ queryKey: moneyKey }),
  });
}
