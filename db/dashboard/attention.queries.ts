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

// Conditions on the prisoner `ap`. The `+` keeps `archived` from choosing an index (prisoners_sort_name leads with
// it): each count starts from its own range (birthdays, releases, transfer stays) and only tests the row it reaches.
const current = sql<SqlBool>`+ap.archived = 0 and ap.status not in ('released', 'deceased')`;

export type MailAttentionKind = Extract<AttentionKind, 'repliesOverdue' | 'noLetter'>;

/**
 * The prisoners (ids) of the two counts about letters, read in migration 015's prisoner_attention alone, a range of
 * one of its partial indexes: no letter and no prisoner row is read, whatever the size of the vault.
 */
export function mailAttentionPrisoners(db: RegistryDb, kind: MailAttentionKind, today: string, days?: number) {
  const query = db.selectFrom('prisoner_attention as pa').select('pa.prisoner_id as id');
  // The oldest letter sent since the last letter in has waited the prisoner's window, else the group's: two ranges of
  // prisoner_attention_awaiting, the group's window first (a date computed once), then each own window.
  if (kind === 'repliesOverdue')
    return query
      .where(
        sql<SqlBool>`pa.is_current = 1 and pa.awaiting_since is not null and pa.reply_window_days is null
          and pa.awaiting_since <= ${daysBefore(today, settingDays('replyWindowDays'))}`,
      )
      .unionAll(
        query.where(
          sql<SqlBool>`pa.is_current = 1 and pa.awaiting_since is not null and pa.reply_window_days is not null
            and pa.awaiting_since <= ${daysBefore(today, sql`pa.reply_window_days`)}`,
        ),
      );
  // Any letter that left (a draft has not) within the window keeps a prisoner off the list; '' is "never written to".
  const since = daysBefore(today, days === undefined ? settingDays('noLetterDays') : sql`${days}`);
  return query.where(sql<SqlBool>`pa.is_writable = 1 and ifnull(pa.last_out, '') <= ${since}`);
}

function condition(db: RegistryDb, kind: AttentionKind, today: string, days: number | undefined): Expression<SqlBool> {
  switch (kind) {
    case 'repliesOverdue':
    case 'noLetter':
      return sql<SqlBool>`ap.id in (${mailAttentionPrisoners(db, kind, today, days)})`;
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
      // Driven by the few recent transfers (stays_started), each prisoner then read by id: with `archived = 0` open
      // to an index, SQLite walked every prisoner of prisoners_sort_name instead (15 ms at 100,000 prisoners).
      return sql<SqlBool>`+ap.archived = 0 and ap.id in (
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
    .where(condition(db, kind, today, days));
}
