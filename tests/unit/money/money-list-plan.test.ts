import { CompiledQuery } from 'kysely';
import { describe, expect, it } from 'vitest';
import { transactionPageQuery, type TransactionFilter } from '../../../db/money/transaction-list.queries';
import { moneyApp } from './channel-data';

describe('an account’s list, filtered', () => {
  it('stays a walk of an index in the list’s order, the text filter included', async () => {
    const m = await moneyApp();
    const db = m.r.app.context.vault.db;
    const plan = async (filter: TransactionFilter) => {
      const page = transactionPageQuery(db, filter).compile();
      const rows = await db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${page.sql}`, [...page.parameters]),
      );
      return rows.rows.map((row) => row.detail).join('\n');
    };
    const filters = {
      accountId: m.accounts.bank,
      fromOn: '2025-01-01',
      toOn: '2025-12-31',
      status: 'confirmed' as const,
      fundId: m.funds.general,
      categoryId: m.category['donation']!,
      text: 'concert',
    };
    const byAccount = await plan(filters);
    expect(byAccount).toContain('SEARCH t USING INDEX transactions_account_booked');
    expect(byAccount).not.toContain('TEMP B-TREE');
    // With a prisoner, SQLite walks that prisoner's entries (transactions_prisoner), still in date order.
    const byPrisoner = await plan({ ...filters, prisonerId: 1 });
    expect(byPrisoner).toMatch(/SEARCH t USING INDEX transactions_(account_booked|prisoner)/u);
    expect(byPrisoner).not.toContain('TEMP B-TREE');
  });
});
