import type { ColumnLook } from '../../../shared/import-export/import-export.schemas';
import type { CsvRow } from './csv-parse';
import { cellText, matchKey } from './import-words';

/** Cells read per column: enough to tell, few enough to cost nothing on a large file. */
const SAMPLE_CELLS = 50;
/** Rows read at most: a column empty at the top of a large file is not read to its end. */
const SAMPLE_ROWS = 1000;
/** Share of a column's non-empty sampled cells that must look alike for the column to be called so. */
const SHARE = 0.8;

/** 31/03/2026, 2026-03-31, 31.3.26: digits in three groups, as spreadsheets write dates (real or not). */
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;
/** 12345, A-778, 777/24, TR-1001, 2024 12 33: a few letters at most around digits. */
const NUMBER_LIKE = /^\p{L}{0,4}[\s#°/.-]*\d[\d\s/.-]*\p{L}{0,2}$/u;
/** Words that name a prison in the languages the groups write to (folded, whole words). */
const PRISON_WORDS = [
  'prison',
  'maison d arret',
  'centre penitentiaire',
  'centre de detention',
  'maison centrale',
  'penitentiaire',
  'penitentiary',
  'correctional',
  'jail',
  'hmp',
  'jva',
  'justizvollzugsanstalt',
  'gefangnis',
  'centro penitenciario',
  'prision',
  'carcel',
  'cezaevi',
  'casa circondariale',
  'carcere',
  'gevangenis',
  'areszt',
  'zaklad karny',
  'korydallos',
];
const PRISON = new RegExp(`(^| )(${PRISON_WORDS.join('|')})( |$)`);

function lookOf(text: string): ColumnLook | null {
  if (DATE_LIKE.test(text)) return 'date';
  if (NUMBER_LIKE.test(text)) return 'number';
  if (PRISON.test(matchKey(text))) return 'prison';
  return null;
}

/**
 * What each column's cells look like, from its first non-empty cells: a column of dates, numbers or prison names is
 * one a user probably meant to import, so leaving it unmapped earns a warning (a custody date under a header the
 * guesser does not know would otherwise be dropped without a word).
 */
export function columnLooks(rows: Iterable<CsvRow>, columns: number): (ColumnLook | null)[] {
  const samples: string[][] = Array.from({ length: columns }, () => []);
  let full = 0;
  let read = 0;
  for (const row of rows) {
    read += 1;
    if (read > SAMPLE_ROWS) break;
    for (let column = 0; column < columns; column += 1) {
      const sample = samples[column] as string[];
      if (sample.length >= SAMPLE_CELLS) continue;
      const text = cellText(row.cells[column]);
      if (text === '') continue;
      sample.push(text);
      if (sample.length === SAMPLE_CELLS) full += 1;
    }
    if (full === columns) break;
  }
  return samples.map((sample) => {
    if (sample.length === 0) return null;
    const counts = new Map<ColumnLook, number>();
    for (const text of sample) {
      const look = lookOf(text);
      if (look) counts.set(look, (counts.get(look) ?? 0) + 1);
    }
    for (const [look, count] of counts) if (count >= SHARE * sample.length) return look;
    return null;
  });
}
