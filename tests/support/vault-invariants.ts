import { sql, type Kysely } from 'kysely';
import { sortName } from '../../db/registry/prisoners.rows';
import type { Database } from '../../db/schema';
import { foldForIndex } from '../../shared/search-fold';
import { attentionProblems } from './attention-consistency';
import { ledgerTotalsProblems } from './ledger-totals-consistency';
import { searchIndexDrift } from './search-index-consistency';

/**
 * What must hold in an open vault whatever calls came before: SQLite finds nothing wrong, no row points to a
 * missing one, and what is derived from the rows (the search index, the sort key) says what the rows say. Each
 * returns the problems found, in words.
 */

export async function sqliteProblems(db: Kysely<Database>): Promise<string[]> {
  const problems: string[] = [];
  const { rows: integrity } = await sql<Record<string, string>>`pragma integrity_check`.execute(db);
  const verdict = integrity.map((row) => Object.values(row)[0]);
  if (verdict.length !== 1 || verdict[0] !== 'ok') problems.push(`integrity_check: ${verdict.join('; ')}`);
  const { rows: dangling } = await sql<Record<string, unknown>>`pragma foreign_key_check`.execute(db);
  if (dangling.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(dangling)}`);
  try {
    // FTS5's own check that its index matches its content.
    await sql`insert into search_index (search_index) values ('integrity-check')`.execute(db);
  } catch (error) {
    problems.push(`search_index integrity-check: ${error instanceof Error ? error.message : String(error)}`);
  }
  return problems;
}

/**
 * The words of a search row, in any order: the handlers join names, numbers and tags in the order the tables return
 * them, and that order means nothing to a search.
 */
const words = (parts: readonly (string | null)[]) =>
  foldForIndex(parts.filter(Boolean).join(' ')).split(' ').filter(Boolean).sort();

/** The rows the index should hold, recomputed from the tables: prisoners' names, numbers and tags; facilities' name and city. */
async function expectedRows(db: Kysely<Database>): Promise<Map<string, string[]>> {
  const people = await db.selectFrom('prisoners').select(['id', 'family_name', 'given_names', 'known_as']).execute();
  const numbers = await db
    .selectFrom('stays')
    .select(['prisoner_id', 'prisoner_number'])
    .where('prisoner_number', 'is not', null)
    .execute();
  const tags = await db
    .selectFrom('prisoner_tags as pt')
    .innerJoin('tags as t', 't.id', 'pt.tag_id')
    .select(['pt.prisoner_id', 't.name'])
    .execute();
  const places = await db.selectFrom('facilities').select(['id', 'name', 'city']).execute();
  const extra = new Map<number, string[]>();
  for (const { prisoner_id, prisoner_number } of numbers)
    extra.set(prisoner_id, [...(extra.get(prisoner_id) ?? []), prisoner_number ?? '']);
  for (const { prisoner_id, name } of tags) extra.set(prisoner_id, [...(extra.get(prisoner_id) ?? []), name]);
  const expected = new Map<string, string[]>();
  for (const p of people)
    expected.set(`prisoner ${p.id}`, words([p.family_name, p.given_names, p.known_as, ...(extra.get(p.id) ?? [])]));
  for (const f of places) expected.set(`facility ${f.id}`, words([f.name, f.city]));
  return expected;
}

export async function searchIndexProblems(db: Kysely<Database>): Promise<string[]> {
  const expected = await expectedRows(db);
  const { rows } = await sql<{ kind: string; ref_id: number; body: string | null }>`
    select r.kind, r.ref_id, i.body from search_rows r left join search_index i on i.rowid = r.id`.execute(db);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${row.kind} ${row.ref_id}`;
    const want = expected.get(key);
    if (seen.has(key)) problems.push(`${key}: more than one search row`);
    seen.add(key);
    if (!want) problems.push(`${key}: a search row for a row that does not exist`);
    else if (JSON.stringify((row.body ?? '').split(' ').filter(Boolean).sort()) !== JSON.stringify(want)) {
      problems.push(`${key}: search row ${JSON.stringify(row.body)}, expected the words ${JSON.stringify(want)}`);
    }
  }
  for (const key of expected.keys()) if (!seen.has(key)) problems.push(`${key}: no search row`);
  return problems;
}

/** The list's sort key is derived from the names too: a write that skipped it would misplace the prisoner. */
export async function sortNameProblems(db: Kysely<Database>): Promise<string[]> {
  const people = await db.selectFrom('prisoners').select(['id', 'family_name', 'given_names', 'sort_name']).execute();
  return people
    .filter((p) => p.sort_name !== sortName(p.family_name, p.given_names))
    .map(
      (p) =>
        `prisoner ${p.id}: sort_name ${JSON.stringify(p.sort_name)}, expected ${JSON.stringify(sortName(p.family_name, p.given_names))}`,
    );
}

export async function vaultProblems(db: Kysely<Database>): Promise<string[]> {
  return [
    ...(await sqliteProblems(db)),
    ...(await searchIndexProblems(db)),
    // The kinds' own view of the index: their load and folding, archived flags, text no search row points to.
    ...(await searchIndexDrift(db)),
    ...(await sortNameProblems(db)),
    // The dashboard's per-prisoner summary, kept by triggers (migration 015).
    ...(await attentionProblems(db)),
    // Each account's money per fund, category and month, kept by triggers (migration 019).
    ...(await ledgerTotalsProblems(db)),
  ];
}
