import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import {
  BIRTHDAY_DAYS,
  RELEASE_DAYS,
  TRANSFER_DAYS,
  type AttentionKind,
} from '../../shared/dashboard/dashboard.schemas';
import { DEFAULT_NO_LETTER_DAYS, DEFAULT_REPLY_WINDOW_DAYS } from '../../shared/settings/settings.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { addDays } from '../../shared/today';

/**
 * A group setting (db/settings, a JSON number) read inside the query, with its default: the prisoner list, its export
 * and the print selection filter by these sets without a round trip to read the settings first.
 */
export function settingDays(key: 'noLetterDays' | 'replyWindowDays'): RawBuilder<number> {
  const fallback = key === 'noLetterDays' ? DEFAULT_NO_LETTER_DAYS : DEFAULT_REPLY_WINDOW_DAYS;
  return sql<number>`coalesce((select cast(value as integer) from settings where key = ${key}), ${fallback})`;
}

/** `day` minus `days` days, in SQL (the number of days comes from a setting or a column). */
const daysBefore = (day: string, days: Expression<number> | ReturnType<typeof sql>) =>
  sql<string>`date(${day}, '-' || ${days} || ' days')`;

// Conditions on the prisoner `ap`. A prisoner's letters are found by prisoner in an index that holds everything the
// condition reads (migration 010's partial indexes, letters_prisoner_direction for the letters in), never among every
// letter of a status and never in the table itself: on a large vault each row read there is a random encrypted page.
// INDEXED BY makes SQLite use exactly that index (or fail, if it were gone). Aliases of letters start with `letters`
// so the plan test (tests/unit/dashboard) recognises them.
// The `+` keeps SQLite from walking the prisoners in name order (prisoners_sort_name): in the table's own order, by
// id, the lookups by prisoner below read each index page once instead of jumping around a page cache they overflow.
const current = sql<SqlBool>`+ap.archived = 0 and ap.status not in ('released', 'deceased')`;
/** One the group can write to: in prison now (an open stay), not asked to stop. */
const writable = sql<SqlBool>`${current} and ap.do_not_write = 0
  and exists (select 1 from stays ws where ws.prisoner_id = ap.id and ws.to_date is null)`;

function condition(kind: AttentionKind, today: string, days: number | undefined): Expression<SqlBool> {
  switch (kind) {
    // The last letter sent has had no letter in since, and has waited the prisoner's window (else the group's).
    case 'repliesOverdue':
      return sql<SqlBool>`${current} and exists (
        select 1 from letters letters_out indexed by letters_awaiting_reply
        where letters_out.prisoner_id = ap.id and letters_out.direction = 'out' and letters_out.status = 'sent'
          and letters_out.dated_on <= ${daysBefore(today, sql`coalesce(ap.reply_window_days, ${settingDays('replyWindowDays')})`)}
          and letters_out.dated_on > coalesce(
            (select max(letters_in.dated_on) from letters letters_in
              where letters_in.prisoner_id = ap.id and letters_in.direction = 'in'), ''))`;
    // Any letter that left (a draft has not) within the window keeps a prisoner off the list.
    case 'noLetter':
      return sql<SqlBool>`${writable} and not exists (
        select 1 from letters letters_out indexed by letters_went_out
        where letters_out.prisoner_id = ap.id and letters_out.direction = 'out' and letters_out.status <> 'draft'
          and letters_out.dated_on > ${daysBefore(today, days === undefined ? settingDays('noLetterDays') : sql`${days}`)})`;
    // Month and day compared as text; a window across the new year is two ranges.
    case 'birthdays': {
      const from = today.slice(5);
      const to = addDays(today, (days ?? BIRTHDAY_DAYS) - 1).slice(5);
      const day = sql`strftime('%m-%d', ap.date_of_birth)`;
      const within = from <= to ? sql`${day} between ${from} and ${to}` : sql`(${day} >= ${from} or ${day} <= ${to})`;
      // `+` again: SQLite, which has no statistics, would take archived = 0 for a few rows of prisoners_sort_name,
      // where migration 014's prisoners_birthday holds the range and every column read here.
      return sql<SqlBool>`+ap.archived = 0 and ap.status <> 'deceased' and ap.date_of_birth is not null and ${within}`;
    }
    case 'releases':
      return sql<SqlBool>`${current} and ap.expected_release >= ${today}
        and ap.expected_release < ${addDays(today, RELEASE_DAYS)}`;
    case 'transfers':
      return sql<SqlBool>`ap.archived = 0 and ap.id in (
        select ts.prisoner_id from stays ts
        where ts.start_reason = 'transfer'
          and ts.from_date > ${addDays(today, -TRANSFER_DAYS)} and ts.from_date <= ${today})`;
  }
}

/**
 * The prisoners (their ids) a dashboard count is about, as of `today`: the count is how many, and the prisoner list's
 * `attention` filter shows exactly them. Windows run from today included: birthdays and releases over today and the
 * next days ([today, today + N)), transfers over the last days ((today − N, today]); "no letter in N days" and a reply
 * window of N days are reached on the Nth day. `days` replaces the wait of `noLetter` and `birthdays` (a writing
 * evening chooses its own); the other kinds keep theirs.
 */
export function attentionPrisoners(db: RegistryDb, kind: AttentionKind, today: string, days?: number) {
  return db
    .selectFrom('prisoners as ap')
    .select('ap.id')
    .where(condition(kind, today, days));
}
