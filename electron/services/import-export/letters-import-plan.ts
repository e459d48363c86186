import type {
  LetterImportDuplicate,
  LetterImportField,
  LetterImportMapping,
  LetterImportProblem,
  LetterImportProblemKind,
} from '../../../shared/import-export/letters-transfer.schemas';
import { letterIssueStatuses } from '../../../shared/letters/letter-values';
import { letterInput, type LetterInput } from '../../../shared/letters/letters.schemas';
import type { CsvRow } from './csv-parse';
import { importLimits } from '../../../shared/import-export/import-export.schemas';
import { quoteCell } from './import-problems';
import { cellText, dateFromText, matchKey } from './import-words';
import { channelFromText, directionFromText, reasonFromText, statusFromText } from './letters-import-words';
import { personName } from '../../../db/letters/letters.rows';
import { LetterMatcher } from './letters-import-match';

/** What the check needs of the vault, sent to the worker: names and numbers folded, never more. */
export interface LettersLookup {
  prisoners: { id: number; familyName: string; givenNames: string | null; numbers: string[] }[];
  members: { id: number; pseudonym: string }[];
  /** Every letter as the duplicate check needs it, one line each (letters-import-match.ts), never its summary. */
  letters: string;
}

/** A row ready to be written, with its line for the messages. */
export interface ReadyLetter {
  line: number;
  letter: LetterInput;
  /** The vault already has this letter: left out when the user chooses to skip duplicates. */
  inVault: boolean;
}

export interface LettersPlan {
  rows: number;
  readyCount: number;
  /** Every row, when asked for and none has a problem; empty otherwise. */
  ready: ReadyLetter[];
  problems: LetterImportProblem[];
  problemCount: number;
  /** Ready rows that are letters already in the vault, and the first of them. */
  duplicates: number;
  duplicateLetters: LetterImportDuplicate[];
  /** Ready rows that repeat an earlier row of the file (and not the vault): imported all the same. */
  repeats: number;
}

const numberKey = (text: string) => matchKey(text).replaceAll(' ', '');

/** Names folded both ways round, so "Alice Martin" and "MARTIN Alice" in a full-name column both find her. */
function prisonerIndex(lookup: LettersLookup) {
  const byName = new Map<string, Set<number>>();
  const byNumber = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, key: string, id: number) => {
    if (key === '') return;
    const ids = map.get(key) ?? new Set<number>();
    ids.add(id);
    map.set(key, ids);
  };
  for (const p of lookup.prisoners) {
    add(byName, matchKey(`${p.familyName} ${p.givenNames ?? ''}`), p.id);
    add(byName, matchKey(`${p.givenNames ?? ''} ${p.familyName}`), p.id);
    for (const n of p.numbers) add(byNumber, numberKey(n), p.id);
  }
  return { byName, byNumber };
}

function memberIndex(lookup: LettersLookup): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const m of lookup.members) map.set(matchKey(m.pseudonym), [...(map.get(matchKey(m.pseudonym)) ?? []), m.id]);
  return map;
}

type Problem = [LetterImportField | null, LetterImportProblemKind, string | null];

