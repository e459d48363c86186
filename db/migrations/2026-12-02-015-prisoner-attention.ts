import { sql, type Kysely } from 'kysely';

/*
 * What the dashboard's "replies overdue" and "no letter in N days" need of each prisoner, kept in one narrow row per
 * prisoner by triggers, so those counts read a range of a small index instead of looking up every prisoner's letters:
 * on a federation vault (100,000 prisoners, 2,000,000 letters) the lookups took about 400 ms cold, the ranges a few.
 *
 * - is_current: not archived, not released nor deceased;
 * - is_writable: current, not "do not write", and in prison now (an open stay);
 * - last_in: the newest letter in; last_out: the newest letter out that left (drafts excepted);
 * - awaiting_since: the oldest letter out still 'sent' dated after the newest letter in (the reply the group waits
 *   for; empty when a letter came in since every one of them).
 *
 * The view `prisoner_attention_recomputed` is the one definition: every trigger copies a prisoner's row from it, and
 * a test compares the table with the rows recomputed from scratch in TypeScript. The triggers name the columns they
 * depend on, so saving a prisoner's notes or a letter's summary recomputes nothing. A prisoner's row goes with the
 * prisoner (on delete cascade); a trigger that fires during that deletion finds no prisoner and writes nothing.
 */
// Delete then insert, not INSERT OR REPLACE: a trigger's conflict clause gives way to the firing statement's, so an
// INSERT OR IGNORE into letters would have kept the old row.
const REFRESH = (prisonerId: string) => `
  delete from prisoner_attention where prisoner_id = ${prisonerId};
  insert into prisoner_attention select * from prisoner_attention_recomputed where prisoner_id = ${prisonerId};`;

async function run(db: Kysely<unknown>, statement: string): Promise<void> {
  await sql.raw(statement).execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `create table prisoner_attention (
      prisoner_id integer primary key references prisoners (id) on delete cascade,
      is_current integer not null,
      is_writable integer not null,
      reply_window_days integer,
      last_in text,
      last_out text,
      awaiting_since text,
      constraint prisoner_attention_is_current_flag check (is_current in (0, 1)),
      constraint prisoner_attention_is_writable_flag check (is_writable in (0, 1))
    ) without rowid, strict`,
  );
  await run(
    db,
    `create view prisoner_attention_recomputed as
      select p.id as prisoner_id,
        p.archived = 0 and p.status not in ('released', 'deceased') as is_current,
        p.archived = 0 and p.status not in ('released', 'deceased') and p.do_not_write = 0
          and exists (select 1 from stays s where s.prisoner_id = p.id and s.to_date is null) as is_writable,
        p.reply_window_days as reply_window_days,
        (select max(l.dated_on) from letters l indexed by letters_prisoner_direction
          where l.prisoner_id = p.id and l.direction = 'in') as last_in,
        (select max(l.dated_on) from letters l indexed by letters_went_out
          where l.prisoner_id = p.id and l.direction = 'out' and l.status <> 'draft') as last_out,
        (select min(l.dated_on) from letters l indexed by letters_awaiting_reply
          where l.prisoner_id = p.id and l.direction = 'out' and l.status = 'sent'
            and l.dated_on > coalesce((select max(i.dated_on) from letters i indexed by letters_prisoner_direction
              where i.prisoner_id = p.id and i.direction = 'in'), '')) as awaiting_since
      from prisoners p`,
  );
  await run(db, `insert into prisoner_attention select * from prisoner_attention_recomputed`);

  // "Replies overdue": for those on the group's window (reply_window_days null), one range of the letters awaited
  // since before a date, no arithmetic per row; the few with their own window are read after, each with its own date.
  await run(
    db,
    `create index prisoner_attention_awaiting on prisoner_attention (reply_window_days, awaiting_since)
      where is_current = 1 and awaiting_since is not null`,
  );
  // "No letter in N days": a range of the last letter out, never-written-to first ('' sorts before every date).
  await run(
    db,
    `create index prisoner_attention_last_out on prisoner_attention (ifnull(last_out, ''), last_out) where is_writable = 1`,
  );

  await run(
    db,
    `create trigger prisoner_attention_prisoner_insert after insert on prisoners begin${REFRESH('new.id')} end`,
  );
  await run(
    db,
    `create trigger prisoner_attention_prisoner_update
      after update of archived, status, do_not_write, reply_window_days on prisoners
      begin${REFRESH('new.id')} end`,
  );
  for (const table of ['stays', 'letters']) {
    const columns = table === 'stays' ? 'prisoner_id, to_date' : 'prisoner_id, direction, status, dated_on';
    await run(
      db,
      `create trigger prisoner_attention_${table}_insert after insert on ${table} begin${REFRESH('new.prisoner_id')} end`,
    );
    await run(
      db,
      `create trigger prisoner_attention_${table}_update after update of ${columns} on ${table}
        begin${REFRESH('old.prisoner_id')}${REFRESH('new.prisoner_id')} end`,
    );
    await run(
      db,
      `create trigger prisoner_attention_${table}_delete after delete on ${table} begin${REFRESH('old.prisoner_id')} end`,
    );
  }
}
