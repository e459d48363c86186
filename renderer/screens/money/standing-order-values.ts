import type { StandingOrderInput } from '../../../shared/money/ledger.schemas';
import type { StandingOrder } from '../../../shared/money/ledger-outputs.schemas';
import type { StandingOrderRhythm } from '../../../shared/money/money-values';
import { amountText } from '../../../shared/parcels/money-text';
import type { Language } from '../../../shared/settings/settings.schemas';
import type { FormReading } from './money-form';
import { readPositiveAmount } from './money-text';

/** The standing order dialog as typed; its currency is its account's. */
export interface StandingOrderFormValues {
  donorId: string;
  accountId: string;
  fundId: string;
  amountText: string;
  rhythm: StandingOrderRhythm;
  fromOn: string;
  untilOn: string;
  reference: string;
}

export function newStandingOrderValues(today: string, accountId: string, fundId: string): StandingOrderFormValues {
  return {
    donorId: '',
    accountId,
    fundId,
    amountText: '',
    rhythm: 'monthly',
    fromOn: today,
    untilOn: '',
    reference: '',
  };
}

export function standingOrderFormValues(order: StandingOrder, language: Language): StandingOrderFormValues {
  return {
    donorId: order.donorId === null ? '' : String(order.donorId),
    accountId: String(order.accountId),
    fundId: String(order.fundId),
    amountText: amountText(order.amountMinor, language, order.currency),
    rhythm: order.rhythm,
    fromOn: order.fromOn,
    untilOn: order.untilOn ?? '',
    reference: order.reference ?? '',
  };
}

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/u.test(text);

/** The dialog as standingOrders:create takes it; an anonymous order has no donor, an open-ended one no end. */
export function readStandingOrder(
  values: StandingOrderFormValues,
  language: Language,
  currencyOf: (accountId: string) => string,
): FormReading<StandingOrderInput> {
  const errors: Record<string, string> = {};
  if (values.accountId === '') errors['accountId'] = 'transaction.chooseAccount';
  if (values.fundId === '') errors['fundId'] = 'transaction.chooseFund';
  const currency = currencyOf(values.accountId);
  const amount = readPositiveAmount(values.amountText, language, currency);
  if ('error' in amount) errors['amountText'] = amount.error;
  if (!isDate(values.fromOn)) errors['fromOn'] = 'accountForm.dateInvalid';
  if (values.untilOn !== '' && (!isDate(values.untilOn) || values.untilOn < values.fromOn)) {
    errors['untilOn'] = 'orders.endBeforeStart';
  }
  if (Object.keys(errors).length > 0 || 'error' in amount) return { ok: false, errors };
  return {
    ok: true,
    value: {
      donorId: values.donorId === '' ? null : Number(values.donorId),
      accountId: Number(values.accountId),
      fundId: Number(values.fundId),
      amountMinor: amount.minor,
      currency,
      rhythm: values.rhythm,
      fromOn: values.fromOn,
      untilOn: values.untilOn === '' ? null : values.untilOn,
      reference: values.reference.trim() === '' ? null : values.reference.trim(),
    },
  };
}
