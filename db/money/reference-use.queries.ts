import { readReferenceText } from '../../shared/money/payment-reference.schemas';
import type { RegistryDb } from '../registry/registry-db';

/**
 * Whether a structured reference (bare value) is already quoted for something else: another fund's, or a standing
 * order's (whose reference is free text, read as a structured one when it is one). A reference names one thing, so
 * a payment quoting it finds exactly that.
 */
export async function referenceInUse(db: RegistryDb, value: string, exceptFundId: number | null): Promise<boolean> {
  let funds = db.selectFrom('funds').select('id').where('reference', '=', value);
  if (exceptFundId !== null) funds = funds.where('id', '!=', exceptFundId);
  if (await funds.executeTakeFirst()) return true;
  const orders = await db
    .selectFrom('standing_orders')
    .select('reference')
    .where('reference', 'is not', null)
    .execute();
  return orders.some((order) => order.reference !== null && readReferenceText(order.reference)?.value === value);
}
