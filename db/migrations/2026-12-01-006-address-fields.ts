import { sql, type Kysely } from 'kysely';

/*
 * Two address fields:
 * - `facilities.po_box_postcode`: a German Postfach (and a French Cedex box) has its own postcode, printed on the town
 *   line in place of the street's when the box is used;
 * - `stays.module`: the unit (módulo) of a Spanish prison, printed after the name. It belongs to the stay: a move to
 *   another unit is recorded where the number is, and a transfer starts without one.
 * Free one-line texts like the other address parts, so no CHECK; both null on existing rows, which print as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table facilities add column po_box_postcode text`.execute(db);
  await sql`alter table stays add column module text`.execute(db);
}
