import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { facilityInput, type Facility, type FacilityInput } from '../../../../shared/registry/facilities.schemas';
import type { MailRulesInput } from '../../../../shared/registry/mail-rules.schemas';
import type { Language } from '../../../../shared/settings/settings.schemas';
import { zodFormResolver } from '../../../forms/zod-form-resolver';
import {
  currencyOf,
  emptyLimits,
  limitErrors,
  limitsDefaults,
  limitsFromForm,
  type LimitsFormValues,
} from './facility-money-limits';

/** Every way money can go, side by side in the form; only the chosen method's fields are sent. */
export interface MoneyFormValues {
  method: 'unknown' | 'bank_transfer' | 'other';
  iban?: string;
  accountHolder?: string | null;
  referencePattern?: string | null;
  referenceMaxLength?: number | null;
  /** The account's currency; the limits are in it. */
  currency?: string;
  limits?: LimitsFormValues;
  instructions?: string | null;
}

export type FacilityFormValues = Omit<FacilityInput, 'rules'> & {
  rules: Omit<MailRulesInput, 'money'> & { money: MoneyFormValues };
};
export type FacilityFormOutput = z.output<typeof facilityInput>;

export const emptyFacility: FacilityFormValues = {
  name: '',
  kind: 'prison',
  address: { country: 'FR', street: '', extra: '', poBox: '', poBoxPostcode: '', postcode: '', city: '', region: '' },
  notes: '',
  rules: {
    lettersAllowed: null,
    maxPages: null,
    photosAllowed: null,
    maxPhotos: null,
    stampsAllowed: null,
    parcelsAllowed: null,
    parcelMaxGrams: null,
    parcelContents: [],
    money: {
      method: 'unknown',
      iban: '',
      accountHolder: '',
      referencePattern: null,
      referenceMaxLength: null,
      currency: 'EUR',
      limits: emptyLimits,
      instructions: '',
    },
    senderAddressRequired: null,
    languages: [],
    restrictions: '',
  },
};

/** A blank facility in the group's country, or France (the app's first audience) while the group has none. */
export function newFacility(groupCountry: string | null): FacilityFormValues {
  return { ...emptyFacility, address: { ...emptyFacility.address, country: groupCountry ?? 'FR' } };
}

export function facilityDefaults(facility: Facility, language: Language): FacilityFormValues {
  const { money: saved, ...rules } = facility.rules;
  const money = saved.method === 'bank_transfer' ? { ...saved, limits: limitsDefaults(saved.limits, language) } : saved;
  return {
    name: facility.name,
    kind: facility.kind,
    address: { ...facility.address, poBoxPostcode: facility.address.poBoxPostcode ?? '' },
    notes: facility.notes ?? '',
    rules: { ...rules, money: { ...emptyFacility.rules.money, ...money } },
  };
}

/** The schema's money is a union keyed by method: keep the chosen method's own fields only. */
export function prepareFacility(values: FacilityFormValues, language: Language): unknown {
  const { method, iban, accountHolder, referencePattern, referenceMaxLength, instructions } = values.rules.money;
  const currency = currencyOf(values.rules.money.currency);
  const limits = limitsFromForm(values.rules.money.limits, currency, language);
  const money =
    method === 'bank_transfer'
      ? { method, iban: iban ?? '', accountHolder, referencePattern, referenceMaxLength, currency, limits }
      : method === 'other'
        ? { method, instructions }
        : { method };
  return { ...values, rules: { ...values.rules, money } };
}

/** The contract's schema, after the limits typed have been read in the user's language (an unreadable one is said). */
export function facilityFormResolver(language: Language): Resolver<FacilityFormValues, unknown, FacilityFormOutput> {
  const inner = zodFormResolver(facilityInput, (values: FacilityFormValues) => prepareFacility(values, language));
  return (values, context, options) => {
    const money = values.rules.money;
    const errors =
      money.method === 'bank_transfer' ? limitErrors(money.limits, currencyOf(money.currency), language) : null;
    if (errors)
      return { values: {}, errors: { rules: { money: { limits: errors } } } as FieldErrors<FacilityFormValues> };
    return inner(values, context, options);
  };
}
