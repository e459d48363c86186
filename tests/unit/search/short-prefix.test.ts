import { beforeAll, describe, expect, test } from 'vitest';
import { foldForIndex, ftsQuery, isShortPrefixQuery } from '../../../shared/search-fold';
import type { SearchKind } from '../../../db/search/search-kind';
import { matchSearchRows, reindexSearchRows, SHORT_PREFIX_CANDIDATES } from '../../../db/search/search-index.queries';
import { TestApp } from '../../support/test-app';
import { facility, muret, prisoner } from '../registry/registry-data';

/** Two kinds that exist only in this test, each reading its own rows. */
const rows = { 'test-note': new Map<number, { text: string; archived: boolean }>(), 'test-other': new Map() };
const kindOf = (name: keyof typeof rows): SearchKind => ({
  name,
  fold: foldForIndex,
  ids: () => Promise.resolve([...rows[name].keys()]),
  load: (_db, ids) =>
    Promise.resolve(
      ids.flatMap((id) => {
        const row = rows[name].get(id);
        return row ? [{ id, parts: [row.text], archived: row.archived }] : [];
      }),
    ),
});
const noteKind = kindOf('test-note');
const otherKind = kindOf('test-other');

const EARLY = SHORT_PREFIX_CANDIDATES + 50;
const LATE = 40;

let r: TestApp;
const db = () => r.app.context.vault.db;
const find = (text: string, options: { shortPrefix: boolean; includeArchived?: boolean; kinds?: string[] }) =>
  matchSearchRows(db(), {
    match: ftsQuery(text) ?? '',
    kinds: options.kinds ?? [noteKind.name],
    limit: 30,
    includeArchived: options.includeArchived ?? false,
    shortPrefix: options.shortPrefix,
  });

beforeAll(async () => {
  r = await TestApp.create();
  // Indexed first (lowest search rowids): long texts, every fifth archived. Indexed last: the shortest texts, which
  // bm25 ranks above all the others.
  for (let id = 1; id <= EARLY; id += 1)
    rows['test-note'].set(id, { text: `Abel Martin dossier numéro ${id} du comité`, archived: id % 5 === 0 });
  await reindexSearchRows(db(), noteKind, [...rows['test-note'].keys()]);
  rows['test-other'].set(1, { text: 'Ab', archived: false });
  await reindexSearchRows(db(), otherKind, [1]);
  for (let id = EARLY + 1; id <= EARLY + LATE; id += 1) rows['test-note'].set(id, { text: 'Ab', archived: false });
  await reindexSearchRows(
    db(),
    noteKind,
    [...rows['test-note'].keys()].filter((id) => id > EARLY),
  );
});

describe('a query of one- or two-letter words', () => {
  test('is told apart from a longer one', () => {
    expect(isShortPrefixQuery('a')).toBe(true);
    expect(isShortPrefixQuery('Ab')).toBe(true);
    expect(isShortPrefixQuery('jo d')).toBe(true);
    expect(isShortPrefixQuery('Çé')).toBe(true);
    expect(isShortPrefixQuery('abe')).toBe(false);
    expect(isShortPrefixQuery('jo dup')).toBe(false);
    expect(isShortPrefixQuery('  ')).toBe(false);
  });

  test('ranks only the first matches in index order, so a late, better-scored row does not pass them', async () => {
    const full = await find('ab', { shortPrefix: false });
    // Ranked over every match, the short late texts come first.
    expect(full.slice(0, LATE).every((row) => row.id > EARLY)).toBe(true);
    const short = await find('ab', { shortPrefix: true });
    expect(short).toHaveLength(30);
    for (const row of short) {
      expect(row.kind).toBe('test-note');
      expect(row.id).toBeLessThanOrEqual(EARLY);
      expect(rows['test-note'].get(row.id)?.text).toMatch(/^Abel/);
    }
    expect(new Set(short.map((row) => row.id)).size).toBe(30);
  });

  test('leaves archived rows out unless asked, and returns only the kinds asked for', async () => {
    const short = await find('ab ma', { shortPrefix: true });
    expect(short).toHaveLength(30);
    expect(short.some((row) => rows['test-note'].get(row.id)?.archived)).toBe(false);
    const withArchived = await find('ab', { shortPrefix: true, includeArchived: true });
    expect(withArchived.some((row) => rows['test-note'].get(row.id)?.archived)).toBe(true);
    // The kinds are filtered before the candidates are taken: the other kind's one row comes after all the notes.
    expect(await find('ab', { shortPrefix: true, kinds: [otherKind.name] })).toEqual([{ kind: 'test-other', id: 1 }]);
  });

  test('finds what it finds with the full ranking when the matches are few', async () => {
    expect(await find('zz', { shortPrefix: true })).toEqual([]);
    expect(await find('ab 7', { shortPrefix: true })).toEqual(await find('ab 7', { shortPrefix: false }));
  });

  test('through search:query: prisoners and facilities only, archived prisoners left out', async () => {
    const kept = await prisoner(r, { familyName: 'Abadie', givenNames: 'Marc' });
    const archived = await prisoner(r, { familyName: 'Abbas', givenNames: 'Nora' });
    await r.call('prisoners:archive', { id: archived, archived: true });
    const place = await facility(r, { ...muret, name: 'Abbaye de Muret' });
    const { hits } = await r.call('search:query', { text: 'ab' });
    expect(hits.map((hit) => [hit.kind, hit.id]).sort()).toEqual(
      [
        ['facility', place],
        ['prisoner', kept],
      ].sort(),
    );
    expect((await r.call('search:query', { text: 'a', includeArchived: true })).hits.map((hit) => hit.id)).toContain(
      archived,
    );
  });
});
