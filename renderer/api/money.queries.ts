import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel } from '../../shared/channels';
import type { InputOf } from '../../shared/contract';
import { call } from './client';
import { queryKeys } from './query-keys';

/** Entries fetched per "show more" of the ledger. */
export const LEDGER_PAGE_SIZE = 100;

export type LedgerFilters = Omit<InputOf<'transactions:list'>, 'offset' | 'limit'>;

// Under the registry's key: a prisoner renamed changes the ledger's names, and a money write can change a prisoner's
// page and the dashboard, so one invalidation refreshes them all.
const moneyKeys = {
  accounts: [...queryKeys.registry, 'money', 'accounts'] as const,
  funds: [...queryKeys.registry, 'money', 'funds'] as const,
  categories: [...queryKeys.registry, 'money', 'categories'] as const,
  donors: [...queryKeys.registry, 'money', 'donors'] as const,
  standingOrders: [...queryKeys.registry, 'money', 'standingOrders'] as const,
  lock: [...queryKeys.registry, 'money', 'lock'] as const,
  ledger: (filters: LedgerFilters) => [...queryKeys.registry, 'money', 'ledger', filters] as const,
  transaction: (id: number) => [...queryKeys.registry, 'money', 'transaction', id] as const,
};

export function useAccounts() {
  return useQuery({ queryKey: moneyKeys.accounts, queryFn: () => call('accounts:list', {}) });
}

export function useFunds() {
  return useQuery({ queryKey: moneyKeys.funds, queryFn: () => call('funds:list', {}) });
}

export function useCategories() {
  return useQuery({ queryKey: moneyKeys.categories, queryFn: () => call('categories:list', {}) });
}

export function useDonors() {
  return useQuery({ queryKey: moneyKeys.donors, queryFn: () => call('donors:list', {}) });
}

export function useStandingOrders() {
  return useQuery({ queryKey: moneyKeys.standingOrders, queryFn: () => call('standingOrders:list', {}) });
}

export function useLedgerLock() {
  return useQuery({ queryKey: moneyKeys.lock, queryFn: () => call('ledgerLock:get', {}) });
}

export function useLedger(filters: LedgerFilters | null) {
  return useInfiniteQuery({
    queryKey: moneyKeys.ledger(filters ?? { accountId: 0 }),
    queryFn: ({ pageParam }) =>
      call('transactions:list', { ...(filters ?? { accountId: 0 }), offset: pageParam, limit: LEDGER_PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return loaded < last.total && last.rows.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
    enabled: filters !== null,
  });
}

export function useTransaction(id: number | undefined) {
  return useQuery({
    queryKey: moneyKeys.transaction(id ?? 0),
    queryFn: () => call('transactions:get', { id: id ?? 0 }),
    enabled: id !== undefined,
  });
}

type MoneyWrite = Extract<
  Channel,
  `${'accounts' | 'funds' | 'categories' | 'donors' | 'standingOrders' | 'transactions' | 'transfers' | 'ledgerLock'}:${string}`
>;

/** Any money write; afterwards every money list (and the registry's pages) is read again. */
export function useMoneyWrite<C extends MoneyWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.registry }),
  });
}
