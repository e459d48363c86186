import { sql } from 'kysely';
import type { LetterListInput } from '../../shared/letters/letters.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { lettersWithNames } from './letters.queries';
import { letterRowFromColumns } from './letters.rows';

/** The filters as SQL: each narrows the others. */
function filtered(db: RegistryDb, input: LetterListInput) {
  let query = lettersWithNames(db);
  if (input.direction !== null) query = query.where('l.direction', '=', input.direction);
  if (input.status.length > 0) query = query.where('l.status', 'in', input.status);
  if (input.writerMemberId !== null)
    query =
      input.writerMemberId === 0
        ? query.where('l.writer_member_id', 'is', null)
        : query.where('l.writer_member_id', '=', input.writerMemberId);
  if (input.prisonerId !== null) query = query.where('l.prisoner_id', '=', input.prisonerId);
  if (input.facilityId !== null) query = query.where('s.facility_id', '=', input.facilityId);
  if (input.from !== null) query = query.where('l.dated_on', '>=', input.from);
  if (input.to !== null) query = query.where('l.dated_on', '<=', input.to);
  const tagId = input.tagId;
  if (tagId !== null)
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('letter_tags as lt')
          .select(sql.lit(1).as('one'))
          .whereRef('lt.letter_id', '=', 'l.id')
          .where('lt.tag_id', '=', tagId),
      ),
    );
  // The same predicate as the partial index letters_open_issues, so "needs action" reads only those rows.
  if (input.needsAction)
    query = query.where('l.status', 'in', ['returned', 'withheld']).where('l.handled_at', 'is', null);
  return query;
}

/** One page of the letters list and how many letters the filters give in all. */
export async function letterListFor(db: RegistryDb, input: LetterListInput) {
  const direction = input.descending ? 'desc' : 'asc';
  let page = filtered(db, input).select([
    'l.id',
    'l.prisoner_id',
    'p.family_name',
    'p.given_names',
    'l.direction',
    'l.status',
    'l.channel',
    'l.dated_on',
    'm.pseudonym as writer_name',
    'f.name as facility_name',
    'l.pages',
    'l.handled_at',
  ]);
  if (input.sort === 'prisoner') page = page.orderBy('p.sort_name', direction);
  if (input.sort === 'status') page = page.orderBy('l.status', direction);
  page = page.orderBy('l.dated_on', direction).orderBy('l.id', direction);
  const [rows, count] = await Promise.all([
    page.limit(input.limit).offset(input.offset).execute(),
    filtered(db, input)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(letterRowFromColumns), total: Number(count.n) };
}
