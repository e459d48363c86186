import { sql } from 'kysely';
import type { SearchDb, SearchEntry, SearchKind } from './search-kind';

/** Well under SQLite's limit on bound parameters per statement. */
const CHUNK = 400;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const storedText = (kind: SearchKind, entry: SearchEntry) => kind.fold(entry.parts.filter(Boolean).join(' '));

/**
 * Rewrites the search rows of these ids of one kind from what the vault holds now; an id whose row no longer exists
 * loses its search row. `search_rows` maps (kind, id) to the FTS rowid through its unique index, so this is a few
 * lookups whatever the size of the index.
 */
export async function reindexSearchRows(db: SearchDb, kind: SearchKind, ids: readonly number[]): Promise<void> {
  for (const part of chunks([...new Set(ids)])) {
    const entries = await kind.load(db, part);
    const present = new Set(entries.map((e) => e.id));
    const gone = part.filter((id) => !present.has(id));
    const removed =
      gone.length === 0
        ? []
        : await db
            .deleteFrom('search_rows')
            .where('kind', '=', kind.name)
            .where('ref_id', 'in', gone)
            .returning('id')
            .execute();
    const kept =
      entries.length === 0
        ? []
        : await db
            .insertInto('search_rows')
            .values(
              entries.map((e) => ({
                kind: kind.name,
                ref_id: e.id,
                archived: e.archived ? (1 as const) : (0 as const),
              })),
            )
            .onConflict((oc) =>
              oc.columns(['kind', 'ref_id']).doUpdateSet((eb) => ({ archived: eb.ref('excluded.archived') })),
            )
            .returning(['id', 'ref_id'])
            .execute();
    const stale = [...removed, ...kept].map((r) => r.id);
    if (stale.length > 0) await sql`delete from search_index where rowid in (${sql.join(stale)})`.execute(db);
    if (kept.length === 0) continue;
    const rowidOf = new Map(kept.map((r) => [r.ref_id, r.id]));
    const values = entries.map((e) => sql`(${rowidOf.get(e.id)}, ${storedText(kind, e)})`);
    await sql`insert into search_index (rowid, body) values ${sql.join(values)}`.execute(db);
  }
}

/** Rebuilds the whole index from the tables: after bulk writes (fixture) that skipped per-row upkeep. */
export async function rebuildSearchIndex(db: SearchDb, kinds: readonly SearchKind[]): Promise<void> {
  await sql`delete from search_index`.execute(db);
  await db.deleteFrom('search_rows').execute();
  for (const kind of kinds) await reindexSearchRows(db, kind, await kind.ids(db));
}

export interface SearchRowRef {
  kind: string;
  id: number;
}

/**
 * How many matches a short-prefix search ranks: enough to fill any page of hits (at most 100) twice over, few enough
 * that scoring them costs well under a millisecond.
 */
export const SHORT_PREFIX_CANDIDATES = 200;

/**
 * The rows of these kinds whose text matches an FTS5 expression (shared/search-fold.ts builds it), best first; equal
 * scores by id, then in the order the kinds are given. Archived rows only when asked.
 *
 * `shortPrefix` (every word of the query one or two letters: shared/search-fold.ts isShortPrefixQuery) ranks only the
 * first SHORT_PREFIX_CANDIDATES matches in index order: "a" matches most of a 100,000-prisoner vault, and scoring every
 * match with bm25 before the LIMIT took 66 ms. FTS5 hands its matches over in rowid order, so the candidates cost what
 * they are; the next letter typed narrows the search, and its full ranking, at once.
 */
export async function matchSearchRows(
  db: SearchDb,
  input: { match: string; kinds: readonly string[]; limit: number; includeArchived: boolean; shortPrefix?: boolean },
): Promise<SearchRowRef[]> {
  if (input.kinds.length === 0) return [];
  const archived = input.includeArchived ? sql`1` : sql`r.archived = 0`;
  const kindOrder = sql`case r.kind ${sql.join(
    input.kinds.map((kind, i) => sql`when ${kind} then ${i}`),
    sql` `,
  )} end`;
  // CROSS JOIN keeps the FTS table outermost: the match drives, each hit is one primary-key lookup in search_rows.
  // Reading the FTS rowid only, never its content column, keeps a one-letter search (thousands of matches) fast.
  const matches = sql`search_index i cross join search_rows r on r.id = i.rowid
    where search_index match ${input.match} and r.kind in (${sql.join(input.kinds)}) and ${archived}`;
  const { rows } = input.shortPrefix
    ? await sql<SearchRowRef>`
        select kind, id from (
          select r.kind as kind, r.ref_id as id, bm25(search_index) as score, ${kindOrder} as kind_order
          from ${matches}
          order by i.rowid
          limit ${SHORT_PREFIX_CANDIDATES})
        order by score, id, kind_order
        limit ${input.limit}`.execute(db)
    : await sql<SearchRowRef>`
        select r.kind as kind, r.ref_id as id from ${matches}
        order by bm25(search_index), r.ref_id, ${kindOrder}
        limit ${input.limit}`.execute(db);
  return rows;
}
