import { sql, type Kysely } from 'kysely';

/*
 * What the ledger's channels need on top of migration 016:
 * - `funds.reference`: the structured reference (Belgian +++…+++, ISO 11649 RF, Swiss QR) a payer quotes for the
 *   fund, stored bare (digits and capitals, at most 27 characters, RF 25): unique among funds by its index; the
 *   handlers also keep it apart from the standing orders' references.
 * - Who created and who last changed each account, fund, category, donor and standing order (transactions have it
 *   since 016). Nullable: rows written before this migration, and writes where no member was chosen, name nobody.
 *   `on delete restrict`, as in 016: a member who recorded ledger rows is kept (deactivated, not deleted).
 * Categories had no timestamps; the built-in ones keep none (they were made by the migration, not by a member).
 * ALTER TABLE ADD COLUMN suffices: every new column is nullable with no default, and its CHECK holds for null.
 */
const isTimestamp = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}) is ${column}`;

async function run(db: Kysely<unknown>, statement: string): Promise<void> {
  await sql.raw(statement).execute(db);
}

async function addMemberColumns(db: Kysely<unknown>, table: string): Promise<void> {
  for (const column of ['created_by_member_id', 'updated_by_member_id'])
    await run(db, `alter table ${table} add column ${column} integer references members (id) on delete restrict`);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `alter table funds add column reference text constraint funds_reference_length check (length(reference) <= 35)`,
  );
  await run(db, `create unique index funds_reference on funds (reference) where reference is not null`);
  for (const table of ['accounts', 'funds', 'donors', 'standing_orders']) await addMemberColumns(db, table);
  for (const column of ['created_at', 'updated_at'])
    await run(
      db,
      `alter table categories add column ${column} text constraint categories_${column}_timestamp check (${isTimestamp(column)})`,
    );
  await addMemberColumns(db, 'categories');
}
