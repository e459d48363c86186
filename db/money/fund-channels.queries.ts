import type { FundInput } from '../../shared/money/ledger.schemas';
import type { Fund } from '../../shared/money/ledger-outputs.schemas';
import type { FundKind } from '../../shared/money/money-values';
import { paymentReferenceOf } from '../../shared/money/payment-reference.schemas';
import { prisonerNameSql } from '../parcels/parcels.queries';
import { flag, type RegistryDb } from '../registry/registry-db';
import { fundBalances } from './funds.queries';
import { withLedgerErrors } from './ledger-errors';
import { memberNames, recordStampOf, updatedColumns } from './ledger-stamps';
import type { LedgerStamp } from './transactions.queries';

/** Every fund (archived ones last), each with its balance per currency through `asOf` (fundBalances). */
export async function fundsForList(db: RegistryDb, asOf?: string): Promise<Fund[]> {
  const rows = await db
    .selectFrom('funds as f')
    .leftJoin('prisoners as p', 'p.id', 'f.prisoner_id')
    .selectAll('f')
    .select(prisonerNameSql.as('prisoner_name'))
    .orderBy('f.archived')
    .orderBy('f.name')
    .execute();
  const balances = await fundBalances(db, asOf);
  const names = await memberNames(db);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind as FundKind,
    prisonerId: row.prisoner_id,
    prisonerName: row.prisoner_id === null ? null : row.prisoner_name,
    reference: paymentReferenceOf(row.reference),
    archived: row.archived === 1,
    balances: balances
      .filter((balance) => balance.fundId === row.id)
      .map((balance) => ({ currency: balance.currency, balanceMinor: balance.balanceMinor })),
    ...recordStampOf(row, names),
  }));
}

export async function updateFund(
  db: RegistryDb,
  id: number,
  input: FundInput & { reference: string | null },
  stamp: LedgerStamp,
): Promise<boolean> {
  const result = await withLedgerErrors(() =>
    db
      .updateTable('funds')
      .set({
        name: input.name,
        kind: input.kind,
        prisoner_id: input.prisonerId,
        reference: input.reference,
        ...updatedColumns(stamp),
      })
      .where('id', '=', id)
      .executeTakeFirst(),
  );
  return result.numUpdatedRows > 0n;
}

export async function archiveFund(db: RegistryDb, id: number, archived: boolean, stamp: LedgerStamp) {
  const result = await db
    .updateTable('funds')
    .set({ archived: flag(archived), ...updatedColumns(stamp) })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setFundReference(db: RegistryDb, id: number, reference: string, stamp: LedgerStamp) {
  const result = await withLedgerErrors(() =>
    db
      .updateTable('funds')
      .set({ reference, ...updatedColumns(stamp) })
      .where('id', '=', id)
      .executeTakeFirst(),
  );
  return result.numUpdatedRows > 0n;
}
