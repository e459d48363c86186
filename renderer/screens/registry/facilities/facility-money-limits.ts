import type { FieldErrors } from 'react-hook-form';
import { amountText, parseAmount } from '../../../../shared/parcels/money-text';
import {
  moneyLimitPeriods,
  type MoneyLimit,
  type MoneyLimitPeriod,
} from '../../../../shared/registry/mail-rules.schemas';
import type { Language } from '../../../../shared/settings/settings.schemas';

/** One limit as the form holds it: the amount as typed in the user's language, and its note. */
export interface LimitFormValues {
  amountText: string;
  note: string;
}
export type LimitsFormValues = Record<MoneyLimitPeriod, LimitFormValues>;

export const emptyLimits: LimitsFormValues = {
  week: { amountText: '', note: '' },
  month: { amountText: '', note: '' },
};

export const currencyOf = (text: string | undefined) => (text ?? '').trim().toUpperCase() || 'EUR';

export function limitsDefaults(limits: readonly MoneyLimit[], language: Language): LimitsFormValues {
  const values = structuredClone(emptyLimits);
  for (const limit of limits) {
    values[limit.period] = {
      amountText: amountText(limit.amountMinor, language, limit.currency),
      note: limit.note ?? '',
    };
  }
  return values;
}

/** The limits typed, in the account's currency; a period left empty has none. Amounts were checked before. */
export function limitsFromForm(values: LimitsFormValues | undefined, currency: string, language: Language) {
  return moneyLimitPeriods.flatMap((period) => {
    const typed = values?.[period];
    const minor = typed ? parseAmount(typed.amountText, language, currency) : null;
    if (minor === null || minor === undefined) return [];
    return [{ period, amountMinor: minor, currency, note: typed?.note ?? null }];
  });
}

/** The limits typed that are not amounts in the user's language, where they were typed (under rules.money.limits). */
export function limitErrors(
  values: LimitsFormValues | undefined,
  currency: string,
  language: Language,
): FieldErrors | null {
  const errors: Record<string, unknown> = {};
  for (const period of moneyLimitPeriods) {
    const minor = parseAmount(values?.[period].amountText ?? '', language, currency);
    if (minor === undefined || minor === 0) errors[period] = { amountText: { type: 'amount', message: 'amount' } };
  }
  return Object.keys(errors).length > 0 ? (errors as FieldErrors) : null;
}
