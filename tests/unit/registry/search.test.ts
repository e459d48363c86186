import { sql } from 'kysely';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SearchHit } from '../../../shared/registry/search.schemas';
import { facility, forest, muret, prisoner, tegel } from './registry-data';
import { TestApp } from '../../support/test-app';

let r: TestApp;
const ids: Record<string, number> = {};
let tarnac = 0;

const titles = (hits: SearchHit[]) => hits.map((h) => h.title);
const search = async (text: string, includeArchived = false) =>
  (await r.call('search:query', { text, includeArchived })).hits;

beforeAll(async () => {
  r = await TestApp.create();
  const fr = await facility(r, muret);
  await facility(r, forest);
  const de = await facility(r, tegel);
  ids.lodz = await facility(r, {
    name: 'Areszt Śledczy',
    kind: 'remand',
    address: { country: 'PL', street: 'ul. Smutna 1', postcode: '91-729', city: 'Łódź' },
  });
  ids.gulsen = await prisoner(
    r,
    { familyName: 'Yıldız', givenNames: 'Gülşen' },
    { facilityId: fr, prisonerNumber: '12345' },
  );
  ids.caglar = await prisoner(r, { familyName: 'Çağlar', givenNames: 'İbrahim' });
  ids.walesa = await prisoner(
    r,
    { familyName: 'Wałęsa', givenNames: 'Łukasz' },
    { facilityId: ids.lodz, prisonerNumber: 'PL-77' },
  );
  ids.jurgen = await prisoner(
    r,
    { familyName: 'Straßer', givenNames: 'Jürgen' },
    { facilityId: de, prisonerNumber: '777/24' },
  );
  ids.sokratis = await prisoner(r, { familyName: 'Παπαδόπουλος', givenNames: 'Σωκράτης' });
  ids.helene = await prisoner(r, { familyName: 'Lefèvre', givenNames: 'Hélène', knownAs: 'Léna' });
  ids.francoise = await prisoner(r, { familyName: 'Dubœuf', givenNames: 'Françoise' });
  tarnac = (await r.call('tags:create', { name: 'Procès de Tarnac' })).id;
  await r.call('prisoners:setTags', { prisonerId: ids.francoise, tagIds: [tarnac] });
});

describe('search is blind to accents and case', () => {
  test.each([
    ['gulsen', 'gulsen'],
    ['GÜLŞEN', 'gulsen'],
    ['yildiz', 'gulsen'],
    ['caglar', 'caglar'],
    ['ibrahim', 'caglar'],
    ['walesa', 'walesa'],
    ['lukasz', 'walesa'],
    ['strasser', 'jurgen'],
    ['jurgen', 'jurgen'],
    ['παπαδοπουλος', 'sokratis'],
    ['ΣΩΚΡΑΤΗΣ', 'sokratis'],
    ['σωκρ', 'sokratis'],
    ['helene', 'helene'],
    ['lena', 'helene'],
    ['francoise', 'francoise'],
    ['duboeuf', 'francoise'],
  ])('"%s" finds %s', async (text, who) => {
    const hits = await search(text);
    expect(hits.filter((h) => h.kind === 'prisoner').map((h) => h.id)).toEqual([ids[who]]);
  });

  test('each prefix typed so far narrows to the person ("g", "gü", "gül"...)', async () => {
    for (const prefix of ['gü', 'gül', 'gülş', 'gülşe', 'gülşen yı', 'gülşen yıldız']) {
      expect((await search(prefix)).map((h) => h.id)).toContain(ids.gulsen);
    }
  });

  test('a prisoner number finds its prisoner, with where they are now', async () => {
    const [hit] = await search('12345');
    expect(hit).toMatchObject({
      kind: 'prisoner',
      id: ids.gulsen,
      prisonerNumber: '12345',
      facilityName: muret.name,
      status: 'unknown',
    });
    expect((await search('777/24')).map((h) => h.id)).toEqual([ids.jurgen]);
    expect((await search('pl-77')).map((h) => h.id)).toEqual([ids.walesa]);
  });

  test('facility names and cities are found, Polish letters folded ("lodz" finds Łódź)', async () => {
    const hits = await search('lodz');
    expect(hits.filter((h) => h.kind === 'facility')).toEqual([
      { kind: 'facility', id: ids.lodz, title: 'Areszt Śledczy', city: 'Łódź', country: 'PL' },
    ]);
    expect(titles(await search('seysses'))).toEqual([muret.name]);
    expect(titles(await search('sledczy'))).toEqual(['Areszt Śledczy']);
  });

  test('tag names are searchable, and renaming a tag rewrites the prisoners it is on', async () => {
    expect((await search('proces tarnac')).map((h) => h.id)).toEqual([ids.francoise]);
    await r.call('tags:update', { id: tarnac, tag: { name: 'Affaire Tarnac' } });
    expect(await search('proces')).toEqual([]);
    expect((await search('affaire')).map((h) => h.id)).toEqual([ids.francoise]);
  });

  test('text that is FTS syntax is searched as words, never run as a query', async () => {
    for (const text of ['"', 'gulsen OR caglar', 'NEAR(a b)', '*', 'a:b', '-gulsen', '^x']) {
      const result = await r.call('search:query', { text });
      expect(Array.isArray(result.hits)).toBe(true);
    }
    expect(await search('   ')).toEqual([]);
  });
});

