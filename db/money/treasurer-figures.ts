import type { CategoryDirection } from '../../shared/money/money-values';
import type { RegistryDb } from '../registry/registry-db';
import { fundBalances, type FundBalance } from './funds.queries';
import {
  accountPeriods,
  categoryMovements,
  prisonerSupport,
  type AccountPeriod,
  type CategoryMovement,
  type SupportLine,
} from './money-report.queries';
import { standingOrderLines, type StandingOrderLine } from './standing-order-report.queries';

/** A category's receipts or payments in one currency, both as positive amounts (a refund lowers them). */
export interface CategoryLine {
  currency: string;
  direction: CategoryDirection;
  categoryId: number;
  categoryName: string;
  builtin: boolean;
  amountMinor: number;
}

export interface AccountLine extends AccountPeriod {
  receiptsMinor: number;
  paymentsMinor: number;
}

/** One currency's totals: never added to another currency's. */
export interface CurrencyTotals {
  currency: string;
  receiptsMinor: number;
  paymentsMinor: number;
  /** Receipts minus payments. */
  resultMinor: number;
  openingMinor: number;
  transfersMinor: number;
  closingMinor: number;
}

export interface ReceiptsFigures {
  from: string;
  to: string;
  categories: CategoryLine[];
  accounts: AccountLine[];
  currencies: CurrencyTotals[];
  /** The period's split sums the figures come from (support per prisoner reads them too). */
  movements: CategoryMovement[];
}

// Receipts before payments, the built-in categories in their own order, then the group's own.
const order = (c: CategoryLine) => (c.direction === 'income' ? 0 : 1e9) + (c.builtin ? 0 : 1e6) + c.categoryId;
const shown = (direction: CategoryDirection, signed: number) => (direction === 'income' ? signed : -signed);

/** Receipts and payments by category and per account over [from, to], with each currency's totals. */
export async function receiptsFigures(db: RegistryDb, from: string, to: string): Promise<ReceiptsFigures> {
  const [movements, periods] = [await categoryMovements(db, from, to), await accountPeriods(db, from, to)];
  return { ...figuresOf(movements, periods, from, to), movements };
}

function figuresOf(
  movements: readonly CategoryMovement[],
  periods: readonly AccountPeriod[],
  from: string,
  to: string,
) {
  const categories = new Map<string, CategoryLine>();
  const byAccount = new Map<number, { receipts: number; payments: number }>();
  for (const m of movements) {
    const key = `${m.currency}:${m.categoryId}`;
    const line = categories.get(key) ?? {
      currency: m.currency,
      direction: m.direction,
      categoryId: m.categoryId,
      categoryName: m.categoryName,
      builtin: m.builtin,
      amountMinor: 0,
    };
    line.amountMinor += shown(m.direction, m.amountMinor);
    categories.set(key, line);
    const account = byAccount.get(m.accountId) ?? { receipts: 0, payments: 0 };
    if (m.direction === 'income') account.receipts += m.amountMinor;
    else account.payments -= m.amountMinor;
    byAccount.set(m.accountId, account);
  }
  const accounts = periods.map((p) => ({
    ...p,
    receiptsMinor: byAccount.get(p.accountId)?.receipts ?? 0,
    paymentsMinor: byAccount.get(p.accountId)?.payments ?? 0,
  }));
  const totals = new Map<string, CurrencyTotals>();
  const totalOf = (currency: string) => {
    const found = totals.get(currency);
    if (found) return found;
    const made = {
      currency,
      receiptsMinor: 0,
      paymentsMinor: 0,
      resultMinor: 0,
      openingMinor: 0,
      transfersMinor: 0,
      closingMinor: 0,
    };
    totals.set(currency, made);
    return made;
  };
  for (const a of accounts) {
    const total = totalOf(a.currency);
    total.receiptsMinor += a.receiptsMinor;
    total.paymentsMinor += a.paymentsMinor;
    total.resultMinor += a.receiptsMinor - a.paymentsMinor;
    total.openingMinor += a.openingMinor;
    total.transfersMinor += a.transfersMinor;
    total.closingMinor += a.closingMinor;
  }
  return {
    from,
    to,
    categories: [...categories.values()].sort((a, b) => a.currency.localeCompare(b.currency) || order(a) - order(b)),
    accounts,
    currencies: [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}

export interface GeneralAssemblyFigures extends ReceiptsFigures {
  year: number;
  /** At the year's last day. */
  funds: FundBalance[];
  support: SupportLine[];
  standingOrders: StandingOrderLine[];
}

/** Every number of the general assembly's report for one calendar year (the bench key treasurer_year_ms). */
export async function generalAssemblyFigures(db: RegistryDb, year: number): Promise<GeneralAssemblyFigures> {
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const to = `${String(year).padStart(4, '0')}-12-31`;
  const receipts = await receiptsFigures(db, from, to);
  return {
    ...receipts,
    year,
    funds: await fundBalances(db, to),
    support: prisonerSupport(receipts.movements),
    standingOrders: await standingOrderLines(db, from, to),
  };
}
