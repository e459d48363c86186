import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unmappedLookalikes } from '../../../shared/import-export/import-export.schemas';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { tempDir } from '../../support/temp-dir';
import { ImportApp } from './import-app';

function csv(name: string, lines: string[]): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const HEADER = 'Nom;Prénom;Numéro d’écrou;Prison;Ville;Pays;Incarcéré depuis;Tags';

describe('a column the guesser leaves out', () => {
  it('is flagged when it looks like dates, numbers or prisons, and its rows are refused rather than dated today', async () => {
    const app = await ImportApp.create();
    // "Date du mandat de dépôt" is a custody date under a header nobody guesses.
    const file = csv('mandat.csv', [
      'Nom;Matr.;Lieu;Ville;Pays;Date du mandat de dépôt;Téléphone',
      'Kaya;TR 1001;Silivri Cezaevi;Silivri;TR;02/05/2024;',
      'Demir;TR 1002;Silivri Cezaevi;Silivri;TR;03/05/2024;',
    ]);
    const picked = await app.pick(file);
    expect(picked.suggestedMapping).toEqual({ familyName: 0, facilityCity: 3, facilityCountry: 4 });
    expect(picked.columnLooks).toEqual([null, 'number', 'prison', null, null, 'date', null]);
    expect(unmappedLookalikes(picked.columnLooks, picked.suggestedMapping)).toEqual([
      { column: 1, look: 'number' },
      { column: 2, look: 'prison' },
      { column: 5, look: 'date' },
    ]);

    const mapping = { ...picked.suggestedMapping, prisonerNumber: 1, facilityName: 2 };
    const check = await app.call('import:check', { token: picked.token, mapping });
    expect(check).toMatchObject({ rows: 2, ready: 0, problemRows: 2 });
    expect(check.problems.map((p) => [p.line, p.field, p.problem])).toEqual([
      [2, 'stayFrom', 'stay_without_date'],
      [3, 'stayFrom', 'stay_without_date'],
    ]);
    const fixed = await app.call('import:check', { token: picked.token, mapping: { ...mapping, stayFrom: 5 } });
    expect(fixed).toMatchObject({ ready: 2, problemRows: 0, problems: [] });
    expect(unmappedLookalikes(picked.columnLooks, { ...mapping, stayFrom: 5 })).toEqual([]);
  });
});

describe('set aside: import the good rows, keep the others to fix', () => {
  const lines = [
    HEADER,
    'Kaya;Deniz;TR-1001;Silivri Cezaevi;Silivri;TR;02/05/2024;Procès d’Istanbul',
    ';Ahmet;TR-1002;Silivri Cezaevi;Silivri;TR;03/05/2024;',
    'Nowak;Łucja;PL-77;Areszt Śledczy;Warszawa;PL;;',
    'Dubois;"=Marie";;;;;;',
  ];

  it('all or nothing refuses the file; set aside imports the good rows in one go and counts the others', async () => {
    const app = await ImportApp.create();
    const picked = await app.pick(csv('mixte.csv', lines));
    const check = await app.call('import:check', { token: picked.token, mapping: picked.suggestedMapping });
    expect(check).toMatchObject({ rows: 4, ready: 2, problemRows: 2, duplicateRows: 0 });
    const before = await app.counts();
    expect((await app.fail('import:run', { token: picked.token, mapping: picked.suggestedMapping })).code).toBe(
      'IMPORT_INVALID',
    );
    expect(await app.counts()).toEqual(before);

    const result = await app.call('import:run', {
      token: picked.token,
      mapping: picked.suggestedMapping,
      setAside: true,
    });
    expect(result).toEqual({ imported: 2, updated: 0, skipped: 0, setAside: 2, facilitiesCreated: 1, tagsCreated: 1 });
    const names = (await app.call('prisoners:list', { sort: 'name' })).rows.map((r) => r.familyName);
    expect(names).toEqual(['Dubois', 'Kaya']);
  });

  it('saves the rows set aside, whole and with their problems in words, after the not-encrypted warning', async () => {
    const app = await ImportApp.create();
    const picked = await app.pick(csv('prisonniers.csv', lines));
    await app.call('import:run', { token: picked.token, mapping: picked.suggestedMapping, setAside: true });

    expect(await app.call('import:saveSetAside', { token: picked.token })).toEqual({ status: 'cancelled' });
    expect(app.lastExportDefaultName).toBe('prisonniers-a-corriger.csv');
    const out = path.join(tempDir(), 'a-corriger.csv');
    app.nextExportFile = out;
    expect(await app.call('import:saveSetAside', { token: picked.token })).toEqual({
      status: 'written',
      fileName: 'a-corriger.csv',
      rows: 2,
    });
    const text = fs.readFileSync(out, 'utf8');
    const written = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(written[0]).toBe(`${HEADER};Problèmes (Parloir)`);
    expect(written[1]).toBe(
      ';Ahmet;TR-1002;Silivri Cezaevi;Silivri;TR;03/05/2024;;Nom\u00a0: Ce champ obligatoire est vide.',
    );
    expect(written[2]).toMatch(/^Nowak;Łucja;PL-77;Areszt Śledczy;Warszawa;PL;;;Détenu·e depuis le\u00a0: La prison/);
    expect(written).toHaveLength(4);

    // In English, the column and the problems follow the language; a lock forgets the rows.
    await app.call('settings:set', { language: 'en' });
    await app.call('import:saveSetAside', { token: picked.token });
    expect(fs.readFileSync(out, 'utf8')).toContain(';Problems (Parloir)\r\n');
    await app.lock();
    await app.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect((await app.fail('import:saveSetAside', { token: picked.token })).code).toBe('NOT_FOUND');
  });
});

