import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { TestApp } from '../../support/test-app';
import { facility, forest, prisoner, tegel } from './registry-data';

const sotoDelReal: InputOf<'facilities:create'> = {
  name: 'Centro Penitenciario Madrid V',
  kind: 'prison',
  address: {
    country: 'ES',
    street: 'Carretera M-609, km 3,5',
    postcode: '28791',
    city: 'Soto del Real',
    region: 'Madrid',
  },
};

const tegelPostfach: InputOf<'facilities:create'> = {
  ...tegel,
  address: { ...tegel.address, poBox: 'Postfach 51 01 20', poBoxPostcode: '13469' },
};

describe('the Postfach postcode and the módulo, stored and printed', () => {
  test("a facility's Postfach postcode is saved, read back and printed instead of the street and its PLZ", async () => {
    const r = await TestApp.create();
    const de = await facility(r, tegelPostfach);
    expect((await r.call('facilities:get', { id: de })).facility.address).toMatchObject({
      poBox: 'Postfach 51 01 20',
      poBoxPostcode: '13469',
      postcode: '13507',
    });
    const id = await prisoner(
      r,
      { familyName: 'Schneider', givenNames: 'Jürgen' },
      { facilityId: de, prisonerNumber: '7' },
    );
    await r.call('settings:set', { groupCountry: 'DE' });
    expect((await r.call('prisoners:get', { id })).addressBlock).toEqual([
      'Jürgen Schneider',
      'Buchnummer 7',
      'Justizvollzugsanstalt Tegel',
      'Postfach 51 01 20',
      '13469 Berlin',
    ]);
  });

  test('a Spanish stay keeps its módulo; a transfer starts the next stay with its own', async () => {
    const r = await TestApp.create();
    const es = await facility(r, sotoDelReal);
    const id = await prisoner(r, { familyName: 'García', givenNames: 'Lucía' });
    await r.call('settings:set', { groupCountry: 'ES' });
    const added = await r.call('stays:add', {
      prisonerId: id,
      stay: { facilityId: es, prisonerNumber: '2020001234', module: '5', from: '2024-01-10', startReason: 'arrest' },
    });
    expect(added.current?.module).toBe('5');
    expect(added.addressBlock?.slice(0, 3)).toEqual(['Lucía García', 'NIS 2020001234', 'Módulo 5']);
    const moved = await r.call('stays:transfer', { prisonerId: id, facilityId: es, module: '12', date: '2025-03-01' });
    expect(moved.stays.map((s) => s.module)).toEqual(['12', '5']);
    expect(moved.addressBlock).toContain('Módulo 12');
  });

  test('the prisoner page writes the number line in the app language where the prison has no term of its own', async () => {
    const r = await TestApp.create();
    const be = await facility(r, forest);
    const id = await prisoner(
      r,
      { familyName: 'Janssens', givenNames: 'Pieter' },
      { facilityId: be, prisonerNumber: '4521' },
    );
    await r.call('settings:set', { groupCountry: 'BE', language: 'fr' });
    expect((await r.call('prisoners:get', { id })).addressBlock?.[1]).toBe('n° 4521');
    await r.call('settings:set', { language: 'en' });
    expect((await r.call('prisoners:get', { id })).addressBlock?.[1]).toBe('No. 4521');
  });

  test('a Belgian group working in French prints "n°" and the Spanish módulo on its label sheet, never "No."', async () => {
    const r = await TestApp.create();
    const be = await facility(r, forest);
    const es = await facility(r, sotoDelReal);
    await prisoner(r, { familyName: 'Janssens', givenNames: 'Pieter' }, { facilityId: be, prisonerNumber: '4521' });
    const garcia = await prisoner(r, { familyName: 'García', givenNames: 'Lucía' });
    await r.call('stays:add', {
      prisonerId: garcia,
      stay: { facilityId: es, prisonerNumber: '2020001234', module: '5', from: '2024-01-10', startReason: 'arrest' },
    });
    await r.call('settings:set', { groupCountry: 'BE', language: 'fr' });
    const out = await r.call('print:render', { job: { kind: 'labels', sheetId: 'L7160' } });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
      input: Buffer.from(out.pdfBase64, 'base64'),
      encoding: 'utf8',
    });
    expect(text).toContain('n° 4521');
    expect(text).toContain('Módulo 5');
    expect(text).toContain('28791 Soto del Real (Madrid)');
    expect(text).toContain('ESPAGNE');
    expect(text).not.toContain('No.');
  });
});
