import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/contract';
import { call } from './client';
import { queryKeys } from './query-keys';

export type PrintRequestInput = InputOf<'print:plan'>;

/** The catalogue and the group's own templates, in one answer. Templates live in the vault: a registry key. */
export function useSheets() {
  return useQuery({ queryKey: printKeys.sheets, queryFn: () => call('print:sheets', {}) });
}

/** Who would be printed and what would go wrong, before anything is drawn; follows every change of the form. */
export function usePrintPlan(request: PrintRequestInput | null) {
  return useQuery({
    queryKey: printKeys.plan(request),
    queryFn: () => call('print:plan', request as PrintRequestInput),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    // Registry writes elsewhere change who is selected: ask afresh each time the section opens.
    staleTime: 0,
  });
}

export function useRender() {
  return useMutation({ mutationFn: (input: InputOf<'print:render'>) => call('print:render', input) });
}

/** Polled while a large batch renders in the worker thread. */
export function useRenderProgress(token: string | null) {
  return useQuery({
    queryKey: ['print', 'progress', token],
    queryFn: () => call('print:progress', { token: token ?? '' }),
    enabled: token !== null,
    refetchInterval: 250,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useSend() {
  return useMutation({ mutationFn: (jobId: string) => call('print:send', { jobId }) });
}

export function useSavePdf() {
  return useMutation({ mutationFn: (jobId: string) => call('print:save', { jobId }) });
}

export function useCalibrationPage() {
  return useMutation({ mutationFn: (input: InputOf<'print:calibration'>) => call('print:calibration', input) });
}

export function useReport() {
  return useMutation({ mutationFn: (input: InputOf<'print:report'>) => call('print:report', input) });
}

type TemplateWrite = 'templates:create' | 'templates:update' | 'templates:delete';

export function useTemplateWrite<C extends TemplateWrite>(channel: C) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<C>) => call(channel, input),
    onSuccess: () => client.invalidateQueries({ queryKey: printKeys.sheets }),
  });
}

/** Under `registry` so a registry write (a new tag, a transfer) refreshes plans too. */
export const printKeys = {
  sheets: [...queryKeys.registry, 'print', 'sheets'] as const,
  plan: (request: PrintRequestInput | null) => [...queryKeys.registry, 'print', 'plan', request] as const,
};
