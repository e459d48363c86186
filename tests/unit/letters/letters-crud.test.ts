import { describe, expect, test } from 'vitest';
import { TestApp } from '../../support/test-app';
import { facility, muret, tegel } from '../registry/registry-data';
import { inLetter, lettersSetup, openRules, outLetter, saveLetter } from './letters-data';

describe('letters: create, read, update, delete', () => {
  test('a letter out by post goes to the open stay and keeps the block printing composes that day', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const saved = await r.call('letters:create', { letter: outLetter(alice, { summary: 'Nouvelles du groupe' }) });
    expect(saved.saved).toBe(true);
    if (!saved.saved) return;
    const page = await r.call('prisoners:get', { id: alice });
    expect(saved.letter.stayId).toBe(page.current?.stayId);
    expect(saved.letter.addressBlock).toEqual(page.addressBlock);
    expect(saved.letter.addressBlock?.[0]).toBe('MARTIN Alice');
    const read = await r.call('letters:get', { id: saved.letter.id });
    expect(read).toEqual(saved.letter);
    expect(read).toMatchObject({
      prisonerName: 'Martin Alice',
      status: 'sent',
      datedOn: '2025-03-01',
      summary: 'Nouvelles du groupe',
      writerName: null,
    });
  });

  test('an update changes the letter; a delete removes it', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const member = await r.call('members:create', { pseudonym: 'Hirondelle' });
    const letter = await saveLetter(r, outLetter(alice, { status: 'draft', sentOn: null, writtenOn: '2025-02-27' }));
    const updated = await r.call('letters:update', {
      id: letter.id,
      letter: outLetter(alice, { writerMemberId: member.id, pages: 3 }),
    });
    expect(updated.saved && updated.letter).toMatchObject({
      status: 'sent',
      writerName: 'Hirondelle',
      pages: 3,
      datedOn: '2025-03-01',
    });
    await r.call('letters:delete', { id: letter.id });
    expect((await r.fail('letters:get', { id: letter.id })).code).toBe('NOT_FOUND');
    expect((await r.fail('letters:delete', { id: letter.id })).code).toBe('NOT_FOUND');
  });

  test('a stay of another prisoner is refused in words, and nothing is written', async () => {
    const r = await TestApp.create();
    const { alice, bob } = await lettersSetup(r);
    const bobsStay = (await r.call('prisoners:get', { id: bob })).current?.stayId;
    const error = await r.fail('letters:create', {
      letter: outLetter(alice, { stayId: bobsStay }),
      acceptWarnings: true,
    });
    expect(error.code).toBe('STAY_OF_ANOTHER_PRISONER');
    expect((await r.call('letters:list', { prisonerId: alice })).total).toBe(0);
  });

  test('a letter by post to a prisoner with no open stay says so', async () => {
    const r = await TestApp.create();
    await lettersSetup(r);
    const nowhere = (await r.call('prisoners:create', { prisoner: { familyName: 'Sans' } })).prisoner.id;
    expect((await r.fail('letters:create', { letter: outLetter(nowhere), acceptWarnings: true })).code).toBe(
      'NO_OPEN_STAY',
    );
    // By hand at a visit, no address is needed.
    const visit = await saveLetter(r, outLetter(nowhere, { channel: 'visit' }));
    expect(visit).toMatchObject({ stayId: null, addressBlock: null });
  });

  test('the address block stays as it was after a transfer', async () => {
    const r = await TestApp.create();
    const { alice, fr } = await lettersSetup(r);
    const letter = await saveLetter(r, outLetter(alice));
    const before = letter.addressBlock;
    const de = await facility(r, tegel);
    const moved = await r.call('stays:transfer', {
      prisonerId: alice,
      facilityId: de,
      prisonerNumber: '99',
      date: '2025-04-01',
    });
    expect(moved.addressBlock).not.toEqual(before);
    expect((await r.call('letters:get', { id: letter.id })).addressBlock).toEqual(before);
    // The old prison's address changes later: an edit of the same letter (it came back) keeps the block it went to.
    await r.call('facilities:update', {
      id: fr,
      facility: { ...muret, rules: openRules, address: { ...muret.address, street: 'Chemin neuf' } },
    });
    const returned = await r.call('letters:update', {
      id: letter.id,
      letter: outLetter(alice, { stayId: letter.stayId, status: 'returned', issueReason: 'moved' }),
      acceptWarnings: true,
    });
    expect(returned.saved && returned.letter.addressBlock).toEqual(before);
    // A new letter goes to the new prison.
    expect((await saveLetter(r, outLetter(alice))).addressBlock).toEqual(moved.addressBlock);
  });

  test('a letter received before it was sent is refused', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const error = await r.fail('letters:create', {
      letter: inLetter(alice, { sentOn: '2025-03-10', receivedOn: '2025-03-09' }),
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((issue) => issue.path.join('.'))).toContain('letter.receivedOn');
    expect((await r.call('letters:list', { prisonerId: alice })).total).toBe(0);
  });

  test.each([
    ['a letter in that is not received', { direction: 'in', status: 'sent', sentOn: '2025-01-01' }],
    ['a letter out that is received', { direction: 'out', status: 'received', receivedOn: '2025-01-01' }],
    ['a returned letter without a reason', { direction: 'out', status: 'returned', sentOn: '2025-01-01' }],
    [
      'a reason "other" without its text',
      { direction: 'out', status: 'withheld', sentOn: '2025-01-01', issueReason: 'other' },
    ],
    ['a letter without any date', { direction: 'out', status: 'draft' }],
    ['a reason on a sent letter', { direction: 'out', status: 'sent', sentOn: '2025-01-01', issueReason: 'moved' }],
  ] as const)('%s is refused', async (_name, fields) => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const error = await r.fail('letters:create', { letter: { prisonerId: alice, ...fields }, acceptWarnings: true });
    expect(error.code).toBe('VALIDATION');
  });

  test('a reply must be a letter of the same prisoner in the other direction', async () => {
    const r = await TestApp.create();
    const { alice, bob } = await lettersSetup(r);
    const sent = await saveLetter(r, outLetter(alice));
    const toBob = await saveLetter(r, outLetter(bob));
    const answer = await saveLetter(r, inLetter(alice, { replyToId: sent.id }));
    expect(answer.replyToId).toBe(sent.id);
    for (const replyToId of [toBob.id, answer.id]) {
      const error = await r.fail('letters:create', { letter: inLetter(alice, { replyToId }), acceptWarnings: true });
      expect(error.code).toBe('REPLY_MISMATCH');
    }
    const sameWay = await r.fail('letters:create', {
      letter: outLetter(alice, { replyToId: sent.id }),
      acceptWarnings: true,
    });
    expect(sameWay.code).toBe('REPLY_MISMATCH');
  });

  test('a returned letter needs action until it is marked handled, with what was done', async () => {
    const r = await TestApp.create();
    const { alice } = await lettersSetup(r);
    const letter = await saveLetter(
      r,
      outLetter(alice, { status: 'returned', issueReason: 'other', issueNote: 'Enveloppe déchirée' }),
    );
    expect(letter.needsAction).toBe(true);
    expect((await r.call('letters:list', { needsAction: true })).rows.map((row) => row.id)).toEqual([letter.id]);
    const handled = await r.call('letters:markHandled', { id: letter.id, actionTaken: 'Renvoyée le 5 mars' });
    expect(handled).toMatchObject({ needsAction: false, actionTaken: 'Renvoyée le 5 mars' });
    expect(handled.handledAt).not.toBeNull();
    expect((await r.call('letters:list', { needsAction: true })).total).toBe(0);
    const sent = await saveLetter(r, outLetter(alice));
    expect((await r.fail('letters:markHandled', { id: sent.id })).code).toBe('VALIDATION');
  });

  test('the list filters, sorts and counts', async () => {
    const r = await TestApp.create();
    const { alice, bob, be } = await lettersSetup(r);
    const tag = await r.call('tags:create', { name: 'Suivi' });
    const a1 = await saveLetter(r, outLetter(alice, { sentOn: '2025-01-01', tagIds: [tag.id] }));
    const a2 = await saveLetter(r, inLetter(alice, { receivedOn: '2025-02-01' }));
    const b1 = await saveLetter(r, outLetter(bob, { sentOn: '2025-03-01' }));
    const ids = async (input: Parameters<typeof r.call<'letters:list'>>[1]) =>
      (await r.call('letters:list', input)).rows.map((row) => row.id);
    expect(await ids({})).toEqual([b1.id, a2.id, a1.id]);
    expect(await ids({ descending: false })).toEqual([a1.id, a2.id, b1.id]);
    expect(await ids({ direction: 'in' })).toEqual([a2.id]);
    expect(await ids({ status: ['sent'] })).toEqual([b1.id, a1.id]);
    expect(await ids({ tagId: tag.id })).toEqual([a1.id]);
    expect(await ids({ facilityId: be })).toEqual([b1.id]);
    expect(await ids({ prisonerId: alice })).toEqual([a2.id, a1.id]);
    expect(await ids({ from: '2025-01-15', to: '2025-02-15' })).toEqual([a2.id]);
    expect(await ids({ writerMemberId: 0, limit: 1, offset: 1 })).toEqual([a2.id]);
    expect(await ids({ sort: 'prisoner', descending: false })).toEqual([b1.id, a1.id, a2.id]);
    expect((await r.call('letters:list', { limit: 1 })).total).toBe(3);
  });
});
