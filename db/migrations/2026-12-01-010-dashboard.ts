import { sql, type Kysely } from 'kysely';

/*
 * Partial indexes for the dashboard, each holding only the letters or parcels one count is about and every column its
 * condition reads, so that a count never reads a row of the table: on a vault of 200,000 letters, checking a
 * candidate's status in the table read a random, encrypted page per letter (hundreds of milliseconds in all).
 * - letters_awaiting_reply: letters out with status 'sent', by prisoner (a reply may be overdue);
 * - letters_went_out: letters out that left (drafts excepted), by prisoner ("no letter in N days");
 * - letters_unhandled, parcels_unhandled: returns, withholdings and refusals nobody has dealt with yet. Migration
 *   007's letters_open_issues and parcels_open_issues hold the same rows but not the columns their condition reads.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index letters_awaiting_reply on letters (prisoner_id, dated_on)
    where direction = 'out' and status = 'sent'`.execute(db);
  await sql`create index letters_went_out on letters (prisoner_id, dated_on, status)
    where direction = 'out' and status <> 'draft'`.execute(db);
  await sql`create index letters_unhandled on letters (status, handled_at)
    where status in ('returned', 'withheld') and handled_at is null`.execute(db);
  await sql`create index parcels_unhandled on parcels (status, handled_at)
    where status in ('refused', 'returned', 'lost') and handled_at is null`.execute(db);
}
