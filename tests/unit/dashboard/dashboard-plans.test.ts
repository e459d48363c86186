import { CompiledQuery } from 'kysely';
import { describe, expect, test } from 'vitest';
import { dashboardCountQueries } from '../../../db/dashboard/dashboard.queries';
import { TestApp } from '../../support/test-app';
import { TODAY } from './dashboard-data';

/** SQLite's plan of each dashboard count on a freshly migrated vault, one line per step. */
async function plans(): Promise<Record<string, string[]>> {
  const r = await TestApp.create();
  const db = r.app.context.vault.db;
  const result: Record<string, string[]> = {};
  for (const [key, query] of Object.entries(dashboardCountQueries(db, TODAY))) {
    const { sql, parameters } = query.compile();
    const rows = await db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${sql}`, [...parameters]),
    );
    result[key] = rows.rows.map((row) => row.detail);
  }
  return result;
}

describe('dashboard query plans', () => {
  test('no count reads the whole letters or parcels table', async () => {
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
    for (const [key, steps] of Object.entries(all)) {
      const scans = steps.filter((step) => /^SCAN (letters|parcels)/.test(step));
      expect({ key, scans }).toEqual({ key, scans: [] });
    }
    // A prisoner's letters are found by prisoner (letters_prisoner_direction), not among every letter of a status.
    for (const key of ['repliesOverdue', 'noLetter'])
      expect(all[key]).toContainEqual(
        expect.stringMatching(
          /^SEARCH letters_out .*INDEX letters_prisoner_direction \(prisoner_id=\? AND direction=\?/,
        ),
      );
    // The ones that do read letters or parcels go through an index.
    for (const key of ['repliesOverdue', 'noLetter', 'letterIssues', 'oldDrafts', 'parcelIssues'])
      expect(all[key]?.join('\n')).toMatch(/SEARCH (letters|parcels)\w*( EXISTS)? USING (COVERING )?INDEX/);
  });
});
