import type { StatementBalance, StatementFile } from '../../../shared/money/statement.types';

/** Minor units per currency: never a sum across currencies. */
export type PerCurrency = Record<string, number>;

/**
 * What a statement file says, as `parloir bank import --json` prints it before anything is matched: the booked
 * entries counted once each (a camt entry, not its details; a CODA movement, not the details of a globalisation),
 * their credits and debits per currency as positive minor units, and the opening and closing balances per currency
 * (signed: a debit balance is negative), the earliest opening and the latest closing.
 */
export interface StatementSummary {
  format: string;
  entries: number;
  pending: number;
  credits: PerCurrency;
  debits: PerCurrency;
  opening: PerCurrency;
  closing: PerCurrency;
}

const signed = (balance: StatementBalance) => (balance.side === 'credit' ? balance.minor : -balance.minor);

function add(sums: PerCurrency, currency: string, minor: number): void {
  const next = (sums[currency] ?? 0) + minor;
  // Beyond 2^53 an integer sum silently loses cents: refused rather than rounded.
  if (!Number.isSafeInteger(next)) throw new RangeError(`The ${currency} total is too large to add up exactly`);
  sums[currency] = next;
}

export function summarizeStatement(file: StatementFile): StatementSummary {
  const summary: StatementSummary = {
    format: file.format,
    entries: 0,
    pending: 0,
    credits: {},
    debits: {},
    opening: {},
    closing: {},
  };
  const byCurrency = new Map<string, StatementFile['statements']>();
  for (const statement of file.statements) {
    byCurrency.set(statement.currency, [...(byCurrency.get(statement.currency) ?? []), statement]);
    for (const entry of statement.entries) {
      if (!entry.booked) {
        summary.pending += 1;
        continue;
      }
      summary.entries += 1;
      add(entry.amount.side === 'credit' ? summary.credits : summary.debits, entry.amount.currency, entry.amount.minor);
    }
  }
  for (const [currency, statements] of byCurrency) {
    // Several statements of one account (a CODA file of a week): the earliest opening, the latest closing.
    const balances = (pick: (s: (typeof statements)[number]) => StatementBalance | null) =>
      statements
        .map(pick)
        .filter((b) => b !== null)
        .sort((a, b) => a.date.localeCompare(b.date));
    const opening = balances((s) => s.opening)[0];
    const closing = balances((s) => s.closing).at(-1);
    if (opening) summary.opening[currency] = signed(opening);
    if (closing) summary.closing[currency] = signed(closing);
  }
  return summary;
}
