import type { TransactionInput } from '../../../shared/money/ledger.schemas';
import type { TransactionDetail } from '../../../shared/money/ledger-outputs.schemas';
import type { PaymentStatus } from '../../../shared/money/money-values';
import { amountText, parseAmount } from '../../../shared/parcels/money-text';
import type { Language } from '../../../shared/settings/settings.schemas';
import type { FormReading } from './money-form';

export type Direction = 'in' | 'out';

/** One line of the splits editor, as typed: a positive amount goes the transaction's way, "-" the other way. */
export interface SplitFormValues {
  categoryId: string;
  fundId: string;
  amountText: string;
}

/** What the transaction form holds: the amount without its sign (the direction gives it), ids as selects give them. */
export interface TransactionFormValues {
  accountId: string;
  bookedOn: string;
  direction: Direction;
  amountText: string;
  counterparty: string;
  text: string;
  status: PaymentStatus;
  prisonerId: number | null;
  splits: SplitFormValues[];
  /** Links the form does not show (a parcel, an evening, a standing order): sent back as they were. */
  parcelId: number | null;
  eveningId: number | null;
  standingOrderId: number | null;
}

export const emptySplit = (fundId = ''): SplitFormValues => ({ categoryId: '', fundId, amountText: '' });

export function newTransactionValues(
  today: string,
  accountId: number | undefined,
  fundId?: number,
): TransactionFormValues {
  return {
    accountId: accountId === undefined ? '' : String(accountId),
    bookedOn: today,
    direction: 'in',
    amountText: '',
    counterparty: '',
    text: '',
    status: 'confirmed',
    prisonerId: null,
    splits: [emptySplit(fundId === undefined ? '' : String(fundId))],
    parcelId: null,
    eveningId: null,
    standingOrderId: null,
  };
}

function signedText(minor: number, language: Language, currency: string): string {
  return `${minor < 0 ? '-' : ''}${amountText(Math.abs(minor), language, currency)}`;
}

export function transactionFormValues(row: TransactionDetail, language: Language): TransactionFormValues {
  const direction: Direction = row.amountMinor < 0 ? 'out' : 'in';
  const sign = direction === 'out' ? -1 : 1;
  return {
    accountId: String(row.accountId),
    bookedOn: row.bookedOn,
    direction,
    amountText: amountText(Math.abs(row.amountMinor), language, row.currency),
    counterparty: row.counterparty ?? '',
    text: row.text,
    status: row.status,
    prisonerId: row.prisonerId,
    splits: row.splits.map((split) => ({
      categoryId: split.categoryId === null ? '' : String(split.categoryId),
      fundId: String(split.fundId),
      amountText: signedText(sign * split.amountMinor, language, row.currency),
    })),
    parcelId: row.parcelId,
    eveningId: row.eveningId,
    standingOrderId: row.standingOrderId,
  };
}

/** A typed amount with an optional leading minus, in minor units; null when empty, undefined when not an amount. */
export function readSignedAmount(text: string, language: Language, currency: string): number | null | undefined {
  const typed = text.trim();
  const negative = /^[-−]/u.test(typed);
  const minor = parseAmount(negative ? typed.slice(1) : typed, language, currency);
  return minor === null || minor === undefined ? minor : negative ? -minor : minor;
}

/**
 * What is left to split, in minor units, as the form stands: the amount less the lines typed. A single line follows
 * the amount, so it never leaves anything. Null while the amount or a line is not an amount yet.
 */
export function splitRemainder(
  values: Pick<TransactionFormValues, 'amountText' | 'splits'>,
  language: Language,
  currency: string,
): number | null {
  const amount = parseAmount(values.amountText, language, currency);
  if (amount === null || amount === undefined) return null;
  if (values.splits.length === 1) return 0;
  let allocated = 0;
  for (const split of values.splits) {
    const minor = readSignedAmount(split.amountText, language, currency);
    if (minor === undefined) return null;
    allocated += minor ?? 0;
  }
  return amount - allocated;
}

export type TransactionFields = Omit<TransactionInput, 'text'> & { text: string };

/**
 * The form as transactions:create takes it, or the fields to fix. The splits must sum exactly to the amount: the
 * vault refuses otherwise, and the form says so first, with what remains.
 */
export function readTransaction(
  values: TransactionFormValues,
  language: Language,
  currency: string,
): FormReading<TransactionFields> {
  const errors: Record<string, string> = {};
  if (values.accountId === '') errors['accountId'] = 'transaction.chooseAccount';
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(values.bookedOn)) errors['bookedOn'] = 'accountForm.dateInvalid';
  const amount = parseAmount(values.amountText, language, currency);
  if (amount === null) errors['amountText'] = 'amount.required';
  else if (amount === undefined || amount === 0) errors['amountText'] = 'amount.invalid';
  const sign = values.direction === 'out' ? -1 : 1;
  const single = values.splits.length === 1;
  const splits = values.splits.map((split, index) => {
    if (split.categoryId === '') errors[`splits.${index}.categoryId`] = 'transaction.chooseCategory';
    if (split.fundId === '') errors[`splits.${index}.fundId`] = 'transaction.chooseFund';
    const minor = single ? (amount ?? 0) : readSignedAmount(split.amountText, language, currency);
    if (minor === undefined || minor === null || minor === 0) errors[`splits.${index}.amountText`] = 'amount.invalid';
    return { categoryId: Number(split.categoryId), fundId: Number(split.fundId), amountMinor: sign * (minor ?? 0) };
  });
  if (Object.keys(errors).length === 0 && splitRemainder(values, language, currency) !== 0) {
    errors['splits.root'] = 'transaction.unbalanced';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      accountId: Number(values.accountId),
      bookedOn: values.bookedOn,
      amountMinor: sign * (amount ?? 0),
      counterparty: values.counterparty.trim() === '' ? null : values.counterparty.trim(),
      text: values.text.trim(),
      status: values.status,
      prisonerId: values.prisonerId,
      parcelId: values.parcelId,
      eveningId: values.eveningId,
      // A standing order is money coming in: a payment out is never one of its periods.
      standingOrderId: values.direction === 'in' ? values.standingOrderId : null,
      splits,
    },
  };
}
