import type { InputOf } from '../../../shared/contract';
import type { MailRulesInput } from '../../../shared/registry/mail-rules.schemas';
import type { TestApp } from '../../support/test-app';
import { facility, forest, muret, prisoner } from '../registry/registry-data';

type LetterIn = InputOf<'letters:create'>['letter'];

/** Rules that let an ordinary letter through without a word: every rule known and generous. */
export const openRules: MailRulesInput = {
  lettersAllowed: true,
  maxPages: 10,
  photosAllowed: true,
  maxPhotos: 5,
  stampsAllowed: true,
  senderAddressRequired: false,
  languages: ['fr', 'en'],
};

/** A French prison with open rules, a Belgian one with none known, and a prisoner held in the French one. */
export async function lettersSetup(r: TestApp) {
  const fr = await facility(r, { ...muret, rules: openRules });
  const be = await facility(r, forest);
  const alice = await prisoner(
    r,
    { familyName: 'Martin', givenNames: 'Alice' },
    { facilityId: fr, prisonerNumber: '4711' },
  );
  const bob = await prisoner(r, { familyName: 'Durand', givenNames: 'Bob' }, { facilityId: be, prisonerNumber: '12' });
  return { fr, be, alice, bob };
}

/** A letter out by post, sent on the given day, to the open stay. */
export function outLetter(prisonerId: number, extra: Partial<LetterIn> = {}): LetterIn {
  return { prisonerId, direction: 'out', status: 'sent', sentOn: '2025-03-01', pages: 2, ...extra };
}

export function inLetter(prisonerId: number, extra: Partial<LetterIn> = {}): LetterIn {
  return { prisonerId, direction: 'in', status: 'received', channel: 'post', receivedOn: '2025-03-10', ...extra };
}

/** Creates a letter that must save (warnings accepted) and returns it. */
export async function saveLetter(r: TestApp, letter: LetterIn) {
  const result = await r.call('letters:create', { letter, acceptWarnings: true });
  if (!result.saved) throw new Error('the letter was not saved');
  return result.letter;
}
