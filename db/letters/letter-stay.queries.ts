import { composeAddressBlock } from '../../shared/address/compose-address';
import { AppError } from '../../shared/errors';
import { mailRules, type MailRules } from '../../shared/registry/mail-rules.schemas';
import type { Language } from '../../shared/settings/settings.schemas';
import { addressFromRow } from '../registry/facilities.rows';
import type { RegistryDb } from '../registry/registry-db';
import { getVaultSetting } from '../settings/settings.queries';

/** The stay a letter goes to, with what the save needs of it: the facility's rules and the block for that day. */
export interface LetterStay {
  stayId: number;
  facilityName: string;
  rules: MailRules;
  addressBlock: string[];
}

function stayRow(db: RegistryDb) {
  return db
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
      'f.country',
      'f.street',
      'f.extra',
      'f.po_box',
      'f.po_box_postcode',
      'f.postcode',
      'f.city',
      'f.region',
      'f.rules',
    ]);
}

/**
 * The stay named (it must be the prisoner's: another person's is refused in words) or, when none is named, the
 * prisoner's open stay. Its block is composed exactly as printing composes it (db/printing/print-selection.queries.ts):
 * the group's country decides the country line, the app's language the number line.
 */
export async function letterStay(
  db: RegistryDb,
  prisonerId: number,
  stayId: number | null,
  language: Language,
): Promise<LetterStay> {
  const query = stayRow(db);
  const row = await (
    stayId === null
      ? query.where('s.prisoner_id', '=', prisonerId).where('s.to_date', 'is', null)
      : query.where('s.id', '=', stayId)
  ).executeTakeFirst();
  if (!row) {
    if (stayId === null) throw new AppError('NO_OPEN_STAY', 'This prisoner has no open stay to address the letter to');
    throw new AppError('NOT_FOUND', 'Stay not found');
  }
  if (row.prisoner_id !== prisonerId)
    throw new AppError('STAY_OF_ANOTHER_PRISONER', 'This stay belongs to another prisoner');
  const address = addressFromRow(row);
  const addressBlock = composeAddressBlock({
    familyName: row.family_name,
    givenNames: row.given_names,
    prisonerNumber: row.prisoner_number,
    module: row.module,
    facilityName: row.name,
    address,
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
