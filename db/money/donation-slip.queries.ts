import { AppError } from '../../shared/errors';
import { mustExist, type RegistryDb } from '../registry/registry-db';

export async function slipAccount(db: RegistryDb, accountId: number) {
  const row = await db
    .selectFrom('accounts')
    .select(['id', 'name', 'currency', 'iban', 'bic'])
    .where('id', '=', accountId)
    .executeTakeFirst();
  return mustExist(row, 'Account');
}

export async function slipFund(db: RegistryDb, fundId: number) {
  const row = await db
    .selectFrom('funds')
    .select(['id', 'name', 'reference'])
    .where('id', '=', fundId)
    .executeTakeFirst();
  return mustExist(row, 'Fund');
}

/** A standing order of this account: a slip for another account's order would print the wrong IBAN. */
export async function slipStandingOrder(db: RegistryDb, orderId: number, accountId: number) {
  const row = mustExist(
    await db
      .selectFrom('standing_orders')
      .select(['id', 'account_id', 'fund_id', 'amount_minor', 'reference'])
      .where('id', '=', orderId)
      .executeTakeFirst(),
    'Standing order',
  );
  if (row.account_id !== accountId) {
    const message = 'This standing order is paid into another account';
    throw new AppError('VALIDATION', message, { issues: [{ path: ['standingOrderId'], message }] });
  }
  return { fundId: row.fund_id, amountMinor: row.amount_minor, reference: row.reference };
}

/** What a slip for this account can name: the open funds and the account's standing orders still running. */
export async function slipOptions(db: RegistryDb, accountId: number, today: string) {
  const account = await slipAccount(db, accountId);
  const funds = await db
    .selectFrom('funds')
    .select(['id', 'name', 'reference'])
    .where('archived', '=', 0)
    .orderBy('name')
    .execute();
  const orders = await db
    .selectFrom('standing_orders as o')
    .leftJoin('donors as d', 'd.id', 'o.donor_id')
    .select(['o.id', 'd.pseudonym_or_name', 'o.fund_id', 'o.amount_minor', 'o.currency', 'o.reference'])
    .where('o.account_id', '=', accountId)
    .where((eb) => eb.or([eb('o.until_on', 'is', null), eb('o.until_on', '>=', today)]))
    .orderBy('o.id')
    .execute();
  return {
    account: { id: account.id, name: account.name, currency: account.currency, iban: account.iban },
    funds,
    standingOrders: orders.map((o) => ({
      id: o.id,
      donorName: o.pseudonym_or_name,
      fundId: o.fund_id,
      amountMinor: o.amount_minor,
      currency: o.currency,
      reference: o.reference,
    })),
  };
}
