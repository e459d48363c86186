import { sql } from 'kysely';
import type { CategoryDirection } from '../../shared/money/money-values';
import type { RegistryDb } from '../registry/registry-db';

/*
 * The treasurer's report figures, each one query over a period [from, to] (dates included). Every sum is taken within
 * one currency. Transfers between own accounts (and exchanges) are neither receipts nor payments: they are left out of
 * the categories and shown apart, per account, so that opening + receipts − payments + transfers = closing.
 * Ordered payments count as the balances count them (listAccounts): the group has committed the money.
 */

/** The signed sum of one category's splits in one account over the period (expenses are negative). */
export interface CategoryMovement {
  accountId: number;
  currency: string;
  categoryId: number;
  categoryName: string;
  builtin: boolean;
  direction: CategoryDirection;
  /** Whom the money was for: the prisoner the transaction names, or else its fund's; null for neither. */
  prisonerId: number | null;
  familyName: string | null;
  givenNames: string | null;
  amountMinor: number;
}

/**
 * Split sums per account, category and prisoner for the period, transfers aside: the receipts and payments, the
 * accounts' movements and the support per prisoner all come from this one reading of the period's splits.
 */
export async function categoryMovements(db: RegistryDb, from: string, to: string): Promise<CategoryMovement[]> {
  const { rows } = await sql<{
    account_id: number;
    currency: string;
    category_id: number;
    name: string;
    builtin: number;
    direction: CategoryDirection;
    prisoner_id: number | null;
    family_name: string | null;
    given_names: string | null;
    amount: number;
  }>`
    select g.account_id, g.currency, g.category_id, c.name, c.builtin, c.direction, g.prisoner_id,
      p.family_name, p.given_names, g.amount
    from (
      select t.account_id, t.currency, s.category_id, coalesce(t.prisoner_id, f.prisoner_id) as prisoner_id,
        sum(s.amount_minor) as amount
      from transactions t indexed by transactions_booked
      join splits s on s.transaction_id = t.id
      join funds f on f.id = s.fund_id
      where t.booked_on >= ${from} and t.booked_on <= ${to} and t.transfer_group is null
      group by t.account_id, s.category_id, coalesce(t.prisoner_id, f.prisoner_id)
    ) as g
    join categories c on c.id = g.category_id
    left join prisoners p on p.id = g.prisoner_id
    order by g.currency, c.direction desc, c.builtin desc, c.id`.execute(db);
  return rows.map((row) => ({
    accountId: row.account_id,
    currency: row.currency,
    categoryId: row.category_id,
    categoryName: row.name,
    builtin: row.builtin === 1,
    direction: row.direction,
    prisonerId: row.prisoner_id,
    familyName: row.family_name,
    givenNames: row.given_names,
    amountMinor: row.amount,
  }));
}

export interface AccountPeriod {
  accountId: number;
  name: string;
  currency: string;
  archived: boolean;
  /** The balance the period starts from: the opening (when dated by the period's end) and every earlier entry. */
  openingMinor: number;
  /** What transfers and exchanges moved in (positive) or out (negative) over the period. */
  transfersMinor: number;
  /** The balance at the period's end, as listAccounts gives it at that date. */
  closingMinor: number;
}

/**
 * Each account opened by the period's end: its balance at the start and the end, and its transfers in between. An
 * account opened inside the period starts from its opening amount. The balance before the period reads migration
 * 019's month totals and the start of `from`'s month; the period itself is read along transactions_booked.
 */
export async function accountPeriods(db: RegistryDb, from: string, to: string): Promise<AccountPeriod[]> {
  const month = from.slice(0, 7);
  const { rows } = await sql<{
    id: number;
    name: string;
    currency: string;
    archived: number;
    opening_minor: number;
    before: number;
    within: number;
    transfers: number;
  }>`
    with period as (
      select t.account_id, sum(t.amount_minor) as within,
        coalesce(sum(case when t.transfer_group is not null then t.amount_minor end), 0) as transfers
      from transactions t indexed by transactions_booked
      where t.booked_on >= ${from} and t.booked_on <= ${to}
      group by t.account_id
    )
    select a.id, a.name, a.currency, a.archived, a.opening_minor,
      coalesce((select sum(m.amount_minor) from ledger_month_totals m where m.account_id = a.id and m.month < ${month}), 0)
      + coalesce((select sum(t.amount_minor) from transactions t
          where t.account_id = a.id and t.booked_on >= ${`${month}-01`} and t.booked_on < ${from}), 0) as before,
      coalesce(p.within, 0) as within, coalesce(p.transfers, 0) as transfers
    from accounts a
    left join period p on p.account_id = a.id
    where a.opening_on <= ${to}
    order by a.currency, a.archived, a.name`.execute(db);
  return rows.map((row) => ({
    accountId: row.id,
    name: row.name,
    currency: row.currency,
    archived: row.archived === 1,
    openingMinor: row.opening_minor + row.before,
    transfersMinor: row.transfers,
    closingMinor: row.opening_minor + row.before + row.within,
  }));
}

export interface SupportLine {
  /** Null for payments to a prisoner that name no one (neither the transaction nor its fund). */
  prisonerId: number | null;
  familyName: string | null;
  givenNames: string | null;
  currency: string;
  /** Paid to the prisoner (category payment_to_prisoner), positive. */
  paidMinor: number;
  /** Other spending for them (a parcel's contents, legal costs, travel...), positive. */
  otherMinor: number;
}

/**
 * Money spent for each prisoner over the period, per currency, from the period's movements: every expense whose
 * transaction names the prisoner, or else whose fund is that prisoner's; a payment to a prisoner that names no one is
 * its own line.
 */
export function prisonerSupport(movements: readonly CategoryMovement[]): SupportLine[] {
  const lines = new Map<string, SupportLine>();
  for (const m of movements) {
    const paid = m.builtin && m.categoryName === 'payment_to_prisoner';
    if (m.direction !== 'expense' || (m.prisonerId === null && !paid)) continue;
    const key = `${m.prisonerId ?? ''}:${m.currency}`;
    const line = lines.get(key) ?? {
      prisonerId: m.prisonerId,
      familyName: m.familyName,
      givenNames: m.givenNames,
      currency: m.currency,
      paidMinor: 0,
      otherMinor: 0,
    };
    if (paid) line.paidMinor -= m.amountMinor;
    else line.otherMinor -= m.amountMinor;
    lines.set(key, line);
  }
  return [...lines.values()];
}
