import { CompiledQuery } from 'kysely';
import { describe, expect, test } from 'vitest';
import { dashboardCountQueries } from '../../../db/dashboard/dashboard.queries';
import { TestApp } from '../../support/test-app';
import { TODAY } from './dashboard-data';

/** The partial indexes of letters and parcels: a scan of one reads only the rows it holds. */
async function partialIndexes(): Promise<string[]> {
  const r = await TestApp.create();
  const rows = await r.app.context.vault.db
    .selectFrom('sqlite_master' as never)
    .select(['name' as never, 'sql' as never])
    .where('type' as never, '=', 'index' as never)
    .execute();
  return (rows as { name: string; sql: string | null }[])
    .filter((row) => /^create index \w+ on (letters|parcels) .* where /is.test(row.sql ?? ''))
    .map((row) => row.name);
}

/** SQLite's plan of each dashboard count on a freshly migrated vault, one line per step. */
async function plans(today = TODAY): Promise<Record<string, string[]>> {
  const r = await TestApp.create();
  const db = r.app.context.vault.db;
  const result: Record<string, string[]> = {};
  for (const [key, query] of Object.entries(dashboardCountQueries(db, today))) {
    const { sql, parameters } = query;
    const rows = await db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${sql}`, [...parameters]),
    );
    result[key] = rows.rows.map((row) => row.detail);
  }
  return result;
}

describe('dashboard query plans', () => {
  test('no count reads the letters or parcels table, only indexes that lead to its rows', async () => {
    const all = await plans();
    expect(Object.keys(all).sort()).toEqual([
      'birthdays',
      'letterIssues',
      'noLetter',
      'oldDrafts',
      'parcelIssues',
      'releases',
      'repliesOverdue',
      'transfers',
    ]);
    const partial = await partialIndexes();
    for (const [key, steps] of Object.entries(all)) {
      // Every step on letters or parcels (their aliases start so) reads an index only, never the table's rows...
      const reads = steps.filter((step) => /^(SCAN|SEARCH) (letters|parcels)/.test(step));
      const offIndex = reads.filter((step) => !/ USING COVERING INDEX /.test(step));
      // ...and goes straight to its rows: a SCAN is allowed only over a partial index that holds exactly them.
      const scans = reads.filter(
        (step) => step.startsWith('SCAN') && !partial.includes(/ INDEX (\w+)/.exec(step)?.[1] ?? ''),
      );
      expect({ key, offIndex, scans }).toEqual({ key, offIndex: [], scans: [] });
    }
    // The two counts about letters read ranges of one partial index of prisoner_attention and nothing else: the group's
    // reply window as one range bounded by a date computed once, then the prisoners with their own window.
    const ranges = (key: string) =>
      (all[key] ?? []).filter((step) => /^(SCAN|SEARCH) /.test(step) && !/^(SEARCH settings|SCAN x)\b/.test(step));
    expect(ranges('repliesOverdue')).toEqual([
      'SEARCH pa USING COVERING INDEX prisoner_attention_awaiting (reply_window_days=? AND awaiting_since>? AND awaiting_since<?)',
      'SEARCH pa USING COVERING INDEX prisoner_attention_awaiting (reply_window_days>?)',
    ]);
    expect(ranges('noLetter')).toEqual(['SEARCH pa USING COVERING INDEX prisoner_attention_last_out (<expr><?)']);
    // Transfers start from the recent transfer stays and read those prisoners by id, never every prisoner.
    expect(all.transfers?.filter((step) => /^(SCAN|SEARCH) /.test(step))).toEqual([
      'SEARCH ap USING INTEGER PRIMARY KEY (rowid=?)',
      expect.stringMatching(/^SEARCH ts USING (COVERING )?INDEX stays_started \(/),
    ]);
  });

  test('birthdays are counted in prisoners_birthday alone, also across the new year: no prisoner row is read', async () => {
    // A range of the index; across the new year (two ranges) SQLite reads the whole index, still without a row.
    for (const [today, read] of [
      ['2026-06-10', /^SEARCH ap USING COVERING INDEX prisoners_birthday \(/],
      [TODAY, /^(SEARCH|SCAN) ap USING COVERING INDEX prisoners_birthday\b/],
    ] as const) {
      const steps = (await plans(today)).birthdays ?? [];
      const reads = steps.filter((step) => /^(SCAN|SEARCH) ap\b/.test(step));
      expect(reads.length).toBeGreaterThan(0);
      expect({ today, reads }).toEqual({ today, reads: reads.map(() => expect.stringMatching(read)) });
    }
  });
});
