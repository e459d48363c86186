import type { Candidate, EveningLetterInputIn } from '../../../shared/evenings/evenings.schemas';

/** One row of the evening's grid as typed: numbers stay text until the save reads them. */
export interface GridRow {
  key: number;
  prisonerId: number;
  writerMemberId: number | null;
  pages: string;
  photos: string;
  stamps: string;
  language: string;
  status: 'draft' | 'sent';
  summary: string;
}

let nextKey = 1;

/** A key no row on the page has yet. */
export const freshKey = () => nextKey++;

export function newRow(prisonerId: number, from?: GridRow): GridRow {
  return {
    key: freshKey(),
    prisonerId,
    writerMemberId: from?.writerMemberId ?? null,
    pages: '',
    photos: '',
    stamps: '',
    language: from?.language ?? '',
    status: from?.status ?? 'sent',
    summary: '',
  };
}

/**
 * Who the row Enter adds is for: the first person of the evening who has no row yet, else the same person as the
 * row it follows (a second letter to them, by another writer).
 */
export function nextPrisoner(chosen: readonly Candidate[], rows: readonly GridRow[], after: GridRow): number {
  const written = new Set(rows.map((r) => r.prisonerId));
  return chosen.find((c) => !written.has(c.prisonerId))?.prisonerId ?? after.prisonerId;
}

/** An empty box is no value; anything else goes as typed, for the vault's schema to accept or name. */
const countOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

export function rowInput(row: GridRow): EveningLetterInputIn {
  return {
    prisonerId: row.prisonerId,
    writerMemberId: row.writerMemberId,
    status: row.status,
    pages: countOf(row.pages),
    photos: countOf(row.photos),
    stamps: countOf(row.stamps),
    language: row.language.trim() === '' ? null : row.language.trim(),
    summary: row.summary.trim() === '' ? null : row.summary,
  };
}