/** One row of the log checked against the mapping and the vault: the letter, or its problems. */
function checkRow(
  row: CsvRow,
  mapping: LetterImportMapping,
  prisoners: ReturnType<typeof prisonerIndex>,
  members: Map<string, number[]>,
): LetterInput | Problem[] {
  const cell = (field: LetterImportField) => {
    const column = mapping[field];
    return column === undefined ? '' : cellText(row.cells[column]);
  };
  const problems: Problem[] = [];
  const problem = (field: LetterImportField | null, kind: LetterImportProblemKind, value: string | null = null) => {
    problems.push([field, kind, value]);
    return null;
  };

  // The prisoner: by name, and by number when the row gives one (both must agree).
  const nameField: LetterImportField = cell('fullName') !== '' ? 'fullName' : 'familyName';
  const name = nameField === 'fullName' ? cell('fullName') : `${cell('familyName')} ${cell('givenNames')}`;
  const number = cell('prisonerNumber');
  let prisonerId: number | null = null;
  if (matchKey(name) === '') problem(null, 'prisoner_missing');
  else {
    const named = prisoners.byName.get(matchKey(name)) ?? new Set<number>();
    const numbered = number === '' ? null : (prisoners.byNumber.get(numberKey(number)) ?? new Set<number>());
    const both = numbered === null ? [...named] : [...named].filter((id) => numbered.has(id));
    if (both.length === 1) prisonerId = both[0] ?? null;
    else if (both.length > 1) problem(nameField, 'prisoner_ambiguous', name.trim());
    else if (numbered === null || (named.size === 0 && numbered.size === 0))
      problem(nameField, 'prisoner_unknown', name.trim());
    else if (numbered.size === 0) problem('prisonerNumber', 'number_unknown', number);
    else problem('prisonerNumber', 'number_other_name', number);
  }

  let direction = directionFromText(cell('direction'));
  let status = statusFromText(cell('status'));
  if (direction === null) problem('direction', 'direction_unknown', cell('direction'));
  if (status === null) problem('status', 'status_unknown', cell('status'));
  if (direction === undefined) {
    if (status === undefined) problem('direction', 'direction_missing');
    else if (status !== null) direction = status === 'received' ? 'in' : 'out';
  }
  if (status === undefined && direction) status = direction === 'in' ? 'received' : 'sent';
  if (direction && status && (direction === 'in') !== (status === 'received'))
    problem('status', 'status_direction', cell('status'));

  const channel = channelFromText(cell('channel'));
  if (channel === null) problem('channel', 'channel_unknown', cell('channel'));

  const date = (field: 'date' | 'writtenOn' | 'sentOn' | 'receivedOn') => {
    const text = cell(field);
    if (text === '') return null;
    return dateFromText(text) ?? problem(field, 'date_invalid', text);
  };
  const any = date('date');
  let writtenOn = date('writtenOn');
  let sentOn = date('sentOn');
  let receivedOn = date('receivedOn');
  // One date for the whole log: the day it was sent, or received for a letter in, or written for a draft.
  if (any !== null) {
    if (direction === 'in') receivedOn ??= any;
    else if (status === 'draft') writtenOn ??= any;
    else sentOn ??= any;
  }
  const dateless = [cell('date'), cell('writtenOn'), cell('sentOn'), cell('receivedOn')].every((text) => text === '');
  if (dateless) problem('date', 'date_missing');
  if (sentOn !== null && receivedOn !== null && receivedOn < sentOn)
    problem('receivedOn', 'received_before_sent', cell('receivedOn') || cell('date'));

  let writerMemberId: number | null = null;
  const writer = cell('writer');
  if (writer !== '') {
    const ids = members.get(matchKey(writer)) ?? [];
    if (ids.length === 1) writerMemberId = ids[0] ?? null;
    else problem('writer', ids.length === 0 ? 'writer_unknown' : 'writer_ambiguous', writer);
  }

  let pages: number | null = null;
  if (cell('pages') !== '') {
    const value = Number(cell('pages'));
    if (Number.isInteger(value) && value >= 0 && value <= 1000) pages = value;
    else problem('pages', 'pages_invalid', cell('pages'));
  }
  const summary = cell('summary');
  if (summary.length > 2000) problem('summary', 'too_long', summary);

  const isIssue =
    status !== null && status !== undefined && (letterIssueStatuses as readonly string[]).includes(status);
  const reason = reasonFromText(cell('reason'));
  const issueNote = cell('reasonNote');
  if (reason === null) problem('reason', 'reason_unknown', cell('reason'));
  else if (isIssue && reason === undefined) problem('reason', 'reason_missing');
  else if (!isIssue && reason !== undefined) problem('reason', 'reason_not_allowed', cell('reason'));
  if (isIssue && reason === 'other' && issueNote === '') problem('reasonNote', 'note_missing');
  if (issueNote.length > 1000) problem('reasonNote', 'too_long', issueNote);

  if (problems.length > 0 || prisonerId === null || !direction || !status) return problems;
  // The letter dialog's own schema has the last word, so an imported letter is one the dialog could have saved.
  const parsed = letterInput.safeParse({
    prisonerId,
    direction,
    status,
    channel: channel ?? 'post',
    writerMemberId,
    writtenOn,
    sentOn,
    receivedOn,
    pages,
    summary: summary === '' ? null : summary,
    issueReason: isIssue ? (reason ?? null) : null,
    issueNote: isIssue && issueNote !== '' ? issueNote : null,
  });
  if (parsed.success) return parsed.data;
  return [[null, 'letter_invalid', null]];
}

/** Every row checked, in file order: the letters to write, or the problems (all counted, the first ones listed). */
export function planLetterImport(
  rows: Iterable<CsvRow>,
  mapping: LetterImportMapping,
  lookup: LettersLookup,
  withLetters: boolean,
): LettersPlan {
  const prisoners = prisonerIndex(lookup);
  const members = memberIndex(lookup);
  const names = new Map(lookup.prisoners.map((p) => [p.id, personName(p.familyName, p.givenNames)]));
  const matcher = new LetterMatcher(lookup.letters);
  const duplicateLetters: LetterImportDuplicate[] = [];
  let duplicates = 0;
  let repeats = 0;
  const problems: LetterImportProblem[] = [];
  let problemCount = 0;
  const ready: ReadyLetter[] = [];
  let readyCount = 0;
  let count = 0;
  for (const row of rows) {
    count += 1;
    const checked = checkRow(row, mapping, prisoners, members);
    if (!Array.isArray(checked)) {
      readyCount += 1;
      const { prisonerId, direction, status, summary } = checked;
      // The date the vault keeps as dated_on (CHECK letters_dated_on_sources); a ready letter always has one.
      const datedOn = checked.receivedOn ?? checked.sentOn ?? checked.writtenOn ?? '';
      const match = matcher.match(prisonerId, direction, status, datedOn, summary);
      if (match === 'repeat') repeats += 1;
      if (match === 'inVault') {
        duplicates += 1;
        if (duplicateLetters.length < importLimits.listedProblems)
          duplicateLetters.push({ line: row.line, prisoner: names.get(prisonerId) ?? '', datedOn });
      }
      // Kept only while every row is ready: one problem and nothing will be written.
      if (withLetters && problemCount === 0)
        ready.push({ line: row.line, letter: checked, inVault: match === 'inVault' });
      continue;
    }
    ready.length = 0;
    for (const [field, problem, value] of checked) {
      problemCount += 1;
      if (problems.length < importLimits.listedProblems)
        problems.push({ line: row.line, field, problem, value: value === null ? null : quoteCell(value) });
    }
  }
  return { rows: count, readyCount, ready, problems, problemCount, duplicates, duplicateLetters, repeats };
}
