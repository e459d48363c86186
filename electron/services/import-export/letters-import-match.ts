import { createHash } from 'node:crypto';
import { matchKey } from './import-words';

/**
 * When a row of a letter log is a letter the vault already has.
 *
 * A row and a letter match when they have the same prisoner, direction, status and date (the letter's `dated_on`:
 * received, else sent, else written, as the CHECK letters_dated_on_sources computes it), and, when both have a
 * summary, the same summary once folded as matchKey() folds (accents, case, punctuation). A summary on one side only
 * does not tell them apart: a log often notes what the vault's letter left blank, or the other way round. Channel,
 * writer, pages and the reason are left out: they are what a second import of a corrected log changes.
 *
 * Nothing else is needed to decide, so the vault's side travels to the import worker as one line per letter,
 * "prisoner direction status date token", where the token is a hash of the folded summary (or "-" for none): never the
 * summary itself. 66 bits of hash (11 base64url characters) are ample, since two summaries are only ever compared for
 * one prisoner's letters of one day.
 */

const NO_SUMMARY = '-';

/** The token of a summary: "-" for none (or one that folds to nothing), else 11 characters of its folded hash. */
export function summaryToken(summary: string | null): string {
  const folded = summary === null ? '' : matchKey(summary);
  if (folded === '') return NO_SUMMARY;
  return createHash('sha256').update(folded).digest('base64url').slice(0, 11);
}

/** The part of a letter that must be equal for a match: prisoner, direction, status, date. */
export function letterGroup(prisonerId: number, direction: string, status: string, datedOn: string): string {
  return `${prisonerId} ${direction} ${status} ${datedOn}`;
}

/** One letter of the vault as the lookup carries it. */
export function letterMatchLine(
  prisonerId: number,
  direction: string,
  status: string,
  datedOn: string,
  summary: string | null,
): string {
  return `${letterGroup(prisonerId, direction, status, datedOn)} ${summaryToken(summary)}`;
}

/** The tokens of one group's letters, space-separated ("-" for a letter with no summary): most groups hold one. */
type Groups = Map<string, string>;

function add(groups: Groups, group: string, token: string): void {
  const tokens = groups.get(group);
  groups.set(group, tokens === undefined ? token : `${tokens} ${token}`);
}

/** Whether `token` matches one of `group`'s letters: any of them for a row with no summary. */
function matches(groups: Groups, group: string, token: string): boolean {
  const tokens = groups.get(group);
  if (tokens === undefined) return false;
  return token === NO_SUMMARY || tokens.split(' ').some((t) => t === NO_SUMMARY || t === token);
}

export type RowMatch = 'new' | 'inVault' | 'repeat';

/**
 * The rows of one log matched, in file order, against the vault and against the rows before them. A row identical to
 * an earlier row (same prisoner, direction, status, date and folded summary) is a repeat, imported all the same: a
 * group may log two letters to one person the same day. Identical, it matches the vault exactly when its first copy
 * does: so when the first copy is a letter of the vault, so is the repeat, and it is counted as such.
 */
export class LetterMatcher {
  readonly #vault: Groups = new Map();
  readonly #file = new Set<string>();

  /** `lines`: the lookup's letters, one letterMatchLine() a line. */
  constructor(lines: string) {
    for (const line of lines.split('\n')) {
      const cut = line.lastIndexOf(' ');
      if (cut > 0) add(this.#vault, line.slice(0, cut), line.slice(cut + 1));
    }
  }

  match(prisonerId: number, direction: string, status: string, datedOn: string, summary: string | null): RowMatch {
    const group = letterGroup(prisonerId, direction, status, datedOn);
    const token = summaryToken(summary);
    if (matches(this.#vault, group, token)) return 'inVault';
    const key = `${group} ${token}`;
    if (this.#file.has(key)) return 'repeat';
    this.#file.add(key);
    return 'new';
  }
}
