import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/contract';
import { call } from './client';
import { queryKeys } from './query-keys';

// Under the registry's key: a facility's rule or a prisoner's stay edited changes what a payment shows.
const paymentKeys = {
  prepare: (input: InputOf<'prisonerPayments:prepare'>) =>
    [...queryKeys.registry, 'payments', 'prepare', input] as const,
  slipOptions: (accountId: number) => ['money', 'slips', 'options', accountId] as const,
};

/** The facility's account, the reference, the QR code and the limits, again as the amount or the date changes. */
export function usePaymentPreparation(input: InputOf<'prisonerPayments:prepare'>) {
  return useQuery({
    queryKey: paymentKeys.prepare(input),
    queryFn: () => call('prisonerPayments:prepare', input),
    placeholderData: keepPreviousData,
  });
}

/** Records the payment as ordered; every money list and the prisoner's page are read again. */
export function useRecordPayment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'prisonerPayments:record'>) => call('prisonerPayments:record', input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.registry });
      await client.invalidateQueries({ queryKey: ['money'] });
    },
  });
}

export function useSlipOptions(accountId: number) {
  return useQuery({
    queryKey: paymentKeys.slipOptions(accountId),
    queryFn: () => call('donationSlips:options', { accountId }),
  });
}

export function useRenderSlip() {
  return useMutation({ mutationFn: (input: InputOf<'donationSlips:render'>) => call('donationSlips:render', input) });
}

export function useCopy() {
  return useMutation({ mutationFn: (text: string) => call('clipboard:copy', { text }) });
}
