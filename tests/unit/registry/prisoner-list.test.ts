import { beforeAll, describe, expect, test } from 'vitest';
import type { PrisonerRow } from '../../../shared/registry/prisoners.schemas';
import { facility, forest, muret, tegel } from './registry-data';
import { TestApp } from '../../support/test-app';

let r: TestApp;
let fr = 0;
let be = 0;
let de = 0;
const tag: Record<string, number> = {};
const id: Record<string, number> = {};

const names = (rows: PrisonerRow[]) => rows.map((p) => p.familyName);

beforeAll(async () => {
  r = await TestApp.create();
  fr = await facility(r, muret);
  be = await facility(r, forest);
  de = await facility(r, tegel);
  for (const name of ['Tarnac', 'Grève de la faim', 'Antifa']) tag[name] = (await r.call('tags:create', { name })).id;
  const people = [
    { familyName: 'Zola', status: 'sentenced', at: fr, number: '300', tags: ['Tarnac', 'Antifa'] },
    { familyName: 'Çağlar', status: 'pretrial', at: de, number: '100', tags: ['Tarnac'] },
    { familyName: 'Écrivain', status: 'sentenced', at: be, number: '200', tags: ['Tarnac', 'Grève de la faim'] },
    { familyName: 'ávila', status: 'released', at: null, number: null, tags: [] },
    {
      familyName: 'Bernard',
      status: 'pretrial',
      at: fr,
      number: '050',
      tags: ['Antifa', 'Grève de la faim', 'Tarnac'],
    },
  ] as const;
  for (const p of people) {
    const detail = await r.call('prisoners:create', {
      prisoner: { familyName: p.familyName, status: p.status },
      ...(p.at
        ? { stay: { facilityId: p.at, prisonerNumber: p.number, from: '2024-01-01', startReason: 'arrest' as const } }
        : {}),
      tagIds: p.tags.map((t) => tag[t] ?? 0),
    });
    id[p.familyName] = detail.prisoner.id;
  }
});

