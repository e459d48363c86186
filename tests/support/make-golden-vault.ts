// `npx tsx tests/support/make-golden-vault.ts tests/fixtures/golden/<version>`: makes a golden vault with the code
// as it is now, through the same channels the window uses, then writes vault.db, keyslots.json and expected.json (every
// row of every table) into that folder. Run it once per released version worth keeping; the files it wrote are then
// committed and never made again (tests/unit/vault/golden-vault.test.ts opens each of them with every later version).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Channel } from '../../shared/channels';
import type { InputOf, OutputOf } from '../../shared/contract';
import { migrationNames } from '../../db/migrations';
import { createApp } from '../../electron/services/create-app';
import { CHEAP_KDF, PASSPHRASE } from './cheap-kdf';
import { testDialogs } from './dialogs';
import { databaseKey, rawConnection } from './vault-fixture';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CSV = path.join(ROOT, 'tests/fixtures/csv/fr-semicolon-bom.csv');

async function fill(dataDir: string): Promise<void> {
  const app = createApp({ dataDir, kdf: CHEAP_KDF, dialogs: testDialogs({ chooseImportFile: async () => CSV }) });
  const call = <C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => app.invoke(channel, input);

  await call('vault:create', { passphrase: PASSPHRASE });
  const groupAddress = {
    country: 'FR',
    street: null,
    extra: null,
    poBox: 'BP 1042',
    postcode: '69201',
    city: 'Lyon Cedex 01',
    region: null,
  };
  await call('settings:set', {
    groupName: 'Collectif Solidarité Détenu·es',
    groupCountry: 'FR',
    groupSender: { name: 'Collectif Solidarité', address: groupAddress },
    calibrations: { A4: { xMm: 0.5, yMm: -1.25 }, DL: { xMm: -2, yMm: 3 } },
  });

  const lyon = await call('facilities:create', {
    name: "Maison d'arrêt de Lyon-Corbas",
    kind: 'remand',
    address: { country: 'FR', street: '9 rue des Hauts-Granges', postcode: '69960', city: 'Corbas' },
    rules: {
      lettersAllowed: true,
      maxPages: 4,
      photosAllowed: true,
      maxPhotos: 3,
      stampsAllowed: false,
      parcelsAllowed: false,
      money: {
        method: 'bank_transfer',
        iban: 'FR76 3000 6000 0112 3456 7890 189',
        accountHolder: 'Régie des comptes nominatifs',
        referencePattern: '{number} {LASTNAME}',
        referenceMaxLength: 35,
      },
      senderAddressRequired: true,
      languages: ['fr'],
      restrictions: 'Pas de cartes postales à paillettes.',
    },
  });
  const koeln = await call('facilities:create', {
    name: 'Justizvollzugsanstalt Köln',
    kind: 'prison',
    address: {
      country: 'DE',
      street: 'Rochusstraße 350',
      postcode: '50827',
      city: 'Köln',
      region: 'Nordrhein-Westfalen',
    },
    rules: {
      parcelsAllowed: true,
      parcelMaxGrams: 5000,
      parcelContents: ['books', 'clothes'],
      money: { method: 'other', instructions: 'Über die Anstalt.' },
    },
    notes: 'Besuche dienstags.',
  });
  const korydallos = await call('facilities:create', {
    name: 'Κατάστημα Κράτησης Κορυδαλλού',
    kind: 'prison',
    address: { country: 'GR', street: 'Πλαταιών 1', postcode: '181 10', city: 'Κορυδαλλός' },
    rules: { lettersAllowed: null, languages: ['el', 'en'] },
  });
  const silivri = await call('facilities:create', {
    name: 'Marmara Cezaevleri Kampüsü',
    kind: 'prison',
    address: { country: 'TR', street: 'Kavaklı Mahallesi', postcode: '34930', city: 'Silivri', region: 'İstanbul' },
  });
  const mesnil = await call('facilities:create', {
    name: 'Centre de rétention administrative du Mesnil-Amelot',
    kind: 'immigration_detention',
    address: { country: 'FR', street: 'Rue de Paris', poBox: 'BP 23', postcode: '77990', city: 'Le Mesnil-Amelot' },
  });
  const stGilles = await call('facilities:create', {
    name: 'Prison de Saint-Gilles',
    kind: 'detention_centre',
    address: { country: 'BE', street: 'Avenue Ducpétiaux 106', postcode: '1060', city: 'Saint-Gilles' },
  });
  await call('facilities:archive', { id: stGilles.id, archived: true });

  const trial = await call('tags:create', { name: 'Procès de Lyon', description: 'Audience en mars.' });
  const hunger = await call('tags:create', { name: 'Grève de la faim', description: null });
  const antirep = await call('tags:create', { name: 'Antirep' });

  await call('members:create', {
    pseudonym: 'Camille',
    roles: ['writer', 'organizer'],
    notes: 'Relit les lettres en turc.',
    postal: {
      name: 'Camille B.',
      address: { country: 'FR', street: '12 rue Sainte-Catherine', postcode: '69001', city: 'Lyon' },
    },
  });
  await call('members:create', { pseudonym: 'Noor', roles: ['treasurer', 'admin'], active: false });
  await call('members:create', { pseudonym: 'Ξανθή' });

  const elodie = await call('prisoners:create', {
    prisoner: {
      familyName: 'Dupont-Leclerc',
      givenNames: 'Élodie Marie',
      knownAs: 'Lodie',
      pronouns: 'elle',
      dateOfBirth: '2000-02-29',
      languages: ['fr', 'en'],
      status: 'pretrial',
      notes: 'Préfère les lettres manuscrites.\nRépond le dimanche.',
    },
    stay: { facilityId: lyon.id, prisonerNumber: '123456', from: '2024-03-01', startReason: 'arrest' },
    tagIds: [trial.id, antirep.id],
  });
  const giorgos = await call('prisoners:create', {
    prisoner: {
      familyName: 'Παπαδόπουλος',
      givenNames: 'Γιώργος',
      languages: ['el'],
      status: 'sentenced',
      expectedRelease: '2031-06-30',
    },
    stay: { facilityId: korydallos.id, prisonerNumber: 'Α-4521', from: '2022-11-15', startReason: 'arrest' },
    tagIds: [hunger.id],
  });
  const caglar = await call('prisoners:create', {
    prisoner: {
      familyName: 'Yılmaz',
      givenNames: 'Çağlar Şükrü',
      languages: ['tr', 'ku'],
      status: 'pretrial',
      pronouns: 'o',
    },
    stay: { facilityId: silivri.id, prisonerNumber: '2023/778', from: '2023-01-10', startReason: 'arrest' },
    tagIds: [hunger.id, antirep.id],
  });
  await call('stays:transfer', {
    prisonerId: caglar.prisoner.id,
    facilityId: lyon.id,
    prisonerNumber: '654321',
    date: '2024-09-02',
  });

  const juergen = await call('prisoners:create', {
    prisoner: {
      familyName: 'Müller',
      givenNames: 'Jürgen',
      status: 'sentenced',
      doNotWrite: true,
      doNotWriteReason: 'Hat darum gebeten.',
    },
    stay: { facilityId: koeln.id, prisonerNumber: 'K-17', from: '2019-05-20', startReason: 'other' },
  });
  await call('stays:add', {
    prisonerId: juergen.prisoner.id,
    stay: {
      facilityId: stGilles.id,
      from: '2017-01-03',
      to: '2018-12-31',
      startReason: 'arrest',
      endReason: 'transfer',
    },
  });

  const aase = await call('prisoners:create', {
    prisoner: { familyName: 'Øverli', givenNames: 'Åse', languages: ['no'] },
    stay: { facilityId: mesnil.id, from: '2025-02-01', startReason: 'arrest' },
  });
  await call('stays:close', { prisonerId: aase.prisoner.id, date: '2025-04-15', endReason: 'deportation' });
  const lukasz = await call('prisoners:create', {
    prisoner: { familyName: 'Kowalczyk', givenNames: 'Łukasz', status: 'sentenced' },
    stay: { facilityId: koeln.id, prisonerNumber: 'K-99', from: '2010-06-01', startReason: 'arrest' },
  });
  await call('stays:close', { prisonerId: lukasz.prisoner.id, date: '2021-08-09', endReason: 'death' });
  const nobody = await call('prisoners:create', { prisoner: { familyName: "O'Brien", givenNames: 'Siobhán' } });
  await call('prisoners:archive', { id: nobody.prisoner.id, archived: true });
  await call('prisoners:setTags', { prisonerId: giorgos.prisoner.id, tagIds: [hunger.id, trial.id] });
  const { id: elodieId, familyName, givenNames, dateOfBirth, languages, status, notes } = elodie.prisoner;
  await call('prisoners:update', {
    id: elodieId,
    prisoner: { familyName, givenNames, knownAs: 'Lodie D.', pronouns: 'elle', dateOfBirth, languages, status, notes },
  });

  // The spreadsheet import writes through its own path (facilities and tags it creates, stays from today); its
  // last line is Jürgen Müller again, skipped as already in the vault.
  const picked = await call('import:pickFile', {});
  if (picked.status !== 'chosen') throw new Error('The import file was not chosen');
  await call('import:run', { token: picked.token, mapping: picked.suggestedMapping, duplicates: 'skip' });

  await call('templates:create', {
    name: 'Étiquettes du local (3×8)',
    pageWidthMm: 210,
    pageHeightMm: 297,
    labelWidthMm: 70,
    labelHeightMm: 36,
    columns: 3,
    rows: 8,
    topMm: 4.5,
    leftMm: 0,
    pitchXMm: 70,
    pitchYMm: 36,
  });
  await call('vault:lock', {});
}

