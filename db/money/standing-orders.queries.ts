import type { StandingOrderInput } from '../../shared/money/ledger.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { withLedgerErrors } from './ledger-errors';

export async function createStandingOrder(
  db: RegistryDb,
  input: StandingOrderInput,
  now: string,
  memberId: number | null = null,
): Promise<number> {
  const row = await withLedgerErrors(() =>
    db
      .insertInto('standing_orders')
      .values({
        donor_id: input.donorId,
        account_id: input.accountId,
        fund_id: input.fundId,
        amount_minor: input.amountMinor,
        currency: input.currency,
        rhythm: input.rhythm,
        from_on: input.fromOn,
        until_on: input.untilOn,
        reference: input.reference,
        created_at: now,
        updated_at: now,
        created_by_member_id: memberId,
        updated_by_member_id: memberId,
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  return row.id;
}

export async function listStandingOrders(db: RegistryDb) {
  return db
    .selectFrom('standing_orders as o')
    .leftJoin('donors as d', 'd.id', 'o.donor_id')
    .selectAll('o')
    .select('d.pseudonym_or_name as donor_name')
    .orderBy('o.from_on')
    .orderBy('o.id')
    .execute();
}
