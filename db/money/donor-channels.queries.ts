import { sql } from 'kysely';
import type { DonorInput } from '../../shared/money/ledger.schemas';
import type { Donor } from '../../shared/money/ledger-outputs.schemas';
import { flag, type RegistryDb } from '../registry/registry-db';
import { memberNames, recordStampOf, updatedColumns } from './ledger-stamps';
import type { LedgerStamp } from './transactions.queries';

export async function donorsForList(db: RegistryDb): Promise<Donor[]> {
  const rows = await db
    .selectFrom('donors as d')
    .selectAll('d')
    .select(sql<number>`(select count(*) from standing_orders o where o.donor_id = d.id)`.as('orders'))
    .orderBy('d.pseudonym_or_name')
    .orderBy('d.id')
    .execute();
  const names = await memberNames(db);
  return rows.map((row) => ({
    id: row.id,
    pseudonymOrName: row.pseudonym_or_name,
    thanks: row.thanks,
    noThanks: row.no_thanks === 1,
    hasIbanHash: row.iban_hash !== null,
    standingOrderCount: row.orders,
    ...recordStampOf(row, names),
  }));
}

export async function updateDonor(db: RegistryDb, id: number, input: DonorInput, stamp: LedgerStamp) {
  const result = await db
    .updateTable('donors')
    .set({
      pseudonym_or_name: input.pseudonymOrName,
      thanks: input.thanks,
      no_thanks: flag(input.noThanks),
      ...updatedColumns(stamp),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Erasure (data minimisation): the row goes with its name and IBAN hash; migration 016's `on delete set null` leaves
 * the donor's standing orders in place, anonymous, so the group's expected income does not change.
 */
export async function eraseDonor(db: RegistryDb, id: number): Promise<boolean> {
  const result = await db.deleteFrom('donors').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
