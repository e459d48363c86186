import { sql } from 'kysely';
import type { RegistryDb } from '../registry/registry-db';

/** Every prisoner (archived ones too: an old log names them) with every number their stays have had, and the members. */
export async function lettersImportLookup(db: RegistryDb) {
  const { rows } = await sql<{
    id: number;
    family_name: string;
    given_names: string | null;
    numbers: string | null;
  }>`select p.id, p.family_name, p.given_names,
      (select json_group_array(s.prisoner_number) from stays s
        where s.prisoner_id = p.id and s.prisoner_number is not null) as numbers
    from prisoners p`.execute(db);
  const members = await db.selectFrom('members').select(['id', 'pseudonym']).execute();
  return {
    prisoners: rows.map((row) => ({
      id: row.id,
      familyName: row.family_name,
      givenNames: row.given_names,
      numbers: row.numbers === null ? [] : (JSON.parse(row.numbers) as string[]),
    })),
    members,
  };
}

/** The stay the prisoner was in on `day` (the latest one starting by then, if it had not ended before): null if none. */
export async function stayOnDay(db: RegistryDb, prisonerId: number, day: string): Promise<number | null> {
  const row = await db
    .selectFrom('stays')
    .select('id')
    .where('prisoner_id', '=', prisonerId)
    .where('from_date', '<=', day)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', day)]))
    .orderBy('from_date', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

export interface LetterExportRow {
  id: number;
  dated_on: string;
  family_name: string;
  given_names: string | null;
  prisoner_number: string | null;
  direction: string;
  status: string;
  channel: string;
  written_on: string | null;
  sent_on: string | null;
  received_on: string | null;
  writer: string | null;
  pages: number | null;
  summary: string | null;
  issue_reason: string | null;
  issue_note: string | null;
}

/** Where the last page ended: the next one starts after this letter in (dated_on, id) order. */
export interface ExportCursor {
  datedOn: string;
  id: number;
}

/**
 * One page of the letters (or of those dated within the period), oldest first, along letters_dated, with the number
 * each went to: its stay's, else the prisoner's current one, which is also what the import matches on. Paged, so a
 * large export reads the vault in steps the caller can interleave with other work (a lock).
 */
export async function letterExportPage(
  db: RegistryDb,
  period: { from?: string | undefined; to?: string | undefined },
  after: ExportCursor | null,
  limit: number,
): Promise<LetterExportRow[]> {
  let query = db
    .selectFrom('letters as l')
    .innerJoin('prisoners as p', 'p.id', 'l.prisoner_id')
    .leftJoin('stays as ls', 'ls.id', 'l.stay_id')
    .leftJoin('stays as os', (join) => join.onRef('os.prisoner_id', '=', 'l.prisoner_id').on('os.to_date', 'is', null))
    .leftJoin('members as m', 'm.id', 'l.writer_member_id')
    .select((eb) => [
      'l.id',
      'l.dated_on',
      'p.family_name',
      'p.given_names',
      eb.fn.coalesce('ls.prisoner_number', 'os.prisoner_number').as('prisoner_number'),
      'l.direction',
      'l.status',
      'l.channel',
      'l.written_on',
      'l.sent_on',
      'l.received_on',
      'm.pseudonym as writer',
      'l.pages',
      'l.summary',
      'l.issue_reason',
      'l.issue_note',
    ]);
  if (period.from !== undefined) query = query.where('l.dated_on', '>=', period.from);
  if (period.to !== undefined) query = query.where('l.dated_on', '<=', period.to);
  // A row value, which SQLite answers from letters_dated (an `or` of the two cases would not use the index).
  if (after) query = query.where((eb) => eb(eb.refTuple('l.dated_on', 'l.id'), '>', eb.tuple(after.datedOn, after.id)));
  return query.orderBy('l.dated_on').orderBy('l.id').limit(limit).execute();
}

/** What the letter import's duplicate check needs of one letter (letters-import-match.ts). */
export interface LetterMatchRow {
  id: number;
  prisoner_id: number;
  direction: string;
  status: string;
  dated_on: string;
  summary: string | null;
}

/** One page of every letter, by id: the summaries are hashed page by page, never all held at once. */
export async function letterMatchPage(db: RegistryDb, afterId: number, limit: number): Promise<LetterMatchRow[]> {
  return db
    .selectFrom('letters')
    .select(['id', 'prisoner_id', 'direction', 'status', 'dated_on', 'summary'])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}
