import type { FundBalance } from '../../../db/money/funds.queries';
import type { SupportLine } from '../../../db/money/money-report.queries';
import type { StandingOrderLine } from '../../../db/money/standing-order-report.queries';
import type { CategoryLine, CurrencyTotals, ReceiptsFigures } from '../../../db/money/treasurer-figures';
import { nameOrder } from '../../../db/registry/registry-db';
import type { reportsFr } from '../../../shared/money/reports.fr';
import type { ReportSection, TableColumn } from '../printing/print-types';

export type ReportWords = typeof reportsFr;

/** What a section needs to write its cells: the words, and amounts as the PDF or the CSV writes them. */
export interface SectionWriter {
  w: ReportWords;
  money: (minor: number, currency: string) => string;
}

export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/gu, (_all, key: string) => String(values[key] ?? ''));

const column = (key: string, label: string, widthWeight = 1, align: 'left' | 'right' = 'left'): TableColumn => ({
  key,
  label,
  widthWeight,
  align,
});

/** Rows and which of them are bold, built together so the indexes stay right. */
function rowsBuilder() {
  const rows: Record<string, string>[] = [];
  const boldRows: number[] = [];
  return {
    rows,
    boldRows,
    add: (row: Record<string, string>, bold = false) => {
      if (bold) boldRows.push(rows.length);
      rows.push(row);
    },
  };
}

/** One total row per currency, in the order the currencies come: amounts of two currencies are never added. */
function perCurrency<T extends { currency: string }>(lines: readonly T[], sum: (into: T | undefined, line: T) => T) {
  const totals = new Map<string, T>();
  for (const line of lines) totals.set(line.currency, sum(totals.get(line.currency), line));
  return [...totals.values()];
}

const categoryName = (line: Pick<CategoryLine, 'builtin' | 'categoryName'>, w: ReportWords) =>
  line.builtin && Object.hasOwn(w.categories, line.categoryName)
    ? w.categories[line.categoryName as keyof ReportWords['categories']]
    : line.categoryName;

/** One currency's receipts then payments by category, their totals and the result. */
export function receiptsSection(totals: CurrencyTotals, categories: readonly CategoryLine[], s: SectionWriter) {
  const { w } = s;
  const mine = categories.filter((c) => c.currency === totals.currency);
  const money = (minor: number) => s.money(minor, totals.currency);
  const b = rowsBuilder();
  b.add({ item: w.rows.receipts, amount: '' }, true);
  for (const c of mine.filter((c) => c.direction === 'income'))
    b.add({ item: categoryName(c, w), amount: money(c.amountMinor) });
  b.add({ item: w.rows.receiptsTotal, amount: money(totals.receiptsMinor) }, true);
  b.add({ item: w.rows.payments, amount: '' }, true);
  for (const c of mine.filter((c) => c.direction === 'expense'))
    b.add({ item: categoryName(c, w), amount: money(c.amountMinor) });
  b.add({ item: w.rows.paymentsTotal, amount: money(totals.paymentsMinor) }, true);
  b.add({ item: w.rows.result, amount: money(totals.resultMinor) }, true);
  return {
    heading: fill(w.section.receipts, { currency: totals.currency }),
    columns: [column('item', w.columns.item, 3), column('amount', w.columns.amount, 1, 'right')],
    rows: b.rows,
    boldRows: b.boldRows,
  } satisfies ReportSection;
}

/** Each account from opening to closing balance, then each currency's totals. */
export function accountsSection(figures: ReceiptsFigures, s: SectionWriter): ReportSection {
  const { w } = s;
  const b = rowsBuilder();
  const amounts = (line: Omit<CurrencyTotals, 'resultMinor'>) => ({
    currency: line.currency,
    opening: s.money(line.openingMinor, line.currency),
    receipts: s.money(line.receiptsMinor, line.currency),
    payments: s.money(line.paymentsMinor, line.currency),
    transfers: s.money(line.transfersMinor, line.currency),
    closing: s.money(line.closingMinor, line.currency),
  });
  for (const a of figures.accounts)
    b.add({ account: a.archived ? fill(w.rows.archived, { name: a.name }) : a.name, ...amounts(a) });
  for (const total of figures.currencies)
    b.add({ account: fill(w.rows.currencyTotal, { currency: total.currency }), ...amounts(total) }, true);
  const money = (key: string) => column(key, w.columns[key as keyof ReportWords['columns']], 1.2, 'right');
  return {
    heading: w.section.accounts,
    note: `${w.notes.transfers} ${w.notes.ordered}`,
    columns: [
      column('account', w.columns.account, 2),
      column('currency', w.columns.currency, 0.7),
      ...['opening', 'receipts', 'payments', 'transfers', 'closing'].map(money),
    ],
    rows: b.rows,
    boldRows: b.boldRows,
  };
}

