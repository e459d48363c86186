import { sql } from 'kysely';
import { letterChannels, letterDirections, letterStatuses } from '../../shared/letters/letter-values';
import {
  timelineKinds,
  type Timeline,
  type TimelineCursor,
  type TimelineInput,
  type TimelineItem,
} from '../../shared/letters/timeline.schemas';
import { parcelStatuses } from '../../shared/parcels/parcel-values';
import { stayEndReasons, stayStartReasons } from '../../shared/registry/stays.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { isIssueStatus, mayNotHaveArrived } from './letters.rows';

type Kind = TimelineItem['kind'];
const rank = (kind: Kind) => timelineKinds.indexOf(kind);
const pick = <T extends string>(list: readonly T[], value: string, fallback: T): T =>
  (list as readonly string[]).includes(value) ? (value as T) : fallback;

/** Newest first: date, then kind's rank, then id, all descending. */
function compare(a: TimelineItem, b: TimelineItem): number {
  return b.date.localeCompare(a.date) || rank(b.kind) - rank(a.kind) || b.id - a.id;
}

/**
 * A source's rows strictly below the cursor in that order. Each source has one rank, so only (date, id) are compared
 * when the ranks are equal, and the date alone otherwise.
 */
function belowCursor(source: Kind, cursor: TimelineCursor | null, dateColumn: string, idColumn: string) {
  if (cursor === null) return sql<boolean>`1`;
  const date = sql.ref(dateColumn);
  if (rank(source) < rank(cursor.kind)) return sql<boolean>`${date} <= ${cursor.date}`;
  if (rank(source) > rank(cursor.kind)) return sql<boolean>`${date} < ${cursor.date}`;
  return sql<boolean>`(${date} < ${cursor.date} or (${date} = ${cursor.date} and ${sql.ref(idColumn)} < ${cursor.id}))`;
}

async function stayItems(db: RegistryDb, input: TimelineInput, take: number): Promise<TimelineItem[]> {
  const rows = await db
    .selectFrom('stays as s')
    .innerJoin('facilities as f', 'f.id', 's.facility_id')
    .select(['s.id', 's.from_date', 's.to_date', 'f.name', 's.prisoner_number', 's.start_reason', 's.end_reason'])
    .where('s.prisoner_id', '=', input.prisonerId)
    .where(belowCursor('stay', input.before, 's.from_date', 's.id'))
    .orderBy('s.from_date', 'desc')
    .orderBy('s.id', 'desc')
    .limit(take)
    .execute();
  return rows.map((row) => ({
    kind: 'stay',
    id: row.id,
    date: row.from_date,
    to: row.to_date,
    facilityName: row.name,
    prisonerNumber: row.prisoner_number,
    startReason: pick(stayStartReasons, row.start_reason, 'other'),
    endReason: row.end_reason === null ? null : pick(stayEndReasons, row.end_reason, 'other'),
  }));
}

async function letterItems(db: RegistryDb, input: TimelineInput, take: number): Promise<TimelineItem[]> {
  const rows = await db
    .selectFrom('letters as l')
    .leftJoin('members as m', 'm.id', 'l.writer_member_id')
    .leftJoin('stays as s', 's.id', 'l.stay_id')
    .select([
      's.to_date as stay_to',
      'l.sent_on',
      'l.id',
      'l.dated_on',
      'l.direction',
      'l.status',
      'l.channel',
      'm.pseudonym',
      'l.pages',
      'l.summary',
      'l.handled_at',
    ])
    .where('l.prisoner_id', '=', input.prisonerId)
    .where(belowCursor('letter', input.before, 'l.dated_on', 'l.id'))
    .orderBy('l.dated_on', 'desc')
    .orderBy('l.id', 'desc')
    .limit(take)
    .execute();
  return rows.map((row) => ({
    kind: 'letter',
    id: row.id,
    date: row.dated_on,
    direction: pick(letterDirections, row.direction, 'out'),
    status: pick(letterStatuses, row.status, 'draft'),
    channel: pick(letterChannels, row.channel, 'other'),
    writerName: row.pseudonym,
    pages: row.pages,
    summary: row.summary,
    needsAction: isIssueStatus(row.status) && row.handled_at === null,
    mayNotHaveArrived: mayNotHaveArrived(row),
  }));
}

async function parcelItems(db: RegistryDb, input: TimelineInput, take: number): Promise<TimelineItem[]> {
  const rows = await db
    .selectFrom('parcels')
    .select(['id', 'dated_on', 'status'])
    .where('prisoner_id', '=', input.prisonerId)
    .where(belowCursor('parcel', input.before, 'dated_on', 'id'))
    .orderBy('dated_on', 'desc')
    .orderBy('id', 'desc')
    .limit(take)
    .execute();
  return rows.map((row) => ({
    kind: 'parcel',
    id: row.id,
    date: row.dated_on,
    status: pick(parcelStatuses, row.status, 'prepared'),
  }));
}

/**
 * A prisoner's stays, letters and parcels, newest first, one page at a time: each source gives at most one more than
 * the page (each in its own index order), the merge keeps the page, and the one more says whether there is a next.
 */
export async function prisonerTimeline(db: RegistryDb, input: TimelineInput): Promise<Timeline> {
  const take = input.limit + 1;
  const merged = [
    ...(await stayItems(db, input, take)),
    ...(await letterItems(db, input, take)),
    ...(await parcelItems(db, input, take)),
  ].sort(compare);
  const items = merged.slice(0, input.limit);
  const last = items.at(-1);
  const next = merged.length > input.limit && last ? { date: last.date, kind: last.kind, id: last.id } : null;
  return { items, next };
}
