import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Row = Omit<Database['prisoner_attention'], 'prisoner_id'>;

const maxOf = (values: string[]) => (values.length === 0 ? null : values.reduce((a, b) => (b > a ? b : a)));
const minOf = (values: string[]) => (values.length === 0 ? null : values.reduce((a, b) => (b < a ? b : a)));

/**
 * prisoner_attention's rows recomputed from prisoners, stays and letters in TypeScript, from the definitions of
 * migration 015's comment rather than its view, so a wrong view or a missing trigger is caught.
 */
async function expectedRows(db: Kysely<Database>): Promise<Map<number, Row>> {
  const people = await db
    .selectFrom('prisoners')
    .select(['id', 'archived', 'status', 'do_not_write', 'reply_window_days'])
    .execute();
  const open = new Set(
    (await db.selectFrom('stays').select('prisoner_id').where('to_date', 'is', null).execute()).map(
      (s) => s.prisoner_id,
    ),
  );
  const letters = await db.selectFrom('letters').select(['prisoner_id', 'direction', 'status', 'dated_on']).execute();
  const byPrisoner = new Map<number, typeof letters>();
  for (const letter of letters)
    byPrisoner.set(letter.prisoner_id, [...(byPrisoner.get(letter.prisoner_id) ?? []), letter]);
  const rows = new Map<number, Row>();
  for (const p of people) {
    const mine = byPrisoner.get(p.id) ?? [];
    const lastIn = maxOf(mine.filter((l) => l.direction === 'in').map((l) => l.dated_on));
    const current = p.archived === 0 && p.status !== 'released' && p.status !== 'deceased';
    rows.set(p.id, {
      is_current: current ? 1 : 0,
      is_writable: current && p.do_not_write === 0 && open.has(p.id) ? 1 : 0,
      reply_window_days: p.reply_window_days,
      last_in: lastIn,
      last_out: maxOf(mine.filter((l) => l.direction === 'out' && l.status !== 'draft').map((l) => l.dated_on)),
      awaiting_since: minOf(
        mine
          .filter((l) => l.direction === 'out' && l.status === 'sent' && l.dated_on > (lastIn ?? ''))
          .map((l) => l.dated_on),
      ),
    });
  }
  return rows;
}

/** Each prisoner has exactly the prisoner_attention row its letters, stays and flags give, and nobody else has one. */
export async function attentionProblems(db: Kysely<Database>): Promise<string[]> {
  const expected = await expectedRows(db);
  const problems: string[] = [];
  for (const { prisoner_id, ...row } of await db.selectFrom('prisoner_attention').selectAll().execute()) {
    const want = expected.get(prisoner_id);
    expected.delete(prisoner_id);
    if (!want) problems.push(`prisoner_attention ${prisoner_id}: a row for a prisoner that does not exist`);
    else if (JSON.stringify(row) !== JSON.stringify(want))
      problems.push(`prisoner_attention ${prisoner_id}: ${JSON.stringify(row)}, expected ${JSON.stringify(want)}`);
  }
  for (const id of expected.keys()) problems.push(`prisoner_attention ${id}: no row`);
  return problems;
}
