import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

/** What the search index's queries take first: the vault, or a transaction on it. */
export type SearchDb = Kysely<Database> | Transaction<Database>;

/** The searchable text of one row of a kind, as its domain loads it now. */
export interface SearchEntry {
  id: number;
  /** Pieces of text joined with spaces, then folded; empty pieces are skipped. */
  parts: readonly (string | null | undefined)[];
  /** Archived rows stay in the index; a search finds them only when asked to. */
  archived: boolean;
}

/**
 * One kind of thing the search index holds (a prisoner, a facility; later a letter, a member...). A domain declares
 * it next to its queries and registers it in db/search/search-kinds.ts; the index keeps one row per (kind, id).
 */
export interface SearchKind {
  /** Stored in every search row of this kind: lower-case letters and dashes, never renamed once shipped. */
  name: string;
  /** Every id this kind has now: what a full rebuild indexes. */
  ids(db: SearchDb): Promise<number[]>;
  /** The entries of those ids that still exist (at most a few hundred per call); an id without one loses its row. */
  load(db: SearchDb, ids: readonly number[]): Promise<SearchEntry[]>;
  /**
   * Turns the joined text into what is stored. Queries are folded by foldForIndex (shared/search-fold.ts), so a
   * kind's folding must keep its words matchable by those: foldForIndex itself, or foldForIndex plus extra words.
   */
  fold(text: string): string;
}
