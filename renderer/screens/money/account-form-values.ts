import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import type { AccountInput } from '../../../shared/money/ledger.schemas';
import type { Account } from '../../../shared/money/ledger-outputs.schemas';
import type { AccountKind, ImportNameChoice } from '../../../shared/money/money-values';
import { amountText, parseAmount } from '../../../shared/parcels/money-text';
import type { Language } from '../../../shared/settings/settings.schemas';
import type { FormReading } from './money-form';
import { groupIban } from './money-text';

/** What the account dialog holds: the amount as typed, the IBAN as copied (spaces, lower case). */
export interface AccountFormValues {
  kind: AccountKind;
  name: string;
  currency: string;
  iban: string;
  bic: string;
  openingText: string;
  openingOn: string;
  importNames: ImportNameChoice;
}

export function newAccountValues(today: string): AccountFormValues {
  return {
    kind: 'bank',
    name: '',
    currency: 'EUR',
    iban: '',
    bic: '',
    openingText: '',
    openingOn: today,
    importNames: 'initial',
  };
}

/** A signed amount as the field shows it: an overdrawn opening balance starts with a minus. */
export function signedAmountText(minor: number, language: Language, currency: string): string {
  return `${minor < 0 ? '-' : ''}${amountText(Math.abs(minor), language, currency)}`;
}

export function accountFormValues(account: Account, language: Language): AccountFormValues {
  return {
    kind: account.kind,
    name: account.name,
    currency: account.currency,
    iban: account.iban ? groupIban(account.iban) : '',
    bic: account.bic ?? '',
    openingText: account.openingMinor === 0 ? '' : signedAmountText(account.openingMinor, language, account.currency),
    openingOn: account.openingOn,
    importNames: account.importNames,
  };
}

/** A three-letter code Intl knows as a currency (EUR, CHF), so a typo is refused rather than kept. */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/u.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

export type AccountFields = Omit<AccountInput, 'iban' | 'bic'> & { iban: string | null; bic: string | null };

/** The dialog's values as accounts:create takes them, or each field to fix (IBAN and BIC only for a bank). */
export function readAccount(values: AccountFormValues, language: Language): FormReading<AccountFields> {
  const errors: Record<string, string> = {};
  const name = values.name.trim();
  if (name === '') errors['name'] = 'accountForm.nameRequired';
  const currency = values.currency.trim().toUpperCase();
  if (!isCurrencyCode(currency)) errors['currency'] = 'accountForm.currencyInvalid';
  const bank = values.kind === 'bank';
  const iban = bank && values.iban.trim() !== '' ? (electronicFormatIBAN(values.iban) ?? '') : null;
  if (iban !== null && !isValidIBAN(iban)) errors['iban'] = 'accountForm.ibanInvalid';
  const bic = bank && values.bic.trim() !== '' ? values.bic.replace(/\s/gu, '').toUpperCase() : null;
  if (bic !== null && !isValidBIC(bic)) errors['bic'] = 'accountForm.bicInvalid';
  const typed = values.openingText.trim();
  const negative = typed.startsWith('-') || typed.startsWith('−');
  const opening = parseAmount(negative ? typed.slice(1) : typed, language, isCurrencyCode(currency) ? currency : 'EUR');
  if (opening === undefined) errors['openingText'] = 'amount.invalid';
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(values.openingOn)) errors['openingOn'] = 'accountForm.dateInvalid';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      kind: values.kind,
      name,
      currency,
      iban,
      bic,
      openingMinor: (negative ? -1 : 1) * (opening ?? 0),
      openingOn: values.openingOn,
      importNames: values.importNames,
    },
  };
}