type Row = Record<string, unknown>;

/** Every row of every table but the search index (its shape is free to change; the test checks it by searching). */
async function readRows(dataDir: string): Promise<Record<string, Row[]>> {
  const db = rawConnection(path.join(dataDir, 'vault.db'), await databaseKey(dataDir));
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all() as Row[]]),
    );
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('Usage: tsx tests/support/make-golden-vault.ts <output folder>');
  if (fs.existsSync(path.join(out, 'vault.db')))
    throw new Error(`${out} already holds a golden vault: golden vaults are never made again`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parloir-golden-'));
  try {
    await fill(dataDir);
    const tables = await readRows(dataDir);
    const madeBy = {
      version: (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
      commit: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
      migrations: migrationNames,
    };
    fs.mkdirSync(out, { recursive: true });
    fs.copyFileSync(path.join(dataDir, 'vault.db'), path.join(out, 'vault.db'));
    fs.copyFileSync(path.join(dataDir, 'keyslots.json'), path.join(out, 'keyslots.json'));
    fs.writeFileSync(
      path.join(out, 'expected.json'),
      `${JSON.stringify({ madeBy, passphrase: PASSPHRASE, tables }, null, 2)}\n`,
    );
    console.log(
      `Golden vault written to ${out}: ${Object.entries(tables)
        .map(([t, rows]) => `${t} ${rows.length}`)
        .join(', ')}`,
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
