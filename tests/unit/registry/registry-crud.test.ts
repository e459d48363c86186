import { beforeAll, describe, expect, test } from 'vitest';
import { facility, forest, muret, prisoner } from './registry-data';
import { TestApp } from '../../support/test-app';

let r: TestApp;

beforeAll(async () => {
  r = await TestApp.create();
});

describe('facilities and their mail rules', () => {
  test('rules round-trip: the IBAN is stored in electronic form, unknowns stay null', async () => {
    const created = await r.call('facilities:create', {
      ...muret,
      rules: {
        lettersAllowed: true,
        maxPages: 4,
        photosAllowed: true,
        maxPhotos: 3,
        parcelsAllowed: false,
        parcelContents: ['books', 'clothes'],
        money: {
          method: 'bank_transfer',
          iban: 'fr76 3000 6000 0112 3456 7890 189',
          accountHolder: 'Régie des comptes nominatifs',
          referencePattern: '{number} {LASTNAME}',
          referenceMaxLength: 31,
        },
        languages: ['FR', 'es'],
        restrictions: 'Pas de stylo-bille rouge.\nPas d’autocollants.',
      },
      notes: 'Parloirs le mercredi',
    });
    const { facility: read } = await r.call('facilities:get', { id: created.id });
    expect(read).toEqual(created);
    expect(read.rules).toEqual({
      lettersAllowed: true,
      maxPages: 4,
      photosAllowed: true,
      maxPhotos: 3,
      stampsAllowed: null,
      parcelsAllowed: false,
      parcelMaxGrams: null,
      parcelContents: ['books', 'clothes'],
      money: {
        method: 'bank_transfer',
        iban: 'FR7630006000011234567890189',
        accountHolder: 'Régie des comptes nominatifs',
        referencePattern: '{number} {LASTNAME}',
        referenceMaxLength: 31,
        // Left out, the account's currency is the euro and the facility sets no limit.
        currency: 'EUR',
        limits: [],
      },
      senderAddressRequired: null,
      languages: ['fr', 'es'],
      restrictions: 'Pas de stylo-bille rouge.\nPas d’autocollants.',
    });
    const updated = await r.call('facilities:update', {
      id: created.id,
      facility: { ...muret, rules: { money: { method: 'other', instructions: 'Mandat cash' } } },
    });
    expect(updated.rules.money).toEqual({ method: 'other', instructions: 'Mandat cash' });
    expect(updated.rules.lettersAllowed).toBeNull();
  });

  test('an invalid IBAN is a VALIDATION error on that field, and nothing is written', async () => {
    const before = (await r.call('facilities:list', { includeArchived: true })).length;
    const error = await r.fail('facilities:create', {
      ...forest,
      rules: { money: { method: 'bank_transfer', iban: 'BE00 0000 0000 0000' } },
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => i.path)).toEqual([['rules', 'money', 'iban']]);
    expect((await r.call('facilities:list', { includeArchived: true })).length).toBe(before);
  });

  test('an unknown facility is NOT_FOUND on every channel that names one', async () => {
    expect((await r.fail('facilities:get', { id: 999 })).code).toBe('NOT_FOUND');
    expect((await r.fail('facilities:update', { id: 999, facility: forest })).code).toBe('NOT_FOUND');
    expect((await r.fail('facilities:archive', { id: 999, archived: true })).code).toBe('NOT_FOUND');
    expect((await r.fail('facilities:deleteImpact', { id: 999 })).code).toBe('NOT_FOUND');
    expect((await r.fail('facilities:delete', { id: 999 })).code).toBe('NOT_FOUND');
  });
});