describe('a person already in Parloir is a choice, shown with the other problems', () => {
  async function vaultWithKaya() {
    const app = await ImportApp.create();
    const first = await app.pick(
      csv('avant.csv', [HEADER, 'Kaya;Deniz;TR-1001;Silivri Cezaevi;Silivri;TR;02/05/2024;Procès d’Istanbul']),
    );
    await app.call('import:run', { token: first.token, mapping: first.suggestedMapping });
    const [kaya] = (await app.call('prisoners:list', {})).rows;
    await app.call('prisoners:update', {
      id: kaya?.id ?? 0,
      prisoner: { familyName: 'Kaya', givenNames: 'Deniz', pronouns: 'iel', notes: 'Écrire en turc.' },
    });
    return { app, id: kaya?.id ?? 0 };
  }
  const again = [
    HEADER.replace(';Tags', ';Tags;Statut'),
    'Kaya;Deniz;TR-1001;Sincan Cezaevi;Ankara;TR;10/11/2025;Transferts;condamné',
    ';Sans nom;;;;;;;',
  ];

  it('lists the duplicate beside the blocking problem, and counts it apart', async () => {
    const { app } = await vaultWithKaya();
    const picked = await app.pick(csv('apres.csv', again));
    const check = await app.call('import:check', { token: picked.token, mapping: picked.suggestedMapping });
    expect(check.problems.map((p) => [p.line, p.problem])).toEqual([
      [2, 'duplicate_in_vault'],
      [3, 'required'],
    ]);
    expect(check).toMatchObject({ ready: 0, duplicateRows: 1, problemRows: 2 });
    for (const [duplicates, ready, problemRows] of [
      ['skip', 0, 1],
      ['update', 1, 1],
      ['import', 1, 1],
    ] as const) {
      const chosen = await app.call('import:check', {
        token: picked.token,
        mapping: picked.suggestedMapping,
        duplicates,
      });
      expect([duplicates, chosen.ready, chosen.problemRows, chosen.duplicateRows]).toEqual([
        duplicates,
        ready,
        problemRows,
        1,
      ]);
    }
  });

  it('update: the cells the file fills replace the record’s, the rest is kept, tags are added, a new prison is a transfer', async () => {
    const { app, id } = await vaultWithKaya();
    const picked = await app.pick(csv('apres.csv', again));
    const result = await app.call('import:run', {
      token: picked.token,
      mapping: picked.suggestedMapping,
      duplicates: 'update',
      setAside: true,
    });
    expect(result).toMatchObject({ imported: 0, updated: 1, setAside: 1 });
    const detail = await app.call('prisoners:get', { id });
    expect(detail.prisoner).toMatchObject({ status: 'sentenced', pronouns: 'iel', notes: 'Écrire en turc.' });
    expect(detail.tags.map((t) => t.name).sort()).toEqual(['Procès d’Istanbul', 'Transferts']);
    expect(detail.stays.map((s) => [s.facilityName, s.from, s.to, s.startReason, s.endReason])).toEqual([
      ['Sincan Cezaevi', '2025-11-10', null, 'transfer', null],
      ['Silivri Cezaevi', '2024-05-02', '2025-11-10', 'other', 'transfer'],
    ]);
    expect((await app.call('prisoners:list', {})).total).toBe(1);
  });

  it('update refuses a move dated before the current stay began; import anyway adds a second person', async () => {
    const { app } = await vaultWithKaya();
    const early = again.map((line) => line.replace('10/11/2025', '01/01/2020'));
    const picked = await app.pick(csv('tot.csv', early));
    const check = await app.call('import:check', {
      token: picked.token,
      mapping: picked.suggestedMapping,
      duplicates: 'update',
    });
    expect(check.problems.map((p) => [p.line, p.field, p.problem])).toContainEqual([
      2,
      'stayFrom',
      'stay_not_after_current',
    ]);
    expect(check).toMatchObject({ ready: 0, problemRows: 2 });

    await app.call('import:run', {
      token: picked.token,
      mapping: picked.suggestedMapping,
      duplicates: 'import',
      setAside: true,
    });
    const list = await app.call('prisoners:list', { sort: 'name' });
    expect(list.rows.map((r) => [r.familyName, r.facilityName])).toEqual(
      expect.arrayContaining([
        ['Kaya', 'Silivri Cezaevi'],
        ['Kaya', 'Sincan Cezaevi'],
      ]),
    );
    expect(list.total).toBe(2);
  });
});

