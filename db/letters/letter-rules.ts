import type { RuleWarning, RuleWarningKind } from '../../shared/letters/letter-rules.schemas';
import type { MailRules } from '../../shared/registry/mail-rules.schemas';

/** What the rules look at in a letter: only a letter out by post meets a facility's mail room. */
export interface CheckedLetter {
  direction: 'out' | 'in';
  channel: string;
  pages: number | null;
  photos: number | null;
  stamps: number | null;
  language: string | null;
}

const encloses = (n: number | null): n is number => n !== null && n > 0;

/** The rules a letter is checked against, all of them never filled in: said once rather than one by one. */
function nothingKnown(rules: MailRules): boolean {
  return (
    rules.lettersAllowed === null &&
    rules.maxPages === null &&
    rules.photosAllowed === null &&
    rules.maxPhotos === null &&
    rules.stampsAllowed === null &&
    rules.senderAddressRequired === null &&
    rules.languages.length === 0
  );
}

/**
 * Each problem the facility's mail rules raise for this letter, in order of gravity. A rule that is not known (null,
 * or no language listed) and matters for this letter is a warning of its own: unknown is never taken as allowed. A
 * rule that does not matter (the photos rule for a letter without photos) says nothing.
 */
export function letterRuleWarnings(letter: CheckedLetter, rules: MailRules, facilityName: string): RuleWarning[] {
  if (letter.direction !== 'out' || letter.channel !== 'post') return [];
  const warnings: RuleWarning[] = [];
  const warn = (kind: RuleWarningKind, extra: Partial<Pick<RuleWarning, 'limit' | 'count' | 'languages'>> = {}) =>
    warnings.push({ kind, facilityName, limit: null, count: null, languages: [], ...extra });
  if (nothingKnown(rules)) {
    warn('rules_unknown');
    return warnings;
  }
  if (rules.lettersAllowed === false) warn('letters_not_allowed');
  else if (rules.lettersAllowed === null) warn('letters_unknown');

  if (encloses(letter.pages)) {
    if (rules.maxPages === null) warn('pages_unknown');
    else if (letter.pages > rules.maxPages) warn('pages_over', { limit: rules.maxPages, count: letter.pages });
  }
  if (encloses(letter.photos)) {
    if (rules.photosAllowed === false) warn('photos_not_allowed');
    else if (rules.photosAllowed === null) warn('photos_unknown');
    else if (rules.maxPhotos === null) warn('photos_unknown');
    else if (letter.photos > rules.maxPhotos) warn('photos_over', { limit: rules.maxPhotos, count: letter.photos });
  }
  if (encloses(letter.stamps)) {
    if (rules.stampsAllowed === false) warn('stamps_not_allowed');
    else if (rules.stampsAllowed === null) warn('stamps_unknown');
  }
  if (letter.language !== null) {
    if (rules.languages.length === 0) warn('languages_unknown');
    else if (!rules.languages.includes(letter.language))
      warn('language_not_allowed', { languages: [...rules.languages] });
  }
  if (rules.senderAddressRequired === true) warn('sender_required');
  else if (rules.senderAddressRequired === null) warn('sender_unknown');
  return warnings;
}

const sameWarning = (a: RuleWarning, b: RuleWarning) =>
  a.kind === b.kind && a.facilityName === b.facilityName && a.limit === b.limit && a.count === b.count;

/**
 * On an edit, only what the edit brings: the warnings the saved letter already had were shown, and accepted, when it
 * was saved; changing its status later must not ask again.
 */
export function newWarnings(after: readonly RuleWarning[], before: readonly RuleWarning[]): RuleWarning[] {
  return after.filter((warning) => !before.some((old) => sameWarning(warning, old)));
}