describe('archived rows', () => {
  test('archiving hides a prisoner from search and the list until asked; unarchiving brings them back', async () => {
    const id = await prisoner(r, { familyName: 'Archivé', givenNames: 'Zéphyrin' });
    expect((await search('zephyrin')).map((h) => h.id)).toEqual([id]);
    await r.call('prisoners:archive', { id, archived: true });
    expect(await search('zephyrin')).toEqual([]);
    expect((await search('zephyrin', true)).map((h) => h.id)).toEqual([id]);
    expect((await r.call('prisoners:list', {})).rows.map((p) => p.id)).not.toContain(id);
    expect((await r.call('prisoners:list', { includeArchived: true })).rows.map((p) => p.id)).toContain(id);
    await r.call('prisoners:archive', { id, archived: false });
    expect((await search('zephyrin')).map((h) => h.id)).toEqual([id]);
  });

  test('archiving a facility hides it from search and from the facility list', async () => {
    const id = await facility(r, {
      name: 'Maison centrale de Clairvaux',
      kind: 'prison',
      address: { country: 'FR', city: 'Ville-sous-la-Ferté' },
    });
    await r.call('facilities:archive', { id, archived: true });
    expect(await search('clairvaux')).toEqual([]);
    expect((await search('clairvaux', true)).map((h) => h.id)).toEqual([id]);
    expect((await r.call('facilities:list', {})).map((f) => f.id)).not.toContain(id);
    expect((await r.call('facilities:list', { includeArchived: true })).map((f) => f.id)).toContain(id);
  });

  test('a deleted prisoner and a deleted facility leave no search row behind', async () => {
    const place = await facility(r, {
      name: 'Prison de Nyon',
      kind: 'prison',
      address: { country: 'CH', city: 'Nyon' },
    });
    const id = await prisoner(r, { familyName: 'Éphémère' }, { facilityId: place, prisonerNumber: 'NY-1' });
    await r.call('prisoners:delete', { id, confirmed: true });
    await r.call('facilities:delete', { id: place });
    expect(await search('ephemere', true)).toEqual([]);
    expect(await search('nyon', true)).toEqual([]);
    const db = r.app.context.vault.db;
    const { rows } = await sql<{ n: number }>`select count(*) as n from search_rows
      where (kind = 'prisoner' and ref_id = ${id}) or (kind = 'facility' and ref_id = ${place})`.execute(db);
    expect(rows[0]?.n).toBe(0);
    // And no text is left without its row.
    const { rows: orphans } = await sql<{ n: number }>`select count(*) as n from search_index
      where rowid not in (select id from search_rows)`.execute(db);
    expect(orphans[0]?.n).toBe(0);
  });
});

describe('search index settings', () => {
  test('the index overwrites what it deletes (FTS5 secure-delete) and keeps one- and two-letter prefix indexes', async () => {
    const { rows } = await sql<{ k: string; v: unknown }>`select k, v from search_index_config`.execute(
      r.app.context.vault.db,
    );
    expect(rows).toContainEqual({ k: 'secure-delete', v: 1 });
    const { rows: schema } = await sql<{
      sql: string;
    }>`select sql from sqlite_master where name = 'search_index'`.execute(r.app.context.vault.db);
    expect(schema[0]?.sql).toMatch(/prefix = '1 2'/);
  });
});
