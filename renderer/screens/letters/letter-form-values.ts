import type { InputOf } from '../../../shared/contract';
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
export function letterInputOf(prisonerId: number, values: LetterFormValues): InputOf<'letters:create'>['letter'] {
  const issue = isIssue(values.status);
  const dateField = values.direction === 'in' ? 'receivedOn' : values.status === 'draft' ? 'writtenOn' : 'sentOn';
  return {
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
  };
}