describe('deleting with history', () => {
  test('a facility with stays says what goes with it and needs confirmation', async () => {
    const place = await facility(r, forest);
    const a = await prisoner(r, { familyName: 'Peeters' }, { facilityId: place, prisonerNumber: 'B1' });
    const b = await prisoner(r, { familyName: 'Maes' }, { facilityId: place, from: '2023-01-01' });
    await r.call('stays:close', { prisonerId: b, date: '2023-06-01', endReason: 'release' });
    await r.call('stays:add', {
      prisonerId: b,
      stay: { facilityId: place, from: '2024-01-01', startReason: 'arrest' },
    });
    expect(await r.call('facilities:deleteImpact', { id: place })).toEqual({
      stays: 3,
      prisoners: 2,
      tags: 0,
      letters: 0,
      parcels: 0,
      ledgerEntries: 0,
      funds: 0,
    });
    expect((await r.fail('facilities:delete', { id: place })).code).toBe('CONFIRMATION_REQUIRED');
    expect((await r.call('facilities:get', { id: place })).currentPrisoners).toHaveLength(2);
    await r.call('facilities:delete', { id: place, confirmed: true });
    expect((await r.fail('facilities:get', { id: place })).code).toBe('NOT_FOUND');
    // The prisoners stay; their stays there are gone, and so are those numbers from the search index.
    expect((await r.call('prisoners:get', { id: a })).stays).toEqual([]);
    expect((await r.call('prisoners:get', { id: b })).current).toBeNull();
    expect(await r.call('search:query', { text: 'b1' })).toEqual({ hits: [] });
  });

  test('a facility without history is deleted without confirmation', async () => {
    const place = await facility(r, { ...forest, name: 'Prison vide' });
    expect(await r.call('facilities:deleteImpact', { id: place })).toEqual({
      stays: 0,
      prisoners: 0,
      tags: 0,
      letters: 0,
      parcels: 0,
      ledgerEntries: 0,
      funds: 0,
    });
    await r.call('facilities:delete', { id: place });
    expect((await r.fail('facilities:get', { id: place })).code).toBe('NOT_FOUND');
  });

  test('a prisoner with stays or tags needs confirmation; without, not', async () => {
    const place = await facility(r, muret);
    const t = await r.call('tags:create', { name: 'Suppression' });
    const id = await prisoner(r, { familyName: 'Moreau' }, { facilityId: place });
    await r.call('prisoners:setTags', { prisonerId: id, tagIds: [t.id] });
    expect(await r.call('prisoners:deleteImpact', { id })).toEqual({
      stays: 1,
      prisoners: 0,
      tags: 1,
      letters: 0,
      parcels: 0,
      ledgerEntries: 0,
      funds: 0,
    });
    expect((await r.fail('prisoners:delete', { id })).code).toBe('CONFIRMATION_REQUIRED');
    expect((await r.call('prisoners:get', { id })).stays).toHaveLength(1);
    await r.call('prisoners:delete', { id, confirmed: true });
    expect((await r.fail('prisoners:get', { id })).code).toBe('NOT_FOUND');
    expect((await r.call('tags:list', {})).find((x) => x.id === t.id)?.prisoners).toBe(0);
    const bare = await prisoner(r, { familyName: 'Sans-Histoire' });
    await r.call('prisoners:delete', { id: bare });
    expect((await r.fail('prisoners:get', { id: bare })).code).toBe('NOT_FOUND');
  });
});

describe('prisoners', () => {
  test('create with a stay and tags, then update: the page shows what was written', async () => {
    const place = await facility(r, muret);
    const t = await r.call('tags:create', { name: 'Soutien', description: 'Comité de soutien' });
    const detail = await r.call('prisoners:create', {
      prisoner: {
        familyName: 'Nguyễn',
        givenNames: 'Thị Lan',
        knownAs: 'Lan',
        pronouns: 'elle',
        dateOfBirth: '1990-02-28',
        languages: ['VI', 'fr'],
        status: 'pretrial',
        doNotWrite: true,
        doNotWriteReason: 'Courrier lu par l’enquête',
      },
      stay: { facilityId: place, prisonerNumber: ' 4242 ', from: '2024-03-01', startReason: 'arrest' },
      tagIds: [t.id],
    });
    expect(detail.prisoner).toMatchObject({
      familyName: 'Nguyễn',
      languages: ['vi', 'fr'],
      doNotWrite: true,
      archived: false,
    });
    expect(detail.current).toMatchObject({ facilityId: place, prisonerNumber: '4242' });
    expect(detail.tags).toEqual([{ id: t.id, name: 'Soutien' }]);
    const updated = await r.call('prisoners:update', {
      id: detail.prisoner.id,
      prisoner: { familyName: 'Nguyen', status: 'sentenced' },
    });
    expect(updated.prisoner).toMatchObject({
      familyName: 'Nguyen',
      givenNames: null,
      doNotWrite: false,
      status: 'sentenced',
    });
    expect(updated.stays).toHaveLength(1);
  });

  test('create is all or nothing: an unknown tag leaves no prisoner behind', async () => {
    const before = (await r.call('prisoners:list', { includeArchived: true })).total;
    const error = await r.fail('prisoners:create', { prisoner: { familyName: 'Fantôme' }, tagIds: [987654] });
    expect(error.code).toBe('NOT_FOUND');
    expect((await r.call('prisoners:list', { includeArchived: true })).total).toBe(before);
    expect(await r.call('search:query', { text: 'fantome' })).toEqual({ hits: [] });
  });
});