/** Each fund's balance per currency at a date, then each currency's total. */
export function fundsSection(funds: readonly FundBalance[], on: string, s: SectionWriter): ReportSection {
  const { w } = s;
  const b = rowsBuilder();
  const kind = (k: string) => (k === 'general' || k === 'restricted' ? w.fundKinds[k] : k);
  for (const f of funds)
    b.add({ fund: f.name, kind: kind(f.kind), currency: f.currency, balance: s.money(f.balanceMinor, f.currency) });
  const totals = perCurrency(funds, (into, line) => ({
    ...line,
    balanceMinor: (into?.balanceMinor ?? 0) + line.balanceMinor,
  }));
  for (const t of totals.sort((x, y) => x.currency.localeCompare(y.currency)))
    b.add(
      {
        fund: fill(w.rows.currencyTotal, { currency: t.currency }),
        kind: '',
        currency: t.currency,
        balance: s.money(t.balanceMinor, t.currency),
      },
      true,
    );
  return {
    heading: fill(w.section.funds, { on }),
    columns: [
      column('fund', w.columns.fund, 2.5),
      column('kind', w.columns.fundKind, 1),
      column('currency', w.columns.currency, 0.8),
      column('balance', w.columns.balance, 1.3, 'right'),
    ],
    rows: b.rows,
    boldRows: b.boldRows,
  };
}

const nameOf = (line: SupportLine, w: ReportWords) =>
  line.familyName === null
    ? w.rows.noPrisoner
    : [line.familyName.toLocaleUpperCase(), line.givenNames].filter(Boolean).join(' ');

/** Money paid to and spent for each person, by name (the unnamed line last), then each currency's totals. */
export function supportSection(lines: readonly SupportLine[], s: SectionWriter): ReportSection {
  const { w } = s;
  const sorted = [...lines].sort(
    (a, b) =>
      Number(a.prisonerId === null) - Number(b.prisonerId === null) ||
      nameOrder.compare(nameOf(a, w), nameOf(b, w)) ||
      a.currency.localeCompare(b.currency),
  );
  const b = rowsBuilder();
  const amounts = (line: Pick<SupportLine, 'currency' | 'paidMinor' | 'otherMinor'>) => ({
    currency: line.currency,
    paid: s.money(line.paidMinor, line.currency),
    other: s.money(line.otherMinor, line.currency),
    total: s.money(line.paidMinor + line.otherMinor, line.currency),
  });
  for (const line of sorted) b.add({ prisoner: nameOf(line, w), ...amounts(line) });
  const totals = perCurrency(sorted, (into, line) => ({
    ...line,
    paidMinor: (into?.paidMinor ?? 0) + line.paidMinor,
    otherMinor: (into?.otherMinor ?? 0) + line.otherMinor,
  }));
  for (const t of totals.sort((x, y) => x.currency.localeCompare(y.currency)))
    b.add({ prisoner: fill(w.rows.currencyTotal, { currency: t.currency }), ...amounts(t) }, true);
  return {
    heading: w.section.support,
    note: w.notes.support,
    columns: [
      column('prisoner', w.columns.prisoner, 2.2),
      column('currency', w.columns.currency, 0.8),
      column('paid', w.columns.paid, 1.3, 'right'),
      column('other', w.columns.other, 1.3, 'right'),
      column('total', w.columns.total, 1.3, 'right'),
    ],
    rows: b.rows,
    boldRows: b.boldRows,
  };
}

/** Each standing order's expected and received payments, the missing dates, then each currency's totals. */
export function standingOrdersSection(lines: readonly StandingOrderLine[], s: SectionWriter): ReportSection {
  const { w } = s;
  const b = rowsBuilder();
  const counted = (count: number, minor: number, currency: string) =>
    fill(w.counted, { count, amount: s.money(minor, currency) });
  for (const o of lines)
    b.add({
      donor: o.donorName ?? w.rows.anonymous,
      fund: o.fundName,
      order: fill(w.rhythm[o.rhythm], { amount: s.money(o.amountMinor, o.currency) }),
      expected: counted(o.expectedCount, o.expectedMinor, o.currency),
      received: counted(o.receivedCount, o.receivedMinor, o.currency),
      missing: o.missingOn.join(', '),
    });
  const totals = perCurrency(lines, (into, line) => ({
    ...line,
    expectedMinor: (into?.expectedMinor ?? 0) + line.expectedMinor,
    receivedMinor: (into?.receivedMinor ?? 0) + line.receivedMinor,
  }));
  for (const t of totals.sort((x, y) => x.currency.localeCompare(y.currency)))
    b.add(
      {
        donor: fill(w.rows.currencyTotal, { currency: t.currency }),
        expected: s.money(t.expectedMinor, t.currency),
        received: s.money(t.receivedMinor, t.currency),
      },
      true,
    );
  return {
    heading: w.section.standingOrders,
    note: w.notes.standingOrders,
    columns: [
      column('donor', w.columns.donor, 1.5),
      column('fund', w.columns.fund, 1.4),
      column('order', w.columns.order, 1.5),
      column('expected', w.columns.expected, 1.4, 'right'),
      column('received', w.columns.received, 1.4, 'right'),
      column('missing', w.columns.missing, 1.8),
    ],
    rows: b.rows,
    boldRows: b.boldRows,
  };
}
