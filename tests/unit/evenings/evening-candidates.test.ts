import { describe, expect, test } from 'vitest';
import { TestApp } from '../../support/test-app';
import { saveLetter, outLetter, inLetter } from '../letters/letters-data';
import { eveningSetup } from './evenings-data';

const names = (list: { rows: { name: string }[] }) => list.rows.map((c) => c.name);

describe('evenings:candidates, the four ways', () => {
  test('by tag: the tagged prisoners in name order, with where they are and their last letter', async () => {
    const r = await TestApp.create();
    const { ids } = await eveningSetup(r, ['Martin', 'Durand', 'Abadie']);
    const [martin, durand, abadie] = ids as [number, number, number];
    const tag = await r.call('tags:create', { name: 'Procès de Lyon' });
    for (const id of [martin, abadie]) await r.call('prisoners:setTags', { prisonerId: id, tagIds: [tag.id] });
    await saveLetter(r, outLetter(martin, { sentOn: '2026-10-01' }));
    await saveLetter(r, inLetter(martin, { receivedOn: '2026-11-02' }));
    await saveLetter(r, outLetter(durand));
    const list = await r.call('evenings:candidates', { by: 'tag', tagId: tag.id });
    expect(list.truncated).toBe(false);
    expect(list.rows).toEqual([
      {
        prisonerId: abadie,
        name: 'Abadie',
        facilityName: 'Centre pénitentiaire de Toulouse-Seysses',
        doNotWrite: false,
        lastLetter: null,
      },
      {
        prisonerId: martin,
        name: 'Martin',
        facilityName: 'Centre pénitentiaire de Toulouse-Seysses',
        doNotWrite: false,
        lastLetter: { datedOn: '2026-11-02', direction: 'in', status: 'received' },
      },
    ]);
  });

  test('no letter in N days: a letter out within the N days keeps a prisoner off, a draft does not', async () => {
    const r = await TestApp.create();
    const { ids } = await eveningSetup(r, ['Martin', 'Durand', 'Abadie']);
    const [martin, durand] = ids as [number, number, number];
    await saveLetter(r, outLetter(martin, { sentOn: '2026-11-25' }));
    await saveLetter(r, outLetter(durand, { sentOn: '2026-10-01' }));
    const today = '2026-12-02';
    expect(names(await r.call('evenings:candidates', { by: 'noLetter', days: 30, today }))).toEqual([
      'Abadie',
      'Durand',
    ]);
    expect(names(await r.call('evenings:candidates', { by: 'noLetter', days: 90, today }))).toEqual(['Abadie']);
    // Five days: Martin's letter of the 25th is seven days old.
    expect(names(await r.call('evenings:candidates', { by: 'noLetter', days: 5, today }))).toEqual([
      'Abadie',
      'Durand',
      'Martin',
    ]);
  });

  test('birthday in N days: today included, across the new year', async () => {
    const r = await TestApp.create();
    const born = async (familyName: string, dateOfBirth: string) =>
      (await r.call('prisoners:create', { prisoner: { familyName, dateOfBirth } })).prisoner.id;
    await born('Janvier', '1990-01-03');
    await born('Noël', '1985-12-25');
    await born('Aujourdhui', '1970-12-20');
    await born('Mars', '1980-03-01');
    const today = '2026-12-20';
    expect(names(await r.call('evenings:candidates', { by: 'birthday', days: 7, today }))).toEqual([
      'Aujourdhui',
      'Noël',
    ]);
    expect(names(await r.call('evenings:candidates', { by: 'birthday', days: 20, today }))).toEqual([
      'Aujourdhui',
      'Janvier',
      'Noël',
    ]);
  });

  test('by name: accent- and case-blind, archived prisoners never offered', async () => {
    const r = await TestApp.create();
    const { ids } = await eveningSetup(r, ['Gülşen', 'Durand', 'Gulsenoglu']);
    await r.call('prisoners:archive', { id: ids[2] ?? 0, archived: true });
    expect(names(await r.call('evenings:candidates', { by: 'name', query: 'gulsen' }))).toEqual(['Gülşen']);
    expect(names(await r.call('evenings:candidates', { by: 'name', query: 'zzz' }))).toEqual([]);
  });
});
