import type { TransferInput } from '../../../shared/money/ledger.schemas';
import type { Language } from '../../../shared/settings/settings.schemas';
import type { FormReading } from './money-form';
import { readPositiveAmount } from './money-text';

/** The transfer dialog as typed: the second amount only counts when the currencies differ (an exchange). */
export interface TransferFormValues {
  fromAccountId: string;
  toAccountId: string;
  bookedOn: string;
  outText: string;
  inText: string;
  fundId: string;
  text: string;
}

export type TransferFields = Omit<TransferInput, 'text'> & { text: string };

/**
 * The dialog as transfers:create takes it. Between accounts of one currency the same amount leaves one and reaches
 * the other; an exchange gives both, each in its own account's currency, and nothing is converted.
 */
export function readTransfer(
  values: TransferFormValues,
  language: Language,
  currencyOf: (accountId: string) => string,
): FormReading<TransferFields> {
  const errors: Record<string, string> = {};
  if (values.toAccountId === '' || values.toAccountId === values.fromAccountId) {
    errors['toAccountId'] = 'transfer.sameAccount';
  }
  if (values.fundId === '') errors['fundId'] = 'transaction.chooseFund';
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(values.bookedOn)) errors['bookedOn'] = 'accountForm.dateInvalid';
  const fromCurrency = currencyOf(values.fromAccountId);
  const toCurrency = values.toAccountId === '' ? fromCurrency : currencyOf(values.toAccountId);
  const out = readPositiveAmount(values.outText, language, fromCurrency);
  if ('error' in out) errors['outText'] = out.error;
  const exchange = fromCurrency !== toCurrency;
  const into = exchange ? readPositiveAmount(values.inText, language, toCurrency) : out;
  if ('error' in into) errors['inText'] = into.error;
  if (Object.keys(errors).length > 0 || 'error' in out || 'error' in into) return { ok: false, errors };
  return {
    ok: true,
    value: {
      fromAccountId: Number(values.fromAccountId),
      toAccountId: Number(values.toAccountId),
      bookedOn: values.bookedOn,
      outMinor: out.minor,
      inMinor: into.minor,
      fundId: Number(values.fundId),
      text: values.text.trim(),
    },
  };
}
