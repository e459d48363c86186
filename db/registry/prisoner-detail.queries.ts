import { composeAddressBlock } from '../../shared/address/compose-address';
import { getVaultSetting } from '../settings/settings.queries';
import { draftsOnEndedStays } from '../letters/readdress.queries';
import type { PrisonerDetail } from '../../shared/registry/prisoners.schemas';
import type { CurrentAddress } from '../../shared/registry/stays.schemas';
import type { Language } from '../../shared/settings/settings.schemas';
import { addressFromRow } from './facilities.rows';
import { findPrisoner, tagsOfPrisoner } from './prisoners.queries';
import type { RegistryDb } from './registry-db';
import { staysOfPrisoner } from './stays.queries';
import { FACILITY_POSTAL_COLUMNS } from './facility-columns';

async function currentAddressOf(db: RegistryDb, prisonerId: number): Promise<CurrentAddress | null> {
  const row = await db
    .selectFrom('stays as s')
    .innerJoin('facilities as f', 'f.id', 's.facility_id')
    .select([
      's.id as stay_id',
      's.prisoner_number',
      's.module',
      'f.id as facility_id',
      'f.name',
      ...FACILITY_POSTAL_COLUMNS,
    ])
    .where('s.prisoner_id', '=', prisonerId)
    .where('s.to_date', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  return {
    stayId: row.stay_id,
    facilityId: row.facility_id,
    facilityName: row.name,
    prisonerNumber: row.prisoner_number,
    module: row.module,
    address: addressFromRow(row),
  };
}

/** The prisoner page: identity, custody history, where they are now and the block to write on the envelope. */
export async function prisonerDetail(
  db: RegistryDb,
  id: number,
  language?: Language,
): Promise<PrisonerDetail | undefined> {
  const prisoner = await findPrisoner(db, id);
  if (!prisoner) return undefined;
  const current = await currentAddressOf(db, id);
  const addressBlock = current
    ? composeAddressBlock({
        familyName: prisoner.familyName,
        givenNames: prisoner.givenNames,
        prisonerNumber: current.prisonerNumber,
        module: current.module,
        facilityName: current.facilityName,
        address: current.address,
        // Exactly as it will be printed: no country line when the prison is in the group's own country.
        senderCountry: await getVaultSetting<string>(db, 'groupCountry'),
        ...(language ? { language } : {}),
      })
    : null;
  return {
    prisoner,
    stays: await staysOfPrisoner(db, id),
    current,
    addressBlock,
    tags: await tagsOfPrisoner(db, id),
    draftsOnEndedStays: await draftsOnEndedStays(db, id),
  };
}
