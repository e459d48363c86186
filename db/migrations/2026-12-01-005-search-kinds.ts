import { sql, type Kysely } from 'kysely';

/*
 * The search index for any number of kinds. Until now each FTS row's rowid encoded what it pointed to (prisoners
 * even, facilities odd), which no third kind fits. Now `search_rows` holds one row per (kind, id) with the archived
 * flag searches filter on, and its `id` is the rowid of the row's text in `search_index`, which holds only the text.
 *
 * Existing vaults keep their index: the text already stored (folded when it was written) moves to the new tables in
 * plain SQL, so this migration never depends on code that may change after it ships. Each old (kind, ref_id) had one
 * row (its rowid was derived from them); a row whose prisoner or facility is gone is left behind.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A kind is a name, not a closed list: a domain adds its kind without rebuilding this table.
  await sql`create table search_rows (
    id integer primary key,
    kind text not null,
    ref_id integer not null,
    archived integer not null,
    constraint search_rows_kind_name check (kind <> '' and kind not glob '*[^a-z-]*'),
    constraint search_rows_archived_flag check (archived in (0, 1)),
    constraint search_rows_kind_ref unique (kind, ref_id)
  ) strict`.execute(db);

  await sql`alter table search_index rename to search_index_old`.execute(db);
  // Same tokenizer and prefix indexes as before; secure-delete makes FTS5 overwrite what it removes instead of leaving
  // it in free pages.
  await sql`create virtual table search_index using fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')`.execute(
    db,
  );
  await sql`insert into search_index (search_index, rank) values ('secure-delete', 1)`.execute(db);

  await sql`insert into search_rows (kind, ref_id, archived)
    select o.kind, o.ref_id, coalesce(p.archived, f.archived, 0) from search_index_old o
    left join prisoners p on o.kind = 'prisoner' and p.id = o.ref_id
    left join facilities f on o.kind = 'facility' and f.id = o.ref_id
    where coalesce(p.id, f.id) is not null
    order by o.rowid`.execute(db);
  await sql`insert into search_index (rowid, body)
    select r.id, o.body from search_index_old o join search_rows r on r.kind = o.kind and r.ref_id = o.ref_id`.execute(
    db,
  );
  await sql`drop table search_index_old`.execute(db);
}
