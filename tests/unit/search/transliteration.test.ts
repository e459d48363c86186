import { sql } from 'kysely';
import { beforeAll, describe, expect, test } from 'vitest';
import { foldForIndex, foldForSearch, SEARCH_FOLD_VERSION } from '../../../shared/search-fold';
import { sameName } from '../../../shared/same-name';
import { searchIndexDrift } from '../../support/search-index-consistency';
import { PASSPHRASE } from '../../support/cheap-kdf';
import { TestApp } from '../../support/test-app';
import { prisoner } from '../registry/registry-data';

let r: TestApp;
const ids: Record<string, number> = {};
const db = () => r.app.context.vault.db;
const found = async (text: string) =>
  (await r.call('search:query', { text })).hits.filter((h) => h.kind === 'prisoner').map((h) => h.id);

beforeAll(async () => {
  r = await TestApp.create();
  ids.papadopoulos = await prisoner(r, { familyName: 'Παπαδόπουλος', givenNames: 'Νίκος' });
  ids.evangelos = await prisoner(r, { familyName: 'Κουφοντίνας', givenNames: 'Ευάγγελος' });
  ids.ivanov = await prisoner(r, { familyName: 'Иванов', givenNames: 'Юлия' });
  ids.shcherbakov = await prisoner(r, { familyName: 'Щербаков', givenNames: 'Хабибулла' });
  ids.oleksiy = await prisoner(r, { familyName: 'Шевченко', givenNames: 'Олексій' });
  ids.latin = await prisoner(r, { familyName: 'Karagiannis', givenNames: 'Dimitris' });
  ids.cyrLatin = await prisoner(r, { familyName: 'Zhukova', givenNames: 'Natalya' });
});

describe('Latin letters find Greek and Cyrillic names', () => {
  test.each([
    ['papadopoulos', 'papadopoulos'],
    ['Papadopoulos Nikos', 'papadopoulos'],
    ['nikos', 'papadopoulos'],
    ['papad', 'papadopoulos'],
    ['evangelos', 'evangelos'],
    ['koufontinas', 'evangelos'],
    ['ivanov', 'ivanov'],
    ['yuliya', 'ivanov'],
    ['shcherbakov', 'shcherbakov'],
    ['khabibulla', 'shcherbakov'],
    ['shevchenko', 'oleksiy'],
    ['oleksiy', 'oleksiy'],
  ])('"%s" finds %s', async (text, who) => {
    expect(await found(text)).toEqual([ids[who]]);
  });

  test('the reverse: a name typed in Greek or Cyrillic finds it written in Latin letters', async () => {
    expect(await found('Καραγιάννης')).toEqual([ids.latin]);
    expect(await found('Δημήτρης')).toEqual([ids.latin]);
    expect(await found('Жукова')).toEqual([ids.cyrLatin]);
    // And in its own script, as before.
    expect(await found('Παπαδόπουλος')).toEqual([ids.papadopoulos]);
    expect(await found('иванов')).toEqual([ids.ivanov]);
  });

  test('the index holds what foldForIndex writes for every row', async () => {
    expect(await searchIndexDrift(db())).toEqual([]);
  });
});

describe('the folding', () => {
  test('Greek digraphs as ELOT 743 writes them; a diaeresis splits one', () => {
    expect(foldForIndex('Παπαδόπουλος')).toBe('papadopoulos');
    expect(foldForIndex('ΕΥΑΓΓΕΛΟΣ')).toBe('evangelos');
    expect(foldForIndex('Ευθυμίου')).toBe('efthymiou');
    expect(foldForIndex('Αύγουστος')).toBe('avgoustos');
    expect(foldForIndex('Μπάμπης Ντίνος')).toBe('bambis dinos');
    expect(foldForIndex('Χρήστος Ξηρός')).toBe('christos xiros');
    expect(foldForIndex('Προϋπόθεση')).toBe('proypothesi');
  });

  test('Cyrillic as BGN/PCGN writes it; Latin accents fold as before', () => {
    expect(foldForIndex('Щербаков Жуков Хабибуллин Юлия')).toBe('shcherbakov zhukov khabibullin yuliya');
    expect(foldForIndex('Gülşen Yıldız, Łódź, Straße, İbrahim, Dubœuf')).toBe(
      'gulsen yildiz, lodz, strasse, ibrahim, duboeuf',
    );
  });

  test('sorting and same-name keep their own script: "Νίκος" and "Nikos" stay two tags', () => {
    expect(foldForSearch('Νίκος')).toBe('νικοσ');
    expect(sameName('Νίκος', 'Nikos')).toBe(false);
  });
});

describe('a vault indexed by an older folding', () => {
  test('is rebuilt when it opens, so Latin letters find the Greek names it already held', async () => {
    const app = await TestApp.create();
    const id = await prisoner(app, { familyName: 'Σωτηρόπουλος', givenNames: 'Ευάγγελος' });
    const vault = app.app.context.vault.db;
    // What the previous version stored: accents folded, the script kept, and no fold version in meta.
    await sql`update search_index set body = ${foldForSearch('Σωτηρόπουλος Ευάγγελος')}
      where rowid = (select id from search_rows where kind = 'prisoner' and ref_id = ${id})`.execute(vault);
    await sql`delete from meta where key = 'search_fold'`.execute(vault);
    expect((await app.call('search:query', { text: 'sotiropoulos' })).hits).toEqual([]);

    await app.lock();
    await app.call('vault:unlock', { method: 'passphrase', secret: PASSPHRASE });
    const reopened = app.app.context.vault.db;
    expect((await app.call('search:query', { text: 'sotiropoulos' })).hits.map((h) => h.id)).toEqual([id]);
    expect(await searchIndexDrift(reopened)).toEqual([]);
    const { rows } = await sql<{ value: string }>`select value from meta where key = 'search_fold'`.execute(reopened);
    expect(rows).toEqual([{ value: SEARCH_FOLD_VERSION }]);
  });
});
