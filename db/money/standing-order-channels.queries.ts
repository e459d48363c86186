import { sql } from 'kysely';
import type { StandingOrderInput } from '../../shared/money/ledger.schemas';
import type { StandingOrder, StandingOrderPeriod } from '../../shared/money/ledger-outputs.schemas';
import { STANDING_ORDER_GRACE_DAYS, type StandingOrderRhythm } from '../../shared/money/money-values';
import { addDays, addMonths } from '../../shared/today';
import type { RegistryDb } from '../registry/registry-db';
import { withLedgerErrors } from './ledger-errors';
import { memberNames, recordStampOf, updatedColumns } from './ledger-stamps';
import { standingOrderDue, type StandingOrderPeriod as DuePeriod } from './standing-order-status.queries';
import type { LedgerStamp } from './transactions.queries';

const MONTHS: Record<StandingOrderRhythm, number> = { monthly: 1, quarterly: 3, yearly: 12 };

/** A period as the channels give it: late once it is missing and its grace is over on `asOf`. */
export function periodOutput(period: DuePeriod, asOf: string): StandingOrderPeriod {
  return {
    expectedOn: period.expectedOn,
    endOn: period.endOn,
    expectedMinor: period.expectedMinor,
    receivedMinor: period.receivedMinor,
    currency: period.currency,
    transactionIds: period.transactionIds,
    state: period.state,
    late: period.state === 'missing' && addDays(period.expectedOn, STANDING_ORDER_GRACE_DAYS) < asOf,
  };
}

/** The first day of the period after those begun by `asOf`, or null when the order ends before it. */
function nextExpected(rhythm: StandingOrderRhythm, fromOn: string, untilOn: string | null, begun: number) {
  const next = addMonths(fromOn, begun * MONTHS[rhythm]);
  return untilOn !== null && next > untilOn ? null : next;
}

/** Every standing order with its state on `asOf`: the last period, the missing and late ones, the next date. */
export async function standingOrdersForList(db: RegistryDb, asOf: string): Promise<StandingOrder[]> {
  const rows = await db
    .selectFrom('standing_orders as o')
    .innerJoin('accounts as a', 'a.id', 'o.account_id')
    .innerJoin('funds as f', 'f.id', 'o.fund_id')
    .leftJoin('donors as d', 'd.id', 'o.donor_id')
    .selectAll('o')
    .select([
      'a.name as account_name',
      'f.name as fund_name',
      'd.pseudonym_or_name as donor_name',
      sql<number>`(select count(*) from transactions t where t.standing_order_id = o.id)`.as('payments'),
    ])
    .orderBy('o.from_on')
    .orderBy('o.id')
    .execute();
  const due = (await standingOrderDue(db, asOf)).map((period) => ({ ...period, output: periodOutput(period, asOf) }));
  const names = await memberNames(db);
  return rows.map((row) => {
    const periods = due.filter((period) => period.standingOrderId === row.id).map((period) => period.output);
    const rhythm = row.rhythm as StandingOrderRhythm;
    return {
      id: row.id,
      donorId: row.donor_id,
      donorName: row.donor_name,
      accountId: row.account_id,
      accountName: row.account_name,
      fundId: row.fund_id,
      fundName: row.fund_name,
      amountMinor: row.amount_minor,
      currency: row.currency,
      rhythm,
      fromOn: row.from_on,
      untilOn: row.until_on,
      reference: row.reference,
      lastPeriod: periods.at(-1) ?? null,
      missingCount: periods.filter((period) => period.state === 'missing').length,
      lateCount: periods.filter((period) => period.late).length,
      nextExpectedOn: nextExpected(rhythm, row.from_on, row.until_on, periods.length),
      paymentCount: row.payments,
      ...recordStampOf(row, names),
    };
  });
}

/** The late periods of every order on `asOf`: the dashboard's count. */
export async function lateStandingOrderPeriods(db: RegistryDb, asOf: string): Promise<number> {
  const due = await standingOrderDue(db, asOf);
  return due.filter((period) => periodOutput(period, asOf).late).length;
}

export async function updateStandingOrder(
  db: RegistryDb,
  id: number,
  input: StandingOrderInput,
  stamp: LedgerStamp,
): Promise<boolean> {
  const result = await withLedgerErrors(() =>
    db
      .updateTable('standing_orders')
      .set({
        donor_id: input.donorId,
        account_id: input.accountId,
        fund_id: input.fundId,
        amount_minor: input.amountMinor,
        currency: input.currency,
        rhythm: input.rhythm,
        from_on: input.fromOn,
        until_on: input.untilOn,
        reference: input.reference,
        ...updatedColumns(stamp),
      })
      .where('id', '=', id)
      .executeTakeFirst(),
  );
  return result.numUpdatedRows > 0n;
}

/** The donor stopped: no period after `untilOn` is expected (the CHECK refuses an end before the start). */
export async function endStandingOrder(db: RegistryDb, id: number, untilOn: string, stamp: LedgerStamp) {
  const result = await withLedgerErrors(() =>
    db
      .updateTable('standing_orders')
      .set({ until_on: untilOn, ...updatedColumns(stamp) })
      .where('id', '=', id)
      .executeTakeFirst(),
  );
  return result.numUpdatedRows > 0n;
}

/** Only an order no payment is linked to: otherwise it is ended, and its history kept. */
export async function deleteStandingOrder(db: RegistryDb, id: number): Promise<boolean> {
  const result = await withLedgerErrors(
    () => db.deleteFrom('standing_orders').where('id', '=', id).executeTakeFirst(),
    ['LEDGER_IN_USE', 'Payments are linked to this standing order: end it instead'],
  );
  return result.numDeletedRows > 0n;
}
