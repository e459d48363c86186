import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../../shared/today';
import { tempDir } from '../../support/temp-dir';
import { fixture, ImportApp } from './import-app';

const BOM = '\uFEFF';

async function importedApp(file = 'fr-semicolon-bom.csv'): Promise<ImportApp> {
  const app = await ImportApp.create();
  const picked = await app.pick(fixture(file));
  await app.call('import:run', { token: picked.token, mapping: picked.suggestedMapping });
  return app;
}

/** What a user would compare after a round trip: who, where, with which number, status and tags. */
async function prisonersAsSeen(app: ImportApp) {
  const list = await app.call('prisoners:list', { sort: 'name' });
  return Promise.all(
    list.rows.map(async (row) => {
      const detail = await app.call('prisoners:get', { id: row.id });
      return {
        familyName: row.familyName,
        givenNames: row.givenNames,
        knownAs: row.knownAs,
        status: row.status,
        prisonerNumber: row.prisonerNumber,
        facilityName: row.facilityName,
        city: row.city,
        country: row.country,
        tags: detail.tags.map((t) => t.name).sort(),
      };
    }),
  );
}

describe('export:csv', () => {
  it('writes the prisoner list as Excel-friendly CSV: BOM, ";", CRLF, French headers and words', async () => {
    const app = await importedApp();
    const target = path.join(tempDir(), 'out.csv');
    app.nextExportFile = target;
    const result = await app.call('export:csv', { list: 'prisoners' });
    expect(result).toEqual({ status: 'written', fileName: 'out.csv', rows: 4 });
    expect(app.lastExportDefaultName).toBe(`parloir-prisonniers-${localToday()}.csv`);
    const text = fs.readFileSync(target, 'utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Nom;Prénom;Nom d’usage;Numéro d’écrou;Prison;Ville;Pays;Détenu·e depuis le;Statut;Campagnes',
    );
    expect(lines).toContain(
      "Yılmaz;Gülşen;;12345;Maison d'arrêt de Fresnes;Fresnes;FR;2025-01-12;Prévenu·e;Antirep, Procès de Lyon",
    );
    expect(lines).toContain('Müller;Jürgen;;;;;;;Libéré·e;');
  });

  it('follows the list’s filters, and the language chosen in the app', async () => {
    const app = await importedApp();
    await app.call('settings:set', { language: 'en' });
    const target = path.join(tempDir(), 'sentenced.csv');
    app.nextExportFile = target;
    const result = await app.call('export:csv', { list: 'prisoners', filters: { statuses: ['sentenced'] } });
    expect(result).toMatchObject({ rows: 1 });
    expect(app.lastExportDefaultName).toBe(`parloir-prisoners-${localToday()}.csv`);
    const [header, row] = fs.readFileSync(target, 'utf8').slice(1).split('\r\n');
    expect(header).toBe(
      'Last name;First name;Known as;Prisoner number;Prison;City;Country;Held since;Status;Campaigns',
    );
    expect(row).toBe(
      'Kowalski;Łukasz;;A-778;Centre pénitentiaire de Fleury-Mérogis;Fleury-Mérogis;FR;2024-06-03;Sentenced;Antirep',
    );
  });

  it('writes the facility list with its address parts, archived ones only when asked', async () => {
    const app = await importedApp();
    const archived = await app.call('facilities:create', {
      name: 'Ancienne prison',
      kind: 'prison',
      address: { country: 'BE', city: 'Namur' },
    });
    await app.call('facilities:archive', { id: archived.id, archived: true });
    const target = path.join(tempDir(), 'facilities.csv');
    app.nextExportFile = target;
    expect(await app.call('export:csv', { list: 'facilities' })).toMatchObject({ rows: 2 });
    expect(app.lastExportDefaultName).toBe(`parloir-etablissements-${localToday()}.csv`);
    const lines = fs.readFileSync(target, 'utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Nom de l’établissement;Type;Adresse;Complément d’adresse;Boîte postale;Code postal;Ville;Région;Pays',
    );
    expect(lines[2]).toBe("Maison d'arrêt de Fresnes;Autre;1 allée des Thuyas;;;94260;Fresnes;;FR");
    expect(await app.call('export:csv', { list: 'facilities', includeArchived: true })).toMatchObject({ rows: 3 });
  });

  it('puts an apostrophe before cells a spreadsheet would run as formulas', async () => {
    const app = await ImportApp.create();
    await app.call('prisoners:create', { prisoner: { familyName: '=HYPERLINK("http://x")', givenNames: '+33' } });
    const target = path.join(tempDir(), 'formula.csv');
    app.nextExportFile = target;
    await app.call('export:csv', { list: 'prisoners' });
    const row = fs.readFileSync(target, 'utf8').slice(1).split('\r\n')[1];
    expect(row).toBe(`"'=HYPERLINK(""http://x"")";"'+33";;;;;;;Inconnu;`);
  });

  it('writes nothing when the dialog is cancelled, refuses while locked, and says WRITE_FAILED when the folder is gone', async () => {
    const app = await importedApp();
    expect(await app.call('export:csv', { list: 'prisoners' })).toEqual({ status: 'cancelled' });
    app.nextExportFile = path.join(tempDir(), 'missing-folder', 'out.csv');
    expect((await app.fail('export:csv', { list: 'prisoners' })).code).toBe('WRITE_FAILED');
    expect(fs.existsSync(path.dirname(app.nextExportFile))).toBe(false);
    await app.lock();
    app.lastExportDefaultName = null;
    expect((await app.fail('export:csv', { list: 'prisoners' })).code).toBe('VAULT_LOCKED');
    expect(app.lastExportDefaultName).toBeNull();
  });

  it('round-trips: the exported file imported into a fresh vault gives the same prisoners', async () => {
    const source = await importedApp();
    await source.call('prisoners:create', {
      prisoner: { familyName: '-Tiret', givenNames: 'Anne, Marie', knownAs: 'Nanou', status: 'deceased' },
    });
    const target = path.join(tempDir(), 'round-trip.csv');
    source.nextExportFile = target;
    await source.call('export:csv', { list: 'prisoners' });

    const fresh = await ImportApp.create();
    const picked = await fresh.pick(target);
    const check = await fresh.call('import:check', { token: picked.token, mapping: picked.suggestedMapping });
    expect(check.problems).toEqual([]);
    await fresh.call('import:run', { token: picked.token, mapping: picked.suggestedMapping });
    expect(await prisonersAsSeen(fresh)).toEqual(await prisonersAsSeen(source));
  });
});
