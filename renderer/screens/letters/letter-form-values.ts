import type { InputOf } from '../../../shared/contract';
import type { LetterDetail } from '../../../shared/letters/letters.schemas';
import {
  letterIssueStatuses,
  outLetterStatuses,
  type LetterChannel,
  type LetterDirection,
  type LetterIssueReason,
  type LetterStatus,
} from '../../../shared/letters/letter-values';

/** What the letter dialog holds: text as typed, turned into the contract's input on save. */
export interface LetterFormValues {
  direction: LetterDirection;
  status: LetterStatus;
  date: string;
  channel: LetterChannel;
  /** A member id as text, '' for the group. */
  writer: string;
  pages: string;
  photos: string;
  stamps: string;
  language: string;
  summary: string;
  issueReason: LetterIssueReason;
  issueNote: string;
  actionTaken: string;
  tagIds: number[];
}

export function defaultLetterValues(today: string): LetterFormValues {
  return {
    direction: 'out',
    status: 'sent',
    date: today,
    channel: 'post',
    writer: '',
    pages: '',
    photos: '',
    stamps: '',
    language: '',
    summary: '',
    issueReason: 'moved',
    issueNote: '',
    actionTaken: '',
    tagIds: [],
  };
}

/** The saved letter, as the dialog edits it: the date shown is the one its status goes by. */
export function letterFormValuesOf(letter: LetterDetail): LetterFormValues {
  const date =
    letter.direction === 'in'
      ? letter.receivedOn
      : letter.status === 'draft'
        ? letter.writtenOn
        : (letter.sentOn ?? letter.writtenOn);
  const number = (value: number | null) => (value === null ? '' : String(value));
  return {
    direction: letter.direction,
    status: letter.status,
    date: date ?? letter.datedOn,
    channel: letter.channel,
    writer: letter.writerMemberId === null ? '' : String(letter.writerMemberId),
    pages: number(letter.pages),
    photos: number(letter.photos),
    stamps: number(letter.stamps),
    language: letter.language ?? '',
    summary: letter.summary ?? '',
    issueReason: letter.issueReason ?? 'moved',
    issueNote: letter.issueNote ?? '',
    actionTaken: letter.actionTaken ?? '',
    tagIds: letter.tagIds,
  };
}

/** The statuses the dialog offers for a direction: a letter in is received, and only it. */
export function statusesFor(direction: LetterDirection): readonly LetterStatus[] {
  return direction === 'in' ? ['received'] : outLetterStatuses;
}

export const isIssue = (status: LetterStatus) => (letterIssueStatuses as readonly string[]).includes(status);

const count = (text: string): number | null => (text.trim() === '' ? null : Number(text));
const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The one date the dialog asks for is the date that matters for its status: received for a letter in, written for a
 * draft, sent for every other letter out.
 */
export function letterInputOf(
  prisonerId: number,
  values: LetterFormValues,
  saved: LetterDetail | null = null,
): InputOf<'letters:create'>['letter'] {
  const issue = isIssue(values.status);
  const dateField = values.direction === 'in' ? 'receivedOn' : values.status === 'draft' ? 'writtenOn' : 'sentOn';
  // An edit keeps what the dialog does not show: the stay it went to (a transfer must not move it), the reply it
  // answers, and its other dates while they still fit its direction.
  const kept = saved
    ? {
        stayId: saved.stayId,
        replyToId: saved.replyToId,
        writtenOn: saved.writtenOn,
        sentOn: values.direction === 'out' && values.status !== 'draft' ? saved.sentOn : null,
        receivedOn: values.direction === 'in' ? saved.receivedOn : null,
      }
    : {};
  return {
    ...kept,
    prisonerId,
    direction: values.direction,
    status: values.status,
    channel: values.channel,
    [dateField]: values.date,
    writerMemberId: values.writer === '' ? null : Number(values.writer),
    pages: count(values.pages),
    photos: count(values.photos),
    stamps: count(values.stamps),
    language: text(values.language),
    summary: text(values.summary),
    issueReason: issue ? values.issueReason : null,
    issueNote: issue ? text(values.issueNote) : null,
    actionTaken: issue ? text(values.actionTaken) : null,
    tagIds: values.tagIds,
  };
}
