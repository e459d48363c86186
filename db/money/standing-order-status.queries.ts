import type { StandingOrderRhythm } from '../../shared/money/money-values';
import type { RegistryDb } from '../registry/registry-db';
import { duePeriods } from './standing-order-due';

export interface StandingOrderPeriod {
  standingOrderId: number;
  donorName: string | null;
  expectedOn: string;
  endOn: string;
  expectedMinor: number;
  currency: string;
  /** The sum of the transactions linked to the order and booked inside the period (0 when none). */
  receivedMinor: number;
  transactionIds: number[];
  state: 'received' | 'missing';
}

/**
 * Each period of each standing order begun by `asOf`: what was expected and what came, matched by the transactions'
 * `standing_order_id` (set when a bank line is reconciled with the order). A period without any linked payment is
 * 'missing' (late or not paid at all: the period's own dates say which); a period paid even in part is 'received', its
 * amount beside the expected one.
 */
export async function standingOrderDue(db: RegistryDb, asOf: string): Promise<StandingOrderPeriod[]> {
  const orders = await db
    .selectFrom('standing_orders as o')
    .leftJoin('donors as d', 'd.id', 'o.donor_id')
    .select([
      'o.id',
      'o.rhythm',
      'o.from_on',
      'o.until_on',
      'o.amount_minor',
      'o.currency',
      'd.pseudonym_or_name as donor_name',
    ])
    .where('o.from_on', '<=', asOf)
    .orderBy('o.id')
    .execute();
  if (orders.length === 0) return [];
  const payments = await db
    .selectFrom('transactions')
    .select(['id', 'standing_order_id', 'booked_on', 'amount_minor'])
    .where(
      'standing_order_id',
      'in',
      orders.map((order) => order.id),
    )
    .where('booked_on', '<=', asOf)
    .orderBy('booked_on')
    .orderBy('id')
    .execute();
  const result: StandingOrderPeriod[] = [];
  for (const order of orders) {
    const mine = payments.filter((payment) => payment.standing_order_id === order.id);
    for (const period of duePeriods(order.rhythm as StandingOrderRhythm, order.from_on, order.until_on, asOf)) {
      const inside = mine.filter((p) => p.booked_on >= period.expectedOn && p.booked_on <= period.endOn);
      result.push({
        standingOrderId: order.id,
        donorName: order.donor_name,
        expectedOn: period.expectedOn,
        endOn: period.endOn,
        expectedMinor: order.amount_minor,
        currency: order.currency,
        receivedMinor: inside.reduce((sum, p) => sum + p.amount_minor, 0),
        transactionIds: inside.map((p) => p.id),
        state: inside.length > 0 ? 'received' : 'missing',
      });
    }
  }
  return result;
}
