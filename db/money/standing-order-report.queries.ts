import type { StandingOrderRhythm } from '../../shared/money/money-values';
import type { RegistryDb } from '../registry/registry-db';
import { duePeriods } from './standing-order-due';

/** One standing order over a period: the payments expected (periods begun in it) and what came for them. */
export interface StandingOrderLine {
  standingOrderId: number;
  donorName: string | null;
  fundName: string;
  accountName: string;
  rhythm: StandingOrderRhythm;
  amountMinor: number;
  currency: string;
  expectedCount: number;
  expectedMinor: number;
  receivedCount: number;
  receivedMinor: number;
  /** The expected dates with no linked payment, oldest first. */
  missingOn: string[];
}

/**
 * Received against expected for every order with a period beginning in [from, to], matched as standingOrderDue
 * matches them (payments linked by `standing_order_id`, booked inside the period), as of the report's last day: a
 * payment booked later is not known yet. Two queries, whatever the number of orders: the orders, then the period's
 * linked payments, grouped here.
 */
export async function standingOrderLines(db: RegistryDb, from: string, to: string): Promise<StandingOrderLine[]> {
  const orders = await db
    .selectFrom('standing_orders as o')
    .innerJoin('funds as f', 'f.id', 'o.fund_id')
    .innerJoin('accounts as a', 'a.id', 'o.account_id')
    .leftJoin('donors as d', 'd.id', 'o.donor_id')
    .select([
      'o.id',
      'o.rhythm',
      'o.from_on',
      'o.until_on',
      'o.amount_minor',
      'o.currency',
      'd.pseudonym_or_name as donor_name',
      'f.name as fund_name',
      'a.name as account_name',
    ])
    .where('o.from_on', '<=', to)
    .where((eb) => eb.or([eb('o.until_on', 'is', null), eb('o.until_on', '>=', from)]))
    .orderBy('o.currency')
    .orderBy('o.id')
    .execute();
  if (orders.length === 0) return [];
  const payments = await db
    .selectFrom('transactions')
    .select(['standing_order_id', 'booked_on', 'amount_minor'])
    // Along transactions_standing_order (order, date): only the linked payments are read, not the period's rows.
    .where(
      'standing_order_id',
      'in',
      orders.map((order) => order.id),
    )
    .where('booked_on', '>=', from)
    .where('booked_on', '<=', to)
    .execute();
  const byOrder = new Map<number, { booked_on: string; amount_minor: number }[]>();
  for (const payment of payments) {
    const id = payment.standing_order_id as number;
    byOrder.set(id, [...(byOrder.get(id) ?? []), payment]);
  }
  const lines: StandingOrderLine[] = [];
  for (const order of orders) {
    const rhythm = order.rhythm as StandingOrderRhythm;
    const periods = duePeriods(rhythm, order.from_on, order.until_on, to).filter((p) => p.expectedOn >= from);
    if (periods.length === 0) continue;
    const mine = byOrder.get(order.id) ?? [];
    const line: StandingOrderLine = {
      standingOrderId: order.id,
      donorName: order.donor_name,
      fundName: order.fund_name,
      accountName: order.account_name,
      rhythm,
      amountMinor: order.amount_minor,
      currency: order.currency,
      expectedCount: periods.length,
      expectedMinor: periods.length * order.amount_minor,
      receivedCount: 0,
      receivedMinor: 0,
      missingOn: [],
    };
    for (const period of periods) {
      const inside = mine.filter((p) => p.booked_on >= period.expectedOn && p.booked_on <= period.endOn);
      if (inside.length === 0) line.missingOn.push(period.expectedOn);
      else {
        line.receivedCount += 1;
        line.receivedMinor += inside.reduce((sum, p) => sum + p.amount_minor, 0);
      }
    }
    lines.push(line);
  }
  return lines;
}
