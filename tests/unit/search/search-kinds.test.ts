import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, test } from 'vitest';
import { foldForIndex, ftsQuery } from '../../../shared/search-fold';
import type { SearchKind } from '../../../db/search/search-kind';
import { searchKinds } from '../../../db/search/search-kinds';
import { matchSearchRows, rebuildSearchIndex, reindexSearchRows } from '../../../db/search/search-index.queries';
import { searchIndexDrift } from '../../support/search-index-consistency';
import { TestApp } from '../../support/test-app';
import { facility, muret, prisoner } from '../registry/registry-data';

/** The rows of a kind that exists only in this test: what a domain's table would hold. */
const notes = new Map<number, { text: string; archived: boolean }>();

/** A test-only kind, folded like a bank reference: its words, and the whole text again without its spaces. */
const noteKind: SearchKind = {
  name: 'test-note',
  fold: (text) => `${foldForIndex(text)} ${foldForIndex(text).replaceAll(' ', '')}`,
  ids: () => Promise.resolve([...notes.keys()]),
  load: (_db, ids) =>
    Promise.resolve(
      ids.flatMap((id) => {
        const note = notes.get(id);
        return note ? [{ id, parts: [note.text], archived: note.archived }] : [];
      }),
    ),
};
const kinds = [...searchKinds, noteKind];

let r: TestApp;
const db = () => r.app.context.vault.db;
const find = async (text: string, includeArchived = false) =>
  matchSearchRows(db(), { match: ftsQuery(text) ?? '', kinds: [noteKind.name], limit: 50, includeArchived });

beforeAll(async () => {
  r = await TestApp.create();
});

describe('a search kind registered by a domain', () => {
  test('is indexed, found, hidden when archived and removed with its row, beside the registry’s kinds', async () => {
    notes.set(3, { text: 'Lettre à Gülşen', archived: false });
    notes.set(5, { text: 'FR76 3000 6000', archived: false });
    const someone = await prisoner(r, { familyName: 'Lettré' });
    await reindexSearchRows(db(), noteKind, [3, 5]);
    expect(await searchIndexDrift(db(), kinds)).toEqual([]);

    expect(await find('gulsen')).toEqual([{ kind: 'test-note', id: 3 }]);
    // Its own folding: the reference is found typed without spaces.
    expect(await find('fr7630')).toEqual([{ kind: 'test-note', id: 5 }]);
    // A search for some kinds sees only those: the registry's search never returns a note, notes never a prisoner.
    expect((await r.call('search:query', { text: 'lett' })).hits.map((h) => [h.kind, h.id])).toEqual([
      ['prisoner', someone],
    ]);
    expect(await find('lett')).toEqual([{ kind: 'test-note', id: 3 }]);

    notes.set(3, { text: 'Lettre à Gülşen', archived: true });
    await reindexSearchRows(db(), noteKind, [3]);
    expect(await find('gulsen')).toEqual([]);
    expect(await find('gulsen', true)).toEqual([{ kind: 'test-note', id: 3 }]);

    notes.delete(3);
    await reindexSearchRows(db(), noteKind, [3]);
    expect(await find('gulsen', true)).toEqual([]);
    expect(await searchIndexDrift(db(), kinds)).toEqual([]);
  });

  test('is rebuilt with the others by a full rebuild', async () => {
    notes.set(8, { text: 'Colis de Noël', archived: false });
    await rebuildSearchIndex(db(), kinds);
    expect(await searchIndexDrift(db(), kinds)).toEqual([]);
    expect(await find('noel')).toEqual([{ kind: 'test-note', id: 8 }]);
    expect((await r.call('search:query', { text: 'lettre' })).hits).toHaveLength(1);
  });

  test('has a name the table accepts: lower-case letters and dashes', async () => {
    for (const kind of searchKinds) expect(kind.name).toMatch(/^[a-z-]+$/);
    expect(new Set(searchKinds.map((k) => k.name)).size).toBe(searchKinds.length);
    await expect(
      db().insertInto('search_rows').values({ kind: 'Test Note', ref_id: 1, archived: 0 }).execute(),
    ).rejects.toThrow(/CHECK/);
  });
});

describe('search rows are not derived from the ids they point to', () => {
  test('the same id in three kinds has three rows, each text stored under its own search row', async () => {
    const own = await TestApp.create();
    const ownDb = own.app.context.vault.db;
    // The first facility and the first prisoner of a new vault: both have id 1, as does the note.
    const id = await facility(own, muret);
    expect(await prisoner(own, { familyName: 'Même' }, { facilityId: id })).toBe(id);
    notes.clear();
    notes.set(id, { text: 'Même numéro', archived: false });
    await reindexSearchRows(ownDb, noteKind, [id]);
    const { rows } = await sql<{ kind: string; id: number; text_rowid: number | null }>`
      select r.kind, r.id, i.rowid as text_rowid from search_rows r left join search_index i on i.rowid = r.id
      where r.ref_id = ${id}`.execute(ownDb);
    expect(rows.map((row) => row.kind).sort()).toEqual(['facility', 'prisoner', 'test-note']);
    expect(new Set(rows.map((row) => row.id)).size).toBe(3);
    for (const row of rows) expect(row.text_rowid).toBe(row.id);
    expect(await searchIndexDrift(ownDb, kinds)).toEqual([]);
    const found = await matchSearchRows(ownDb, {
      match: ftsQuery('meme') ?? '',
      kinds: kinds.map((k) => k.name),
      limit: 10,
      includeArchived: false,
    });
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'prisoner', id },
        { kind: 'test-note', id },
      ]),
    );
  });

  test('no query computes a kind from a rowid (no parity, no halving)', () => {
    const root = path.resolve(import.meta.dirname, '../../../db');
    const files = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.startsWith('migrations'));
    const arithmetic = /rowid\s*[%/*+-]\s*\d|\d\s*[*+]\s*\w*rowid|Rowid\s*=\s*\(id/i;
    const offenders = files.filter((f) => arithmetic.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(files.length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});
