import { sql } from 'kysely';
import { foldForSearch } from '../../shared/search-fold';
import { tagNamesByPrisoner } from './prisoner-tags.queries';
import type { RegistryDb } from './registry-db';

/**
 * One search row per prisoner and per facility. Its rowid is derived from the row it points to (prisoners even,
 * facilities odd), so rewriting or deleting one is a rowid lookup, not a scan of the FTS table's unindexed columns.
 */
const prisonerRowid = (id: number) => id * 2;
const facilityRowid = (id: number) => id * 2 + 1;

/** What a search row's rowid points to. */
export function searchRowTarget(rowid: number): { kind: 'prisoner' | 'facility'; id: number } {
  return { kind: rowid % 2 === 0 ? 'prisoner' : 'facility', id: Math.floor(rowid / 2) };
}

/** Well under SQLite's limit on bound parameters per statement. */
const CHUNK = 400;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const searchText = (parts: readonly (string | null | undefined)[]) => foldForSearch(parts.filter(Boolean).join(' '));

interface IndexRow {
  rowid: number;
  kind: 'prisoner' | 'facility';
  refId: number;
  body: string;
}

async function replaceRows(db: RegistryDb, rowids: readonly number[], rows: readonly IndexRow[]): Promise<void> {
  if (rowids.length > 0) await sql`delete from search_index where rowid in (${sql.join(rowids)})`.execute(db);
  if (rows.length === 0) return;
  const values = rows.map((r) => sql`(${r.rowid}, ${r.kind}, ${r.refId}, ${r.body})`);
  await sql`insert into search_index (rowid, kind, ref_id, body) values ${sql.join(values)}`.execute(db);
}

/**
 * Rewrites the search rows of these prisoners from what the vault holds now: names, every prisoner number they ever
 * had, their tags' names. A prisoner that no longer exists loses its row.
 */
export async function reindexPrisoners(db: RegistryDb, ids: readonly number[]): Promise<void> {
  for (const part of chunks([...new Set(ids)])) {
    const people = await db
      .selectFrom('prisoners')
      .select(['id', 'family_name', 'given_names', 'known_as'])
      .where('id', 'in', part)
      .execute();
    const numbers = await db
      .selectFrom('stays')
      .select(['prisoner_id', 'prisoner_number'])
      .where('prisoner_id', 'in', part)
      .where('prisoner_number', 'is not', null)
      .execute();
    const tags = await tagNamesByPrisoner(db, part);
    const extra = new Map<number, string[]>();
    for (const { prisoner_id, prisoner_number } of numbers) extra.set(prisoner_id, [...(extra.get(prisoner_id) ?? []), prisoner_number ?? '']);
    for (const [prisonerId, names] of tags) extra.set(prisonerId, [...(extra.get(prisonerId) ?? []), ...names]);
    const rows = people.map((p) => ({
      rowid: prisonerRowid(p.id),
      kind: 'prisoner' as const,
      refId: p.id,
      body: searchText([p.family_name, p.given_names, p.known_as, ...(extra.get(p.id) ?? [])]),
    }));
    await replaceRows(db, part.map(prisonerRowid), rows);
  }
}

/** Rewrites the search rows of these facilities (name and city); a facility that no longer exists loses its row. */
export async function reindexFacilities(db: RegistryDb, ids: readonly number[]): Promise<void> {
  for (const part of chunks([...new Set(ids)])) {
    const places = await db.selectFrom('facilities').select(['id', 'name', 'city']).where('id', 'in', part).execute();
    const rows = places.map((f) => ({ rowid: facilityRowid(f.id), kind: 'facility' as const, refId: f.id, body: searchText([f.name, f.city]) }));
    await replaceRows(db, part.map(facilityRowid), rows);
  }
}

/** Rebuilds the whole index from the tables: after bulk writes (fixture, import) that skipped per-row upkeep. */
export async function rebuildSearchIndex(db: RegistryDb): Promise<void> {
  await sql`delete from search_index`.execute(db);
  const prisoners = await db.selectFrom('prisoners').select('id').execute();
  const facilities = await db.selectFrom('facilities').select('id').execute();
  await reindexPrisoners(
    db,
    prisoners.map((r) => r.id),
  );
  await reindexFacilities(
    db,
    facilities.map((r) => r.id),
  );
}
