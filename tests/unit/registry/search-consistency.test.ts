import { beforeAll, describe, expect, test } from 'vitest';
import { fixture, ImportApp } from '../import-export/import-app';
import { TestApp } from '../../support/test-app';
import { searchIndexDrift } from '../../support/search-index-consistency';
import { facility, muret, prisoner, tegel } from './registry-data';

let r: ImportApp;
const drift = () => searchIndexDrift(r.app.context.vault.db);

beforeAll(async () => {
  r = await ImportApp.create();
});

/** After every write that changes what a prisoner or a facility is found by, the index holds exactly the rows' text. */
describe('the search index follows the rows', () => {
  test('create, update and archive of facilities and prisoners', async () => {
    const place = await facility(r, muret);
    const id = await prisoner(
      r,
      { familyName: 'Lefèvre', givenNames: 'Hélène' },
      { facilityId: place, prisonerNumber: '12345' },
    );
    expect(await drift()).toEqual([]);
    await r.call('prisoners:update', {
      id,
      prisoner: { familyName: 'Lefebvre', givenNames: 'Hélène', knownAs: 'Léna' },
    });
    await r.call('facilities:update', { id: place, facility: { ...muret, name: 'Centre pénitentiaire de Muret' } });
    expect(await drift()).toEqual([]);
    await r.call('prisoners:archive', { id, archived: true });
    await r.call('facilities:archive', { id: place, archived: true });
    expect(await drift()).toEqual([]);
    await r.call('prisoners:archive', { id, archived: false });
    await r.call('facilities:archive', { id: place, archived: false });
    expect(await drift()).toEqual([]);
  });

  test('stays, transfers and tags: the numbers and tag names a prisoner is found by', async () => {
    const from = await facility(r, { ...muret, name: 'Maison d’arrêt de Nîmes' });
    const to = await facility(r, tegel);
    const id = await prisoner(
      r,
      { familyName: 'Straßer', givenNames: 'Jürgen' },
      { facilityId: from, prisonerNumber: 'N-1' },
    );
    await r.call('stays:transfer', { prisonerId: id, facilityId: to, prisonerNumber: '777/24', date: '2024-06-01' });
    const tag = (await r.call('tags:create', { name: 'Procès de Tarnac' })).id;
    await r.call('prisoners:setTags', { prisonerId: id, tagIds: [tag] });
    expect(await drift()).toEqual([]);
    await r.call('tags:update', { id: tag, tag: { name: 'Affaire Tarnac' } });
    expect(await drift()).toEqual([]);
    await r.call('tags:delete', { id: tag, confirmed: true });
    await r.call('stays:close', { prisonerId: id, date: '2024-09-01', endReason: 'release' });
    expect(await drift()).toEqual([]);
  });

  test('deleting a prisoner, and a facility with the stays it held', async () => {
    const place = await facility(r, {
      name: 'Prison de Nyon',
      kind: 'prison',
      address: { country: 'CH', city: 'Nyon' },
    });
    const gone = await prisoner(r, { familyName: 'Éphémère' }, { facilityId: place, prisonerNumber: 'NY-1' });
    const stays = await prisoner(r, { familyName: 'Durable' }, { facilityId: place, prisonerNumber: 'NY-2' });
    await r.call('prisoners:delete', { id: gone, confirmed: true });
    expect(await drift()).toEqual([]);
    await r.call('facilities:delete', { id: place, confirmed: true });
    expect(await drift()).toEqual([]);
    expect((await r.call('prisoners:get', { id: stays })).stays).toEqual([]);
  });

  test('an import', async () => {
    const picked = await r.pick(fixture('fr-semicolon-bom.csv'));
    const result = await r.call('import:run', { token: picked.token, mapping: picked.suggestedMapping });
    expect(result.imported).toBeGreaterThan(0);
    expect(await drift()).toEqual([]);
  });
});

describe('the consistency check itself', () => {
  test('names each row whose text, archived flag or existence the index got wrong', async () => {
    const own = await TestApp.create();
    const db = own.app.context.vault.db;
    const id = await prisoner(own, { familyName: 'Témoin' });
    const place = await facility(own, {
      name: 'Prison de Bois-d’Arcy',
      kind: 'prison',
      address: { country: 'FR', city: 'Bois-d’Arcy' },
    });
    const lost = await prisoner(own, { familyName: 'Perdu' });
    expect(await searchIndexDrift(db)).toEqual([]);
    // Writes that skip the index: what a handler forgetting to reindex would leave.
    await db.updateTable('prisoners').set({ family_name: 'Autre' }).where('id', '=', id).execute();
    await db.updateTable('facilities').set({ archived: 1 }).where('id', '=', place).execute();
    await db.insertInto('search_rows').values({ kind: 'prisoner', ref_id: 999_999, archived: 0 }).execute();
    const { id: lostRow } = await db
      .deleteFrom('search_rows')
      .where('kind', '=', 'prisoner')
      .where('ref_id', '=', lost)
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await searchIndexDrift(db)).toEqual([
      `prisoner ${id} is indexed as "temoin" instead of "autre"`,
      `facility ${place} is indexed with archived = 0 instead of 1`,
      'prisoner 999999 is indexed but does not exist',
      `prisoner ${lost} is not indexed`,
      `search_index row ${lostRow} has no search row`,
    ]);
  });
});
