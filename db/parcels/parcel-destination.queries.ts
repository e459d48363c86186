import { composeAddressBlock } from '../../shared/address/compose-address';
import { AppError } from '../../shared/errors';
import { mailRules } from '../../shared/registry/mail-rules.schemas';
import type { Language } from '../../shared/settings/settings.schemas';
import { addressFromRow } from '../registry/facilities.rows';
import type { RegistryDb } from '../registry/registry-db';
import { getVaultSetting } from '../settings/settings.queries';
import type { ParcelDestination } from './parcel-rules';

export interface ResolvedStay extends ParcelDestination {
  stayId: number;
  /** The block exactly as printing composes it today (shared/address), kept with the parcel. */
  addressBlock: string[];
}

export const STAY_OF_ANOTHER_MESSAGE = 'This stay belongs to another prisoner';

/**
 * The stay a parcel goes to: the one named, which must be the prisoner's own, or the one they are in now. Null when
 * none is named and the prisoner is in no prison the group knows of (the rules then cannot be checked).
 */
export async function resolveParcelStay(
  db: RegistryDb,
  prisonerId: number,
  stayId: number | null,
  language: Language,
): Promise<ResolvedStay | null> {
  let query = db
    .selectFrom('stays as s')
    .innerJoin('facilities as f', 'f.id', 's.facility_id')
    .innerJoin('prisoners as p', 'p.id', 's.prisoner_id')
    .select([
      's.id as stay_id',
      's.prisoner_id',
      's.prisoner_number',
      's.module',
      'p.family_name',
      'p.given_names',
      'f.name',
      'f.rules',
      'f.country',
      'f.street',
      'f.extra',
      'f.po_box',
      'f.po_box_postcode',
      'f.postcode',
      'f.city',
      'f.region',
    ]);
  query = stayId === null ? query.where('s.prisoner_id', '=', prisonerId).where('s.to_date', 'is', null) : query;
  const row = await (stayId === null ? query : query.where('s.id', '=', stayId)).executeTakeFirst();
  if (!row) {
    if (stayId === null) return null;
    throw new AppError('NOT_FOUND', 'Stay not found');
  }
  if (row.prisoner_id !== prisonerId) {
    throw new AppError('VALIDATION', STAY_OF_ANOTHER_MESSAGE, {
      issues: [{ path: ['stayId'], message: STAY_OF_ANOTHER_MESSAGE }],
    });
  }
  const addressBlock = composeAddressBlock({
    familyName: row.family_name,
    givenNames: row.given_names,
    prisonerNumber: row.prisoner_number,
    module: row.module,
    facilityName: row.name,
    address: addressFromRow(row),
    senderCountry: await getVaultSetting<string>(db, 'groupCountry'),
    language,
  });
  return {
    stayId: row.stay_id,
    facilityName: row.name,
    rules: mailRules.parse(JSON.parse(row.rules)),
    addressBlock,
  };
}
