import { composeAddressBlock } from '../../shared/address/compose-address';
import { AppError } from '../../shared/errors';
import { mailRules, type MailRules } from '../../shared/registry/mail-rules.schemas';
import type { Language } from '../../shared/settings/settings.schemas';
import { getVaultSetting } from '../settings/settings.queries';
import { addressFromRow } from './facilities.rows';
import type { RegistryDb } from './registry-db';
import { FACILITY_POSTAL_COLUMNS } from './facility-columns';

/** Where something sent to a prisoner goes: a stay, its facility's rules, and the block for that day. */
export interface StayDestination {
  stayId: number;
  /** Whose stay it is: the caller refuses another prisoner's in its own words. */
  prisonerId: number;
  facilityName: string;
  rules: MailRules;
  addressBlock: string[];
}

/**
 * The stay named, or when none is named the prisoner's open stay (null when there is none). A named stay that does
 * not exist is NOT_FOUND. The block is composed exactly as printing composes it (db/printing/print-selection.queries.ts):
 * the group's country decides the country line, the app's language the number line.
 */
export async function stayDestination(
  db: RegistryDb,
  prisonerId: number,
  stayId: number | null,
  language: Language,
): Promise<StayDestination | null> {
  const query = db
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
      ...FACILITY_POSTAL_COLUMNS,
      'f.rules',
    ]);
  const row = await (
    stayId === null
      ? query.where('s.prisoner_id', '=', prisonerId).where('s.to_date', 'is', null)
      : query.where('s.id', '=', stayId)
  ).executeTakeFirst();
  if (!row) {
    if (stayId === null) return null;
    throw new AppError('NOT_FOUND', 'Stay not found');
  }
  return {
    stayId: row.stay_id,
    prisonerId: row.prisoner_id,
    facilityName: row.name,
    rules: mailRules.parse(JSON.parse(row.rules)),
    addressBlock: composeAddressBlock({
      familyName: row.family_name,
      givenNames: row.given_names,
      prisonerNumber: row.prisoner_number,
      module: row.module,
      facilityName: row.name,
      address: addressFromRow(row),
      senderCountry: await getVaultSetting<string>(db, 'groupCountry'),
      language,
    }),
  };
}
