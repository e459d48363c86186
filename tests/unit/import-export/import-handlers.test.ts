import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { fixture, ImportApp } from './import-app';

describe('import:pickFile', () => {
  it('reads a UTF-8 file with BOM, semicolons, CRLF and a quoted newline, and suggests the mapping from French headers', async () => {
    const app = await ImportApp.create();
    const picked = await app.pick(fixture('fr-semicolon-bom.csv'));
    expect(picked.fileName).toBe('fr-semicolon-bom.csv');
    expect(picked.delimiter).toBe(';');
    expect(picked.headers[0]).toBe('Nom');
    expect(picked.rowCount).toBe(4);
    expect(picked.preview[0]?.[0]).toBe('Yılmaz');
    expect(picked.preview[0]?.[11]).toBe('Écrire en turc.\r\nPas de photos; ni de timbres.');
    expect(picked.suggestedMapping).toEqual({
      familyName: 0,
      givenNames: 1,
      prisonerNumber: 2,
      facilityName: 3,
      facilityCity: 4,
      facilityCountry: 5,
      facilityPostcode: 6,
      facilityStreet: 7,
      status: 8,
      dateOfBirth: 9,
      tags: 10,
      notes: 11,
      stayFrom: 12,
    });
    expect(picked.rememberedMapping).toBe(false);
  });

  it('reads a comma-separated file with English headers', async () => {
    const app = await ImportApp.create();
    const picked = await app.pick(fixture('en-comma.csv'));
    expect(picked.delimiter).toBe(',');
    expect(picked.rowCount).toBe(3);
    expect(picked.preview[1]?.slice(0, 2)).toEqual(["O'Brien", 'Seán']);
    expect(picked.suggestedMapping).toEqual({
      familyName: 0,
      givenNames: 1,
      prisonerNumber: 2,
      facilityName: 3,
      facilityCity: 4,
      facilityCountry: 5,
      status: 6,
      dateOfBirth: 7,
      tags: 8,
      stayFrom: 9,
    });
  });

  it('refuses a Latin-1 file with IMPORT_ENCODING and keeps nothing', async () => {
    const app = await ImportApp.create();
    app.nextImportFile = fixture('latin1.csv');
    const error = await app.fail('import:pickFile', {});
    expect(error.code).toBe('IMPORT_ENCODING');
    expect(error.message).toContain('CSV UTF-8');
  });

  it('answers cancelled when the dialog is closed, and VAULT_LOCKED without opening it when locked', async () => {
    const app = await ImportApp.create();
    expect(await app.call('import:pickFile', {})).toEqual({ status: 'cancelled' });
    await app.lock();
    app.nextImportFile = fixture('en-comma.csv');
    expect((await app.fail('import:pickFile', {})).code).toBe('VAULT_LOCKED');
  });

  it('forgets the parsed file on lock, and when another file is chosen', async () => {
    const app = await ImportApp.create();
    const first = await app.pick(fixture('en-comma.csv'));
    const second = await app.pick(fixture('fr-semicolon-bom.csv'));
    expect((await app.fail('import:check', { token: first.token, mapping: first.suggestedMapping })).code).toBe(
      'NOT_FOUND',
    );
    expect((await app.call('import:check', { token: second.token, mapping: second.suggestedMapping })).rows).toBe(4);
    await app.lock();
    await app.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect((await app.fail('import:check', { token: second.token, mapping: second.suggestedMapping })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('import:check', () => {
  it('names each problem by line and field, in plain codes', async () => {
    const app = await ImportApp.create();
    const picked = await app.pick(fixture('problems.csv'));
    const check = await app.call('import:check', { token: picked.token, mapping: picked.suggestedMapping });
    expect(check.rows).toBe(8);
    expect(check.ready).toBe(1);
    expect(check.newFacilities).toBe(1);
    expect(check.problems.map((p) => [p.line, p.field, p.problem, p.value])).toEqual([
      [2, 'status', 'invalid_status', 'en cavale'],
      [3, 'familyName', 'required', null],
      [4, 'facilityCity', 'facility_incomplete', 'Prison inconnue'],
      [5, 'dateOfBirth', 'invalid_date', '31/02/1990'],
      [6, 'familyName', 'duplicate_in_file', 'martin'],
      [7, 'facilityCountry', 'invalid_country', 'Narnia'],
      [8, 'facilityName', 'facility_incomplete', null],
    ]);
  });

  it('accepts both date formats, status words in French and English, country names, and matches facilities and tags without accents or case', async () => {
    const app = await ImportApp.create();
    const picked = await app.pick(fixture('fr-semicolon-bom.csv'));
    const check = await app.call('import:check', { token: picked.token, mapping: picked.suggestedMapping });
    expect(check.problems).toEqual([]);
    expect(check).toMatchObject({ rows: 4, ready: 4, newFacilities: 2, newTags: 2 });
  });

  it('counts a facility already in the vault as found, not new', async () => {
    const app = await ImportApp.create();
    await app.call('facilities:create', {
      name: 'Maison d’arrêt de Fresnes',
      kind: 'remand',
      address: { country: 'FR', city: 'Fresnes', postcode: '94260', street: '1 allée des Thuyas' },
    });
    const picked = await app.pick(fixture('fr-semicolon-bom.csv'));
    const check = await app.call('import:check', { token: picked.token, mapping: picked.suggestedMapping });
    // The file writes the apostrophe straight ('), the vault curly (’): folded, they are the same facility.
    expect(check).toMatchObject({ ready: 4, newFacilities: 1 });
  });

  it('reports every row as missing its family name when no column is mapped to it', async () => {
    const app = await ImportApp.create();
    const picked = await app.pick(fixture('en-comma.csv'));
    const { familyName: _omitted, ...mapping } = picked.suggestedMapping;
    const check = await app.call('import:check', { token: picked.token, mapping });
    expect(check.ready).toBe(0);
    expect(check.problems.map((p) => [p.line, p.problem])).toEqual([
      [2, 'required'],
      [3, 'required'],
      [4, 'required'],
    ]);
  });
});

describe('import:run', () => {
  it('imports every row in one go: prisoners with their open stay, facilities, tags, and search rows', async () => {
    const app = await ImportApp.create();
    const picked = await app.pick(fixture('fr-semicolon-bom.csv'));
    const result = await app.call('import:run', { token: picked.token, mapping: picked.suggestedMapping });
    expect(result).toEqual({
      imported: 4,
      updated: 0,
      skipped: 0,
      setAside: 0,
      facilitiesCreated: 2,
      tagsCreated: 2,
    });
    expect(await app.call('import:progress', { token: picked.token })).toEqual({ state: 'done', done: 4, total: 4 });

    const list = await app.call('prisoners:list', { sort: 'name' });
    expect(list.total).toBe(4);
    const gulsen = list.rows.find((row) => row.familyName === 'Yılmaz');
    expect(gulsen).toMatchObject({
      givenNames: 'Gülşen',
      status: 'pretrial',
      prisonerNumber: '12345',
      city: 'Fresnes',
      country: 'FR',
    });
    const detail = await app.call('prisoners:get', { id: gulsen?.id ?? 0 });
    expect(detail.prisoner.dateOfBirth).toBe('1990-03-05');
    expect(detail.prisoner.notes).toBe('Écrire en turc.\r\nPas de photos; ni de timbres.');
    expect(detail.stays).toHaveLength(1);
    expect(detail.stays[0]).toMatchObject({ from: '2025-01-12', startReason: 'other', to: null, endReason: null });
    expect(detail.tags.map((t) => t.name).sort()).toEqual(['Antirep', 'Procès de Lyon']);
    expect(detail.current?.address).toMatchObject({
      street: '1 allée des Thuyas',
      postcode: '94260',
      city: 'Fresnes',
      country: 'FR',
    });

    const kowalski = list.rows.find((row) => row.familyName === 'Kowalski');
    expect((await app.call('prisoners:get', { id: kowalski?.id ?? 0 })).prisoner).toMatchObject({
      status: 'sentenced',
      dateOfBirth: '1988-03-05',
    });
    // Ayşe Çağlar's row names Fresnes in other capitals and accents: the same facility, not a third one.
    expect(list.rows.find((row) => row.familyName === 'Çağlar')?.facilityId).toBe(gulsen?.facilityId);
    expect(list.rows.find((row) => row.familyName === 'Müller')).toMatchObject({
      facilityId: null,
      status: 'released',
    });
    expect((await app.call('tags:list', {})).map((t) => [t.name, t.prisoners])).toEqual(
      expect.arrayContaining([
        ['Antirep', 2],
        ['Procès de Lyon', 2],
      ]),
    );

    const found = await app.call('search:query', { text: 'gulsen' });
    expect(JSON.stringify(found)).toContain('Yılmaz');
    const byNumber = await app.call('search:query', { text: 'A-778' });
    expect(JSON.stringify(byNumber)).toContain('Kowalski');
    const facility = await app.call('search:query', { text: 'fleury merogis' });
    expect(JSON.stringify(facility)).toContain('Fleury-Mérogis');
  });

  it('starts the stay at the file’s date, and never on a day it invents', async () => {
    const app = await ImportApp.create();
    const picked = await app.pick(fixture('en-comma.csv'));
    const { stayFrom: _unmapped, ...withoutDate } = picked.suggestedMapping;
    const check = await app.call('import:check', { token: picked.token, mapping: withoutDate });
    // Both rows naming a prison are refused, each in its own words; the one without a prison is ready.
    expect(check).toMatchObject({ rows: 3, ready: 1, problemRows: 2 });
    expect(check.problems.map((p) => [p.line, p.field, p.problem])).toEqual([
      [2, 'stayFrom', 'stay_without_date'],
      [3, 'stayFrom', 'stay_without_date'],
    ]);
    const before = await app.counts();
    expect((await app.fail('import:run', { token: picked.token, mapping: withoutDate })).code).toBe('IMPORT_INVALID');
    expect(await app.counts()).toEqual(before);

    await app.call('import:run', { token: picked.token, mapping: picked.suggestedMapping });
    const list = await app.call('prisoners:list', {});
    const eleni = list.rows.find((row) => row.familyName === 'Papadopoulos');
    const detail = await app.call('prisoners:get', { id: eleni?.id ?? 0 });
    expect(detail.stays[0]?.from).toBe('2025-02-01');
  });

  it('refuses with IMPORT_INVALID listing the lines, and writes nothing', async () => {
    const app = await ImportApp.create();
    const picked = await app.pick(fixture('problems.csv'));
    const before = await app.counts();
    const error = await app.fail('import:run', { token: picked.token, mapping: picked.suggestedMapping });
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.issues?.map((issue) => issue.path[0])).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(error.issues?.[0]).toEqual({ path: [2, 'status'], message: 'invalid_status' });
    expect(await app.counts()).toEqual(before);
    expect(await app.call('import:progress', { token: picked.token })).toMatchObject({ state: 'failed' });
  });

  it('finds rows already in the vault; refuses them, or skips them when asked', async () => {
    const app = await ImportApp.create();
    const first = await app.pick(fixture('en-comma.csv'));
    await app.call('import:run', { token: first.token, mapping: first.suggestedMapping });
    // The same token cannot import the same rows a second time.
    expect((await app.fail('import:run', { token: first.token, mapping: first.suggestedMapping })).code).toBe(
      'NOT_FOUND',
    );

    const again = await app.pick(fixture('en-comma.csv'));
    const check = await app.call('import:check', { token: again.token, mapping: again.suggestedMapping });
    expect(check.problems.map((p) => [p.line, p.problem])).toEqual([
      [2, 'duplicate_in_vault'],
      [3, 'duplicate_in_vault'],
      [4, 'duplicate_in_vault'],
    ]);
    const before = await app.counts();
    expect((await app.fail('import:run', { token: again.token, mapping: again.suggestedMapping })).code).toBe(
      'IMPORT_INVALID',
    );
    expect(await app.counts()).toEqual(before);
    const skipped = await app.call('import:run', {
      token: again.token,
      mapping: again.suggestedMapping,
      duplicates: 'skip',
    });
    expect(skipped).toEqual({ imported: 0, updated: 0, skipped: 3, setAside: 0, facilitiesCreated: 0, tagsCreated: 0 });
    expect(await app.counts()).toEqual(before);
  });

  it('reports its progress while it runs, so the window can show it', async () => {
    const app = await ImportApp.create();
    const file = path.join(tempDir(), 'many.csv');
    const rows = Array.from(
      { length: 250 },
      (_, i) => `Nom${i};Prénom${i};${i};Maison d’arrêt de Fresnes;Fresnes;FR;2025-01-01`,
    );
    fs.writeFileSync(file, ['Nom;Prénom;Écrou;Prison;Ville;Pays;Depuis', ...rows].join('\n'));
    const picked = await app.pick(file);
    let finished = false;
    const running = app.call('import:run', { token: picked.token, mapping: picked.suggestedMapping }).finally(() => {
      finished = true;
    });
    const seen: { state: string; done: number; total: number }[] = [];
    while (!finished) {
      seen.push(await app.call('import:progress', { token: picked.token }));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    expect((await running).imported).toBe(250);
    expect(seen.some((p) => p.state === 'running' && p.total === 250 && p.done > 0 && p.done < 250)).toBe(true);
    expect(await app.call('import:progress', { token: picked.token })).toEqual({
      state: 'done',
      done: 250,
      total: 250,
    });
  });

  it('reports idle progress for a token it does not know', async () => {
    const app = await ImportApp.create();
    expect(await app.call('import:progress', { token: 'unknown' })).toEqual({ state: 'idle', done: 0, total: 0 });
  });
});