describe('tags and members', () => {
  test('tag names are unique regardless of case', async () => {
    const t = await r.call('tags:create', { name: 'Grève de la faim' });
    expect((await r.fail('tags:create', { name: 'GRÈVE DE LA FAIM' })).code).toBe('DUPLICATE');
    const other = await r.call('tags:create', { name: 'Autre' });
    expect((await r.fail('tags:update', { id: other.id, tag: { name: 'grève de la faim' } })).code).toBe('DUPLICATE');
    expect(
      (await r.call('tags:update', { id: t.id, tag: { name: 'Grève de la faim 2025', description: null } })).name,
    ).toBe('Grève de la faim 2025');
  });

  test('deleting a tag carried by prisoners needs confirmation', async () => {
    const t = await r.call('tags:create', { name: 'Éphémère' });
    const id = await prisoner(r, { familyName: 'Porteur' });
    await r.call('prisoners:setTags', { prisonerId: id, tagIds: [t.id, t.id] });
    expect((await r.call('tags:list', {})).find((x) => x.id === t.id)?.prisoners).toBe(1);
    expect((await r.fail('tags:delete', { id: t.id })).code).toBe('CONFIRMATION_REQUIRED');
    await r.call('tags:delete', { id: t.id, confirmed: true });
    expect((await r.call('prisoners:get', { id })).tags).toEqual([]);
    expect(await r.call('search:query', { text: 'ephemere' })).toEqual({ hits: [] });
  });

  test('members: pseudonym unique regardless of case, roles and active flag round-trip', async () => {
    const m = await r.call('members:create', { pseudonym: 'Hirondelle', roles: ['writer', 'treasurer'] });
    expect(m).toMatchObject({ pseudonym: 'Hirondelle', roles: ['writer', 'treasurer'], active: true, notes: null });
    expect((await r.fail('members:create', { pseudonym: 'hirondelle' })).code).toBe('DUPLICATE');
    expect((await r.fail('members:create', { pseudonym: 'HIRONDELLE' })).code).toBe('DUPLICATE');
    const updated = await r.call('members:update', {
      id: m.id,
      member: { pseudonym: 'Hirondelle', roles: ['admin'], active: false },
    });
    expect(updated).toEqual({
      id: m.id,
      pseudonym: 'Hirondelle',
      roles: ['admin'],
      active: false,
      notes: null,
      postal: null,
    });
    expect((await r.call('members:list', {})).map((x) => x.pseudonym)).toContain('Hirondelle');
    await r.call('members:delete', { id: m.id });
    expect((await r.fail('members:delete', { id: m.id })).code).toBe('NOT_FOUND');
  });
});

describe('locked vault', () => {
  test('every registry channel answers VAULT_LOCKED while locked', async () => {
    const locked = await TestApp.create();
    await locked.call('vault:lock', {});
    expect((await locked.fail('prisoners:list', {})).code).toBe('VAULT_LOCKED');
    expect((await locked.fail('search:query', { text: 'x' })).code).toBe('VAULT_LOCKED');
    expect((await locked.fail('facilities:create', muret)).code).toBe('VAULT_LOCKED');
  });
});
