import type { InputOf } from '../../../shared/contract';
import type { TestApp } from '../../support/test-app';

type FacilityInput = InputOf<'facilities:create'>;

/** A French remand prison with its BP and Cedex, as prisons print their own address. */
export const muret: FacilityInput = {
  name: 'Centre pénitentiaire de Toulouse-Seysses',
  kind: 'remand',
  address: { country: 'FR', street: 'Route de Seysses', poBox: 'BP 85 Cedex', postcode: '31603', city: 'Muret' },
};

export const forest: FacilityInput = {
  name: 'Prison de Haren',
  kind: 'prison',
  address: { country: 'BE', street: 'Rue du Witloof 1', postcode: '1130', city: 'Bruxelles' },
};

export const tegel: FacilityInput = {
  name: 'Justizvollzugsanstalt Tegel',
  kind: 'prison',
  address: { country: 'DE', street: 'Seidelstraße 39', postcode: '13507', city: 'Berlin' },
};

export async function facility(r: TestApp, input: FacilityInput): Promise<number> {
  return (await r.call('facilities:create', input)).id;
}

/** A prisoner, in `facilityId` since `from` when given. */
export async function prisoner(
  r: TestApp,
  names: { familyName: string; givenNames?: string; knownAs?: string },
  stay?: { facilityId: number; prisonerNumber?: string; from?: string },
): Promise<number> {
  const detail = await r.call('prisoners:create', {
    prisoner: names,
    ...(stay
      ? {
          stay: {
            facilityId: stay.facilityId,
            prisonerNumber: stay.prisonerNumber ?? null,
            from: stay.from ?? '2024-01-10',
            startReason: 'arrest',
          },
        }
      : {}),
  });
  return detail.prisoner.id;
}