describe('the mapping is remembered for a file with the same headers', () => {
  it('inside the vault, under a hash of the headers: the next file with those headers opens with it', async () => {
    const app = await ImportApp.create();
    const headers = 'Apellidos;Nombre;Lugar de reclusión;Localidad;País;Fecha de ingreso;Situación';
    const first = await app.pick(
      csv('enero.csv', [
        headers,
        'García;Ana;Centro Penitenciario Soto del Real;Soto del Real;ES;05/06/2024;Preventiva',
      ]),
    );
    // The guesser knows Spanish; the user adds the column it missed.
    expect(first.suggestedMapping).toEqual({
      familyName: 0,
      givenNames: 1,
      facilityCity: 3,
      facilityCountry: 4,
      stayFrom: 5,
      status: 6,
    });
    const corrected = { ...first.suggestedMapping, facilityName: 2 };
    const { status: _status, ...withoutStatus } = corrected;
    await app.call('import:check', { token: first.token, mapping: withoutStatus });

    // Next month's file: same headers in other capitals and accents.
    const next = await app.pick(
      csv('febrero.csv', [headers.toUpperCase(), 'López;Luis;CP Soto;Soto del Real;ES;01/02/2025;']),
    );
    expect(next.rememberedMapping).toBe(true);
    expect(next.suggestedMapping).toEqual(withoutStatus);
    const other = await app.pick(
      csv('otro.csv', [`${headers};Notas`, 'Ruiz;Eva;CP Soto;Soto del Real;ES;01/02/2025;;']),
    );
    expect(other.rememberedMapping).toBe(false);

    const stored = await app.app.context.vault.db
      .selectFrom('settings')
      .selectAll()
      .where('key', 'like', 'importMapping:%')
      .execute();
    expect(stored.map((row) => row.key)).toEqual([expect.stringMatching(/^importMapping:[0-9a-f]{64}$/)]);
    expect(stored[0]?.value).not.toMatch(/apellidos|reclusi/i);
  });
});
