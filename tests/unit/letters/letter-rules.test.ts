import { describe, expect, test } from 'vitest';
import { letterRuleWarnings, newWarnings, type CheckedLetter } from '../../../db/letters/letter-rules';
import { mailRules, type MailRulesInput } from '../../../shared/registry/mail-rules.schemas';
import { TestApp } from '../../support/test-app';
import { facility, muret, prisoner } from '../registry/registry-data';
import { openRules, outLetter } from './letters-data';

const letter = (extra: Partial<CheckedLetter> = {}): CheckedLetter => ({
  direction: 'out',
  channel: 'post',
  pages: 2,
  photos: null,
  stamps: null,
  language: null,
  ...extra,
});
const kinds = (l: CheckedLetter, rules: MailRulesInput) =>
  letterRuleWarnings(l, mailRules.parse(rules), 'CP Muret').map((w) => w.kind);

describe('the mail rules a letter is checked against', () => {
  test('known and generous rules say nothing', () => {
    expect(kinds(letter({ photos: 2, stamps: 1, language: 'fr' }), openRules)).toEqual([]);
  });

  test('each rule broken is a warning, with the limit and the count', () => {
    const rules = {
      ...openRules,
      lettersAllowed: false,
      maxPages: 4,
      maxPhotos: 1,
      stampsAllowed: false,
      senderAddressRequired: true,
      languages: ['fr'],
    };
    const warnings = letterRuleWarnings(
      letter({ pages: 6, photos: 3, stamps: 2, language: 'tr' }),
      mailRules.parse(rules),
      'CP Muret',
    );
    expect(warnings.map((w) => w.kind)).toEqual([
      'letters_not_allowed',
      'pages_over',
      'photos_over',
      'stamps_not_allowed',
      'language_not_allowed',
      'sender_required',
    ]);
    expect(warnings[1]).toMatchObject({ limit: 4, count: 6, facilityName: 'CP Muret' });
    expect(warnings[4]?.languages).toEqual(['fr']);
    expect(kinds(letter({ photos: 1 }), { ...openRules, photosAllowed: false })).toEqual(['photos_not_allowed']);
  });

  test('an unknown rule that matters is said to be unknown, never taken as allowed', () => {
    const unknown = {
      lettersAllowed: null,
      maxPages: null,
      photosAllowed: null,
      stampsAllowed: null,
      senderAddressRequired: null,
      languages: [],
    };
    expect(
      kinds(letter({ pages: 6, photos: 1, stamps: 1, language: 'fr' }), { ...openRules, ...unknown, maxPhotos: 3 }),
    ).toEqual([
      'letters_unknown',
      'pages_unknown',
      'photos_unknown',
      'stamps_unknown',
      'languages_unknown',
      'sender_unknown',
    ]);
    // Photos allowed but how many is not known: still unknown for a letter with photos.
    expect(kinds(letter({ photos: 2 }), { ...openRules, maxPhotos: null })).toEqual(['photos_unknown']);
  });

  test('an unknown rule that does not matter for this letter says nothing', () => {
    const rules = {
      ...openRules,
      maxPages: null,
      photosAllowed: null,
      maxPhotos: null,
      stampsAllowed: null,
      languages: [],
    };
    expect(kinds(letter({ pages: null }), rules)).toEqual([]);
  });

  test('rules never filled in are said once', () => {
    expect(kinds(letter({ pages: 9, photos: 2 }), {})).toEqual(['rules_unknown']);
  });

  test('only a letter out by post meets the mail room', () => {
    expect(kinds(letter({ direction: 'in', pages: 9 }), { maxPages: 1 })).toEqual([]);
    expect(kinds(letter({ channel: 'visit', pages: 9 }), { maxPages: 1 })).toEqual([]);
  });

  test('an edit is warned only of what it brings', () => {
    const rules = mailRules.parse({ ...openRules, maxPages: 4 });
    const before = letterRuleWarnings(letter({ pages: 6 }), rules, 'CP');
    expect(newWarnings(letterRuleWarnings(letter({ pages: 6 }), rules, 'CP'), before)).toEqual([]);
    expect(newWarnings(letterRuleWarnings(letter({ pages: 7 }), rules, 'CP'), before).map((w) => w.kind)).toEqual([
      'pages_over',
    ]);
  });
});

describe('saving a letter against the rules', () => {
  async function sixPages() {
    const r = await TestApp.create();
    const fid = await facility(r, { ...muret, rules: { ...openRules, maxPages: 4 } });
    const id = await prisoner(r, { familyName: 'Martin' }, { facilityId: fid });
    return { r, id };
  }

  test('with warnings and acceptWarnings false nothing is saved and the warnings come back', async () => {
    const { r, id } = await sixPages();
    const result = await r.call('letters:create', { letter: outLetter(id, { pages: 6 }) });
    expect(result.saved).toBe(false);
    expect(result.warnings).toEqual([
      { kind: 'pages_over', facilityName: muret.name, limit: 4, count: 6, languages: [] },
    ]);
    expect((await r.call('letters:list', {})).total).toBe(0);
  });

  test('with acceptWarnings true it saves, and says what it accepted', async () => {
    const { r, id } = await sixPages();
    const result = await r.call('letters:create', { letter: outLetter(id, { pages: 6 }), acceptWarnings: true });
    expect(result.saved).toBe(true);
    expect(result.warnings.map((w) => w.kind)).toEqual(['pages_over']);
    expect((await r.call('letters:list', {})).total).toBe(1);
  });

  test('an update that changes nothing the rules look at is not stopped again', async () => {
    const { r, id } = await sixPages();
    const first = await r.call('letters:create', { letter: outLetter(id, { pages: 6 }), acceptWarnings: true });
    if (!first.saved) throw new Error('not saved');
    const acknowledged = await r.call('letters:update', {
      id: first.letter.id,
      letter: outLetter(id, { pages: 6, status: 'acknowledged' }),
    });
    expect(acknowledged).toMatchObject({ saved: true, warnings: [] });
    const longer = await r.call('letters:update', { id: first.letter.id, letter: outLetter(id, { pages: 8 }) });
    expect(longer.saved).toBe(false);
    expect((await r.call('letters:get', { id: first.letter.id })).pages).toBe(6);
  });
});
