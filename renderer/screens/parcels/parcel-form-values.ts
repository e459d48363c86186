import type { FieldErrors, Resolver } from 'react-hook-form';
import { amountText, parseAmount } from '../../../shared/parcels/money-text';
import type { ParcelCreateInput, ParcelDetail, ParcelItem } from '../../../shared/parcels/parcels.schemas';
import { parcelCreateInput } from '../../../shared/parcels/parcels.schemas';
import type { ParcelIssueReason, ParcelStatus } from '../../../shared/parcels/parcel-values';
import type { Language } from '../../../shared/settings/settings.schemas';
import { zodFormResolver } from '../../forms/zod-form-resolver';

export const DEFAULT_CURRENCY = 'EUR';

export interface ItemFormValues {
  category: ParcelItem['category'];
  description: string;
  quantity: number | null;
  /** As typed: "12,50" in French, "12.50" in English. */
  valueText: string;
  currency: string;
}

/** What the form holds: amounts as typed, ids as the select boxes give them. */
export interface ParcelFormValues {
  /** The select box's value; null or "" until someone is chosen. */
  prisonerId: string | null;
  /** Null (or "") is the stay the person is in now. */
  stayId: string | null;
  items: ItemFormValues[];
  weightGrams: number | null;
  postageText: string;
  postageCurrency: string;
  carrier: string;
  trackingNumber: string;
  preparedOn: string;
  sentOn: string | null;
  deliveredOn: string | null;
  status: ParcelStatus;
  issueReason: ParcelIssueReason | null;
  issueNote: string;
  actionTaken: string;
  notes: string;
}

export const emptyItem = (): ItemFormValues => ({
  category: 'clothes',
  description: '',
  quantity: 1,
  valueText: '',
  currency: DEFAULT_CURRENCY,
});

export function newParcelValues(prisonerId: number | undefined, today: string): ParcelFormValues {
  return {
    prisonerId: prisonerId === undefined ? '' : String(prisonerId),
    stayId: '',
    items: [emptyItem()],
    weightGrams: null,
    postageText: '',
    postageCurrency: DEFAULT_CURRENCY,
    carrier: '',
    trackingNumber: '',
    preparedOn: today,
    sentOn: null,
    deliveredOn: null,
    status: 'prepared',
    issueReason: null,
    issueNote: '',
    actionTaken: '',
    notes: '',
  };
}

export function parcelFormValues(parcel: ParcelDetail, language: Language): ParcelFormValues {
  return {
    prisonerId: String(parcel.prisonerId),
    stayId: parcel.stayId === null ? '' : String(parcel.stayId),
    items: parcel.items.map((item) => ({
      category: item.category,
      description: item.description,
      quantity: item.quantity,
      valueText: item.value ? amountText(item.value.minor, language, item.value.currency) : '',
      currency: item.value?.currency ?? DEFAULT_CURRENCY,
    })),
    weightGrams: parcel.weightGrams,
    postageText: parcel.postage ? amountText(parcel.postage.minor, language, parcel.postage.currency) : '',
    postageCurrency: parcel.postage?.currency ?? DEFAULT_CURRENCY,
    carrier: parcel.carrier ?? '',
    trackingNumber: parcel.trackingNumber ?? '',
    preparedOn: parcel.preparedOn,
    sentOn: parcel.sentOn,
    deliveredOn: parcel.deliveredOn,
    status: parcel.status,
    issueReason: parcel.issueReason,
    issueNote: parcel.issueNote ?? '',
    actionTaken: parcel.actionTaken ?? '',
    notes: parcel.notes ?? '',
  };
}

const currencyOf = (text: string) => text.trim().toUpperCase();

function money(text: string, currency: string, language: Language) {
  const minor = parseAmount(text, language, currencyOf(currency));
  return minor === null || minor === undefined ? null : { minor, currency: currencyOf(currency) };
}

/** The form's values as the contract takes them; amounts were checked before (amountErrors). */
export function prepareParcel(values: ParcelFormValues, language: Language): ParcelCreateInput {
  const hasIssue = ['refused', 'returned', 'lost'].includes(values.status);
  return {
    prisonerId: values.prisonerId ? Number(values.prisonerId) : 0,
    stayId: values.stayId ? Number(values.stayId) : null,
    items: values.items.map((item) => ({
      category: item.category,
      description: item.description,
      quantity: item.quantity ?? 0,
      value: money(item.valueText, item.currency, language),
    })),
    weightGrams: values.weightGrams,
    postage: money(values.postageText, values.postageCurrency, language),
    carrier: values.carrier,
    trackingNumber: values.trackingNumber,
    preparedOn: values.preparedOn,
    sentOn: values.sentOn,
    deliveredOn: values.deliveredOn,
    status: values.status,
    // A reason only goes with a problem: one chosen before the status went back is not sent.
    issueReason: hasIssue ? values.issueReason : null,
    issueNote: hasIssue ? values.issueNote : null,
    actionTaken: values.actionTaken,
    notes: values.notes,
  };
}

const amountError = { type: 'amount', message: 'amount' };

/** The amounts typed that are not amounts in the user's language (or not in that currency), where they were typed. */
function amountErrors(values: ParcelFormValues, language: Language): FieldErrors<ParcelFormValues> | null {
  const bad = (text: string, currency: string) => parseAmount(text, language, currencyOf(currency)) === undefined;
  const items = values.items.map((item) =>
    bad(item.valueText, item.currency) ? { valueText: amountError } : undefined,
  );
  const errors: Record<string, unknown> = {};
  if (items.some(Boolean)) errors['items'] = items;
  if (bad(values.postageText, values.postageCurrency)) errors['postageText'] = amountError;
  return Object.keys(errors).length > 0 ? (errors as FieldErrors<ParcelFormValues>) : null;
}

export type ParcelFormOutput = ReturnType<typeof parcelCreateInput.parse>;

/** The contract's schema, after the amounts typed have been read in the user's language. */
export function parcelFormResolver(language: Language): Resolver<ParcelFormValues, unknown, ParcelFormOutput> {
  const inner = zodFormResolver(parcelCreateInput, (values: ParcelFormValues) => prepareParcel(values, language));
  return (values, context, options) => {
    const errors = amountErrors(values, language);
    if (errors) return { values: {}, errors };
    return inner(values, context, options);
  };
}