describe('prisoner list', () => {
  test('sorted by name ignoring accents and case, with the current stay joined', async () => {
    const list = await r.call('prisoners:list', {});
    expect(list.total).toBe(5);
    expect(names(list.rows)).toEqual(['ávila', 'Bernard', 'Çağlar', 'Écrivain', 'Zola']);
    expect(list.rows[2]).toMatchObject({
      prisonerNumber: '100',
      facilityId: de,
      facilityName: tegel.name,
      country: 'DE',
      city: 'Berlin',
    });
    expect(list.rows[0]).toMatchObject({ prisonerNumber: null, facilityId: null, facilityName: null, country: null });
  });

  test('descending name, and the other sort keys (rows without a stay last)', async () => {
    expect(names((await r.call('prisoners:list', { direction: 'desc' })).rows)).toEqual([
      'Zola',
      'Écrivain',
      'Çağlar',
      'Bernard',
      'ávila',
    ]);
    expect(names((await r.call('prisoners:list', { sort: 'number' })).rows)).toEqual([
      'Bernard',
      'Çağlar',
      'Écrivain',
      'Zola',
      'ávila',
    ]);
    expect(names((await r.call('prisoners:list', { sort: 'number', direction: 'desc' })).rows)).toEqual([
      'Zola',
      'Écrivain',
      'Çağlar',
      'Bernard',
      'ávila',
    ]);
    expect(names((await r.call('prisoners:list', { sort: 'country' })).rows)).toEqual([
      'Écrivain',
      'Çağlar',
      'Bernard',
      'Zola',
      'ávila',
    ]);
    expect(names((await r.call('prisoners:list', { sort: 'facility' })).rows)).toEqual([
      'Bernard',
      'Zola',
      'Çağlar',
      'Écrivain',
      'ávila',
    ]);
    expect(names((await r.call('prisoners:list', { sort: 'status' })).rows)).toEqual([
      'Bernard',
      'Çağlar',
      'ávila',
      'Écrivain',
      'Zola',
    ]);
  });

  test('"updated" order follows the last change, a transfer included', async () => {
    await r.call('stays:transfer', {
      prisonerId: id['Écrivain'] ?? 0,
      facilityId: fr,
      date: '2025-01-01',
      prisonerNumber: '201',
    });
    const rows = (await r.call('prisoners:list', { sort: 'updatedAt', direction: 'desc' })).rows;
    expect(rows[0]?.familyName).toBe('Écrivain');
    await r.call('stays:transfer', {
      prisonerId: id['Écrivain'] ?? 0,
      facilityId: be,
      date: '2025-02-01',
      prisonerNumber: '200',
    });
  });

  test('pages: offset and limit, with the total of the whole list', async () => {
    const page = await r.call('prisoners:list', { offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(names(page.rows)).toEqual(['Bernard', 'Çağlar']);
    expect(names((await r.call('prisoners:list', { offset: 4, limit: 2 })).rows)).toEqual(['Zola']);
  });

  test('tag filter keeps the prisoners carrying every given tag', async () => {
    const one = await r.call('prisoners:list', { tagIds: [tag['Antifa'] ?? 0] });
    expect(names(one.rows)).toEqual(['Bernard', 'Zola']);
    const two = await r.call('prisoners:list', { tagIds: [tag['Tarnac'] ?? 0, tag['Grève de la faim'] ?? 0] });
    expect(names(two.rows)).toEqual(['Bernard', 'Écrivain']);
    expect(two.total).toBe(2);
    const three = await r.call('prisoners:list', {
      tagIds: [tag['Tarnac'] ?? 0, tag['Grève de la faim'] ?? 0, tag['Antifa'] ?? 0],
    });
    expect(names(three.rows)).toEqual(['Bernard']);
  });

  test('status, current facility and current country filters, combined', async () => {
    expect(names((await r.call('prisoners:list', { statuses: ['pretrial'] })).rows)).toEqual(['Bernard', 'Çağlar']);
    expect(names((await r.call('prisoners:list', { statuses: ['pretrial', 'released'] })).rows)).toEqual([
      'ávila',
      'Bernard',
      'Çağlar',
    ]);
    expect(names((await r.call('prisoners:list', { facilityId: fr })).rows)).toEqual(['Bernard', 'Zola']);
    expect(names((await r.call('prisoners:list', { country: 'de' })).rows)).toEqual(['Çağlar']);
    const combined = await r.call('prisoners:list', {
      country: 'FR',
      statuses: ['sentenced'],
      tagIds: [tag['Antifa'] ?? 0],
    });
    expect(combined).toMatchObject({ total: 1, rows: [{ familyName: 'Zola' }] });
  });

  test('a past stay does not count for the facility filter: only where they are now', async () => {
    // Écrivain was in Seysses (fr) during January 2025 and is in Haren (be) now.
    expect(names((await r.call('prisoners:list', { facilityId: fr })).rows)).not.toContain('Écrivain');
    expect(names((await r.call('prisoners:list', { facilityId: be })).rows)).toEqual(['Écrivain']);
  });

  test('facility list and page count and show who is there now', async () => {
    const list = await r.call('facilities:list', {});
    expect(list.map((f) => [f.name, f.currentPrisoners])).toEqual([
      [muret.name, 2],
      [tegel.name, 1],
      [forest.name, 1],
    ]);
    expect((await r.call('facilities:list', { country: 'BE' })).map((f) => f.id)).toEqual([be]);
    const page = await r.call('facilities:get', { id: fr });
    expect(page.facility.address).toEqual({ ...muret.address, extra: null, poBoxPostcode: null, region: null });
    expect(page.currentPrisoners.map((p) => p.familyName)).toEqual(['Bernard', 'Zola']);
  });
});

describe('prisoner list columns', () => {
  test('the optional columns: tags in name order, expected release (sortable), whether there are notes', async () => {
    const zola = id.Zola ?? 0;
    await r.call('prisoners:update', {
      id: zola,
      prisoner: { familyName: 'Zola', status: 'sentenced', expectedRelease: '2027-03-01', notes: 'Lit le turc' },
    });
    await r.call('prisoners:update', {
      id: id.Bernard ?? 0,
      prisoner: { familyName: 'Bernard', status: 'pretrial', expectedRelease: '2026-12-24', notes: '   ' },
    });
    const rows = (await r.call('prisoners:list', {})).rows;
    const row = (name: string) => rows.find((p) => p.familyName === name);
    expect(row('Zola')).toMatchObject({
      tagNames: ['Antifa', 'Tarnac'],
      expectedRelease: '2027-03-01',
      hasNotes: true,
    });
    // Blank notes are no notes.
    expect(row('Bernard')).toMatchObject({ tagNames: ['Antifa', 'Grève de la faim', 'Tarnac'], hasNotes: false });
    expect(row('ávila')).toMatchObject({ tagNames: [], expectedRelease: null, hasNotes: false });
    expect(names((await r.call('prisoners:list', { sort: 'release' })).rows)).toEqual([
      'Bernard',
      'Zola',
      'ávila',
      'Çağlar',
      'Écrivain',
    ]);
  });
});
