import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, test } from 'vitest';
import { searchIndexDrift } from '../../support/search-index-consistency';
import { tempDir } from '../../support/temp-dir';
import { ImportApp } from '../import-export/import-app';
import { facility, muret, prisoner } from './registry-data';

let r: ImportApp;
let trial = 0;
let other = 0;
const id: Record<string, number> = {};
const db = () => r.app.context.vault.db;
const carriers = async (tagId: number) =>
  (await r.call('prisoners:list', { tagIds: [tagId], includeArchived: true })).rows.map((p) => p.id).sort();

beforeAll(async () => {
  r = await ImportApp.create();
  const place = await facility(r, muret);
  trial = (await r.call('tags:create', { name: 'Procès de Lyon' })).id;
  other = (await r.call('tags:create', { name: 'Antirep' })).id;
  for (const name of ['Adam', 'Bérénice', 'Chloé', 'Damien']) id[name] = await prisoner(r, { familyName: name });
  id.Eloi = await prisoner(r, { familyName: 'Éloi' }, { facilityId: place, prisonerNumber: '4242' });
  await r.call('prisoners:setTags', { prisonerId: id.Adam ?? 0, tagIds: [trial] });
});

describe('prisoners:bulkTag', () => {
  test('adds a tag to many prisoners at once, reporting only those who did not carry it yet', async () => {
    const before = await r.call('prisoners:get', { id: id.Bérénice ?? 0 });
    const { changed } = await r.call('prisoners:bulkTag', {
      prisonerIds: [id.Adam ?? 0, id.Bérénice ?? 0, id.Chloé ?? 0, id.Chloé ?? 0],
      tagId: trial,
      action: 'add',
    });
    expect(changed).toEqual([id.Bérénice, id.Chloé]);
    expect(await carriers(trial)).toEqual([id.Adam, id.Bérénice, id.Chloé]);
    // The change is the prisoner's: "last changed" moves, and the tag's name finds them.
    const after = await r.call('prisoners:get', { id: id.Bérénice ?? 0 });
    expect(after.prisoner.updatedAt > before.prisoner.updatedAt).toBe(true);
    const hits = (await r.call('search:query', { text: 'proces lyon' })).hits.map((h) => h.id).sort();
    expect(hits).toEqual([id.Adam, id.Bérénice, id.Chloé]);
    expect(await searchIndexDrift(db())).toEqual([]);
  });

  test('removes it, and the opposite action on what changed undoes it exactly', async () => {
    const selection = [id.Adam ?? 0, id.Chloé ?? 0, id.Damien ?? 0];
    const removed = await r.call('prisoners:bulkTag', { prisonerIds: selection, tagId: trial, action: 'remove' });
    // Damien never carried it: the undo must not give it to him.
    expect(removed.changed).toEqual([id.Adam, id.Chloé]);
    expect(await carriers(trial)).toEqual([id.Bérénice]);
    expect((await r.call('search:query', { text: 'proces lyon' })).hits.map((h) => h.id)).toEqual([id.Bérénice]);
    await r.call('prisoners:bulkTag', { prisonerIds: removed.changed, tagId: trial, action: 'add' });
    expect(await carriers(trial)).toEqual([id.Adam, id.Bérénice, id.Chloé]);
    expect(await searchIndexDrift(db())).toEqual([]);
  });

  test('an unknown tag is NOT_FOUND and changes nobody; a prisoner deleted since the list was shown is skipped', async () => {
    const error = await r.fail('prisoners:bulkTag', { prisonerIds: [id.Damien ?? 0], tagId: 999_999, action: 'add' });
    expect(error.code).toBe('NOT_FOUND');
    const gone = await prisoner(r, { familyName: 'Parti' });
    await r.call('prisoners:delete', { id: gone });
    const { changed } = await r.call('prisoners:bulkTag', {
      prisonerIds: [gone, id.Damien ?? 0],
      tagId: other,
      action: 'add',
    });
    expect(changed).toEqual([id.Damien]);
  });

  test('one transaction: a failure halfway leaves every prisoner as they were', async () => {
    // A trigger that refuses the 450th row, past the first chunk of 400, stands in for a crash in the middle.
    const many: number[] = [];
    for (let i = 0; i < 460; i += 1) many.push(await prisoner(r, { familyName: `Masse ${i}` }));
    const refused = many[449] ?? 0;
    await sql
      .raw(
        `create temp trigger refuse_one before insert on prisoner_tags when new.prisoner_id = ${refused}
         begin select raise(abort, 'refused'); end`,
      )
      .execute(db());
    try {
      const result = await r.result('prisoners:bulkTag', { prisonerIds: many, tagId: other, action: 'add' });
      expect(result.ok).toBe(false);
    } finally {
      await sql`drop trigger temp.refuse_one`.execute(db());
    }
    expect((await carriers(other)).filter((p) => many.includes(p))).toEqual([]);
    const { changed } = await r.call('prisoners:bulkTag', { prisonerIds: many, tagId: other, action: 'add' });
    expect(changed).toHaveLength(460);
    expect(await searchIndexDrift(db())).toEqual([]);
  });
});

describe('a selection', () => {
  test('prisoners:ids gives every prisoner the filters give, beyond one page of the list', async () => {
    const all = await r.call('prisoners:ids', {});
    const list = await r.call('prisoners:list', { limit: 1000 });
    expect(all).toHaveLength(list.total);
    expect(all.length).toBeGreaterThan(200);
    expect([...all].sort((a, b) => a - b)).toEqual(list.rows.map((p) => p.id).sort((a, b) => a - b));
    expect((await r.call('prisoners:ids', { tagIds: [trial] })).sort()).toEqual(await carriers(trial));
  });

  test('the list and its export take only the ticked prisoners', async () => {
    const ticked = [id.Bérénice ?? 0, id.Eloi ?? 0];
    const list = await r.call('prisoners:list', { prisonerIds: ticked });
    expect(list.rows.map((p) => p.familyName)).toEqual(['Bérénice', 'Éloi']);
    const target = path.join(tempDir(), 'selection.csv');
    r.nextExportFile = target;
    const result = await r.call('export:csv', { list: 'prisoners', filters: { prisonerIds: ticked } });
    expect(result).toMatchObject({ status: 'written', rows: 2 });
    const lines = fs.readFileSync(target, 'utf8').slice(1).trim().split('\r\n');
    expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(['Bérénice', 'Éloi']);
    expect(lines[2]).toContain('4242');
  });
});
