import {
  letterChannels,
  letterDirections,
  letterIssueReasons,
  letterIssueStatuses,
  letterStatuses,
} from '../../shared/letters/letter-values';
import type { LetterDetail, LetterInput, LetterRow } from '../../shared/letters/letters.schemas';

/** The vault's CHECKs hold these columns to the closed lists; a stray value reads as the list's fallback. */
const oneOf = <T extends string>(list: readonly T[], value: string, fallback: T): T =>
  (list as readonly string[]).includes(value) ? (value as T) : fallback;

export const isIssueStatus = (status: string) => (letterIssueStatuses as readonly string[]).includes(status);

export interface LetterColumns {
  id: number;
  prisoner_id: number;
  family_name: string;
  given_names: string | null;
  stay_id: number | null;
  facility_name: string | null;
  direction: string;
  status: string;
  channel: string;
  address_block: string | null;
  writer_member_id: number | null;
  writer_name: string | null;
  written_on: string | null;
  sent_on: string | null;
  received_on: string | null;
  dated_on: string;
  language: string | null;
  pages: number | null;
  photos: number | null;
  stamps: number | null;
  summary: string | null;
  reply_to_id: number | null;
  issue_reason: string | null;
  issue_note: string | null;
  action_taken: string | null;
  handled_at: string | null;
  created_at: string;
  updated_at: string;
  /** The end of the stay it went to (null while that stay is open). */
  stay_to: string | null;
}

/** Family name first, as the prisoner list and page show it. */
export const personName = (family: string, given: string | null) => [family, given].filter(Boolean).join(' ');
const needsAction = (status: string, handledAt: string | null) => isIssueStatus(status) && handledAt === null;

/**
 * Sent by post, and not known to have arrived, to a stay that had ended on or before the day it left: stays are
 * half-open, so a letter posted on the transfer's day already went to the old prison.
 */
export function mayNotHaveArrived(row: {
  direction: string;
  channel: string;
  status: string;
  sent_on: string | null;
  stay_to: string | null;
}): boolean {
  return (
    row.direction === 'out' &&
    row.channel === 'post' &&
    row.status === 'sent' &&
    row.sent_on !== null &&
    row.stay_to !== null &&
    row.sent_on >= row.stay_to
  );
}

export function letterFromColumns(row: LetterColumns, tagIds: number[]): LetterDetail {
  return {
    id: row.id,
    prisonerId: row.prisoner_id,
    prisonerName: personName(row.family_name, row.given_names),
    direction: oneOf(letterDirections, row.direction, 'out'),
    status: oneOf(letterStatuses, row.status, 'draft'),
    channel: oneOf(letterChannels, row.channel, 'other'),
    stayId: row.stay_id,
    facilityName: row.facility_name,
    addressBlock: row.address_block === null ? null : (JSON.parse(row.address_block) as string[]),
    writerMemberId: row.writer_member_id,
    writerName: row.writer_name,
    writtenOn: row.written_on,
    sentOn: row.sent_on,
    receivedOn: row.received_on,
    datedOn: row.dated_on,
    language: row.language,
    pages: row.pages,
    photos: row.photos,
    stamps: row.stamps,
    summary: row.summary,
    replyToId: row.reply_to_id,
    issueReason: row.issue_reason === null ? null : oneOf(letterIssueReasons, row.issue_reason, 'other'),
    issueNote: row.issue_note,
    actionTaken: row.action_taken,
    handledAt: row.handled_at,
    needsAction: needsAction(row.status, row.handled_at),
    mayNotHaveArrived: mayNotHaveArrived(row),
    tagIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export type ListColumns = Pick<
  LetterColumns,
  | 'id'
  | 'prisoner_id'
  | 'family_name'
  | 'given_names'
  | 'direction'
  | 'status'
  | 'channel'
  | 'dated_on'
  | 'writer_name'
  | 'facility_name'
  | 'pages'
  | 'handled_at'
  | 'sent_on'
  | 'stay_to'
>;

export function letterRowFromColumns(row: ListColumns): LetterRow {
  return {
    id: row.id,
    prisonerId: row.prisoner_id,
    prisonerName: personName(row.family_name, row.given_names),
    direction: oneOf(letterDirections, row.direction, 'out'),
    status: oneOf(letterStatuses, row.status, 'draft'),
    channel: oneOf(letterChannels, row.channel, 'other'),
    datedOn: row.dated_on,
    writerName: row.writer_name,
    facilityName: row.facility_name,
    pages: row.pages,
    needsAction: needsAction(row.status, row.handled_at),
    mayNotHaveArrived: mayNotHaveArrived(row),
  };
}

/** The columns a save writes (the address block and the stay are decided by the caller). */
export function letterValues(
  input: LetterInput,
  place: { stayId: number | null; addressBlock: string[] | null },
  now: string,
) {
  return {
    prisoner_id: input.prisonerId,
    stay_id: place.stayId,
    direction: input.direction,
    status: input.status,
    channel: input.channel,
    address_block: place.addressBlock === null ? null : JSON.stringify(place.addressBlock),
    writer_member_id: input.writerMemberId,
    written_on: input.writtenOn,
    sent_on: input.sentOn,
    received_on: input.receivedOn,
    dated_on: input.receivedOn ?? input.sentOn ?? input.writtenOn ?? '',
    language: input.language,
    pages: input.pages,
    photos: input.photos,
    stamps: input.stamps,
    summary: input.summary,
    reply_to_id: input.replyToId,
    issue_reason: input.issueReason,
    issue_note: input.issueNote,
    action_taken: input.actionTaken,
    updated_at: now,
  };
}
