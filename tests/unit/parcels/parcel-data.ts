import type { ParcelCreateInput } from '../../../shared/parcels/parcels.schemas';
import type { MailRulesInput } from '../../../shared/registry/mail-rules.schemas';
import type { TestApp } from '../../support/test-app';
import { facility, forest, muret, prisoner } from '../registry/registry-data';

/** Rules every test parcel below keeps to: parcels of clothes and books up to 5 kg. */
export const knownRules: MailRulesInput = {
  parcelsAllowed: true,
  parcelMaxGrams: 5000,
  parcelContents: ['clothes', 'books'],
};

/** Two prisons with known parcel rules, and two people in the first one. */
export async function parcelWorld(r: TestApp) {
  const muretId = await facility(r, { ...muret, rules: knownRules });
  const forestId = await facility(r, { ...forest, rules: knownRules });
  const ayse = await prisoner(
    r,
    { familyName: 'Yıldız', givenNames: 'Ayşe' },
    { facilityId: muretId, prisonerNumber: '4521' },
  );
  const marc = await prisoner(
    r,
    { familyName: 'Lefort', givenNames: 'Marc' },
    { facilityId: muretId, prisonerNumber: '77' },
  );
  const stayOf = async (id: number) => (await r.call('prisoners:get', { id })).stays[0]?.id ?? 0;
  return { muretId, forestId, ayse, marc, ayseStay: await stayOf(ayse), marcStay: await stayOf(marc) };
}

/** A parcel within the rules above. */
export function aParcel(prisonerId: number, extra: Partial<ParcelCreateInput> = {}): ParcelCreateInput {
  return {
    prisonerId,
    preparedOn: '2026-11-02',
    weightGrams: 2400,
    items: [
      { category: 'clothes', description: 'Pull en laine', quantity: 2, value: { minor: 2550, currency: 'EUR' } },
      { category: 'books', description: 'Dictionnaire turc-français', quantity: 1 },
    ],
    ...extra,
  };
}
