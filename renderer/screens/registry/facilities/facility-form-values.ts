import type { z } from 'zod';
import type { Facility, FacilityInput, facilityInput } from '../../../../shared/registry/facilities.schemas';
import type { MailRulesInput } from '../../../../shared/registry/mail-rules.schemas';

/** Every way money can go, side by side in the form; only the chosen method's fields are sent. */
export interface MoneyFormValues {
  method: 'unknown' | 'bank_transfer' | 'other';
  iban?: string;
  accountHolder?: string | null;
  referencePattern?: string | null;
  referenceMaxLength?: number | null;
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

export function facilityDefaults(facility: Facility): FacilityFormValues {
  const { money, ...rules } = facility.rules;
  return {
    name: facility.name,
    kind: facility.kind,
    address: { ...facility.address, poBoxPostcode: facility.address.poBoxPostcode ?? '' },
    notes: facility.notes ?? '',
    rules: { ...rules, money: { ...emptyFacility.rules.money, ...money } },
  };
}

/** The schema's money is a union keyed by method: keep the chosen method's own fields only. */
export function prepareFacility(values: FacilityFormValues): unknown {
  const { method, iban, accountHolder, referencePattern, referenceMaxLength, instructions } = values.rules.money;
  const money =
    method === 'bank_transfer'
      ? { method, iban: iban ?? '', accountHolder, referencePattern, referenceMaxLength }
      : method === 'other'
        ? { method, instructions }
        : { method };
  return { ...values, rules: { ...values.rules, money } };
}
