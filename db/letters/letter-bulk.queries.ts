import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from '../schema';
import type { BulkOutput, LetterTarget } from '../../shared/letters/letter-bulk.schemas';
import { letterStatuses, type LetterIssueReason } from '../../shared/letters/letter-values';
import { AppError } from '../../shared/errors';
import type { RegistryDb } from '../registry/registry-db';
import { filteredLetters } from './letter-list.queries';

/**
 * The letters a bulk call is about, as a condition on `letters.id`. Ids travel as one JSON parameter (json_each), so
 * 10,000 of them never meet SQLite's limit on bound parameters; the filters are the list's own SQL.
 */
export function targetCondition(db: RegistryDb, target: LetterTarget, column = 'letters.id'): RawBuilder<boolean> {
  const ref = sql.ref(column);
  if (target.by === 'ids')
    return sql<boolean>`${ref} in (select value from json_each(${JSON.stringify(target.letterIds)}))`;
  return sql<boolean>`${ref} in (${filteredLetters(db, target.filters).select('l.id')})`;
}

/** A letter named by id that does not exist refuses the whole call: the selection is stale, nothing is written. */
export async function requireTargetExists(db: RegistryDb, target: LetterTarget): Promise<void> {
  if (target.by !== 'ids') return;
  const wanted = new Set(target.letterIds).size;
  const found = await db
    .selectFrom('letters')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(targetCondition(db, target))
    .executeTakeFirstOrThrow();
  if (Number(found.n) !== wanted) throw new AppError('NOT_FOUND', 'A letter of the selection is gone');
}

type LetterWhere = ExpressionBuilder<Database, 'letters'>;
/** Which of the target's letters an action changes: the rest are counted as skipped, by their status. */
type Eligible = (eb: LetterWhere) => Expression<SqlBool>;

/** Before the update: the target's letters the action will leave alone, counted by the status they keep. */
async function skippedOf(db: RegistryDb, target: LetterTarget, eligible: Eligible): Promise<BulkOutput['skipped']> {
  const rows = await db
    .selectFrom('letters')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where(targetCondition(db, target))
    .where((eb) => eb.not(eligible(eb)))
    .groupBy('status')
    .execute();
  const order = (status: string) => letterStatuses.indexOf(status as (typeof letterStatuses)[number]);
  return rows
    .flatMap((row) => {
      const status = letterStatuses[order(row.status)];
      return status ? [{ status, count: Number(row.n) }] : [];
    })
    .sort((a, b) => order(a.status) - order(b.status));
}

/**
 * Drafts become sent on `sentOn`; every other letter is left as it is. A draft that says it was received before that
 * day (only the API can write one) is left too: the vault refuses a letter received before it was sent.
 */
export async function markLettersSent(
  db: RegistryDb,
  target: LetterTarget,
  sentOn: string,
  now: string,
): Promise<BulkOutput> {
  const eligible: Eligible = (eb) =>
    eb.and([eb('status', '=', 'draft'), eb.or([eb('received_on', 'is', null), eb('received_on', '>=', sentOn)])]);
  const skipped = await skippedOf(db, target, eligible);
  const result = await db
    .updateTable('letters')
    .set({ status: 'sent', sent_on: sentOn, dated_on: sql`coalesce(received_on, ${sentOn})`, updated_at: now })
    .where(targetCondition(db, target))
    .where(eligible)
    .executeTakeFirst();
  return { changed: Number(result.numUpdatedRows), skipped };
}

/** The statuses a letter can come back from: it left (sent), or was thought lost. */
export const returnableStatuses = ['sent', 'lost'] as const;

/** Letters that left come back with one reason; they then need action until someone deals with them. */
export async function markLettersReturned(
  db: RegistryDb,
  target: LetterTarget,
  reason: LetterIssueReason,
  note: string | null,
  now: string,
): Promise<BulkOutput> {
  const eligible: Eligible = (eb) => eb('status', 'in', returnableStatuses);
  const skipped = await skippedOf(db, target, eligible);
  const result = await db
    .updateTable('letters')
    .set({ status: 'returned', issue_reason: reason, issue_note: note, handled_at: null, updated_at: now })
    .where(targetCondition(db, target))
    .where(eligible)
    .executeTakeFirst();
  return { changed: Number(result.numUpdatedRows), skipped };
}
