import { sql } from 'kysely';
import type { SearchDb, SearchKind } from '../../db/search/search-kind';
import { searchKinds } from '../../db/search/search-kinds';

/**
 * How the search index differs from what its kinds would write now, one sentence per difference; empty when it
 * agrees. Every row of every kind has exactly one search row with its current text and archived flag, and nothing
 * else is in the index (no row of an unknown kind or a deleted row, no text without its row).
 */
/** Full-text search ignores the order of a row's words (a prisoner's tags may come in any order). */
const words = (body: string | null) => JSON.stringify((body ?? '').split(' ').filter(Boolean).sort());

export async function searchIndexDrift(db: SearchDb, kinds: readonly SearchKind[] = searchKinds): Promise<string[]> {
  const expected = new Map<string, { body: string; archived: 0 | 1 }>();
  for (const kind of kinds) {
    const ids = await kind.ids(db);
    // In slices, as the index itself loads them: a kind's load takes a few hundred ids at a time.
    for (let start = 0; start < ids.length; start += 400) {
      for (const entry of await kind.load(db, ids.slice(start, start + 400))) {
        expected.set(`${kind.name} ${entry.id}`, {
          body: kind.fold(entry.parts.filter(Boolean).join(' ')),
          archived: entry.archived ? 1 : 0,
        });
      }
    }
  }
  const { rows } = await sql<{ kind: string; ref_id: number; archived: 0 | 1; body: string | null }>`
    select r.kind, r.ref_id, r.archived, i.body from search_rows r left join search_index i on i.rowid = r.id`.execute(
    db,
  );
  const drift: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${row.kind} ${row.ref_id}`;
    seen.add(key);
    const want = expected.get(key);
    if (!want) drift.push(`${key} is indexed but does not exist`);
    else if (words(row.body) !== words(want.body))
      drift.push(`${key} is indexed as "${String(row.body)}" instead of "${want.body}"`);
    else if (row.archived !== want.archived)
      drift.push(`${key} is indexed with archived = ${row.archived} instead of ${want.archived}`);
  }
  for (const key of expected.keys()) if (!seen.has(key)) drift.push(`${key} is not indexed`);
  const { rows: orphans } = await sql<{ rowid: number }>`
    select rowid from search_index where rowid not in (select id from search_rows)`.execute(db);
  for (const { rowid } of orphans) drift.push(`search_index row ${rowid} has no search row`);
  return drift;
}
