import { sql, type Kysely } from 'kysely';

const strict = sql`strict`;
const bool = (name: string) => sql.raw(`check (${name} in (0, 1))`);

/**
 * The registry: facilities with their mail rules, prisoners, their custody stays, tags and members, and the search
 * index. Stays may not overlap and a prisoner has at most one open stay: the triggers and the partial unique index
 * hold that even if a query forgets to check.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('facilities')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull().check(sql`length(country) = 2`))
    .addColumn('street', 'text')
    .addColumn('extra', 'text')
    .addColumn('po_box', 'text')
    .addColumn('postcode', 'text')
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('region', 'text')
    .addColumn('rules', 'text', (c) => c.notNull().check(sql`json_valid(rules)`))
    .addColumn('notes', 'text')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0).modifyEnd(bool('archived')))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(strict)
    .execute();
  await db.schema.createIndex('facilities_country_city').on('facilities').columns(['country', 'city']).execute();

  await db.schema
    .createTable('prisoners')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('family_name', 'text', (c) => c.notNull())
    .addColumn('given_names', 'text')
    .addColumn('known_as', 'text')
    // Folded family + given names (shared/search-fold.ts): SQLite's collations would put "Çağlar" after "Zola".
    .addColumn('sort_name', 'text', (c) => c.notNull())
    .addColumn('pronouns', 'text')
    .addColumn('date_of_birth', 'text')
    .addColumn('languages', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(languages)`),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('expected_release', 'text')
    .addColumn('do_not_write', 'integer', (c) => c.notNull().defaultTo(0).modifyEnd(bool('do_not_write')))
    .addColumn('do_not_write_reason', 'text')
    .addColumn('notes', 'text')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0).modifyEnd(bool('archived')))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .modifyEnd(strict)
    .execute();
  await db.schema
    .createIndex('prisoners_family_name')
    .on('prisoners')
    .columns(['family_name', 'given_names'])
    .execute();
  await db.schema.createIndex('prisoners_status').on('prisoners').column('status').execute();
  await db.schema.createIndex('prisoners_sort_name').on('prisoners').columns(['archived', 'sort_name', 'id']).execute();

  await db.schema
    .createTable('stays')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('prisoner_id', 'integer', (c) => c.notNull().references('prisoners.id').onDelete('cascade'))
    .addColumn('facility_id', 'integer', (c) => c.notNull().references('facilities.id').onDelete('cascade'))
    .addColumn('prisoner_number', 'text')
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('start_reason', 'text', (c) => c.notNull())
    .addColumn('end_reason', 'text')
    .addCheckConstraint('stays_end_after_start', sql`to_date is null or to_date >= from_date`)
    .addCheckConstraint('stays_end_reason', sql`(to_date is null) = (end_reason is null)`)
    .modifyEnd(strict)
    .execute();
  await db.schema.createIndex('stays_prisoner_from').on('stays').columns(['prisoner_id', 'from_date']).execute();
  await db.schema.createIndex('stays_facility').on('stays').columns(['facility_id', 'to_date']).execute();
  await db.schema.createIndex('stays_number').on('stays').column('prisoner_number').execute();
  await sql`create unique index stays_one_open on stays (prisoner_id) where to_date is null`.execute(db);
  // Half-open intervals [from, to): a stay that ends on D and one that starts on D do not overlap.
  for (const event of ['insert', 'update']) {
    await sql
      .raw(
        `create trigger stays_no_overlap_${event} before ${event} on stays
         when exists (
           select 1 from stays s
           where s.prisoner_id = new.prisoner_id and s.id is not new.id
             and s.from_date < coalesce(new.to_date, '9999-12-31')
             and new.from_date < coalesce(s.to_date, '9999-12-31')
             and s.from_date < coalesce(s.to_date, '9999-12-31')
             and new.from_date < coalesce(new.to_date, '9999-12-31'))
         begin select raise(abort, 'STAY_OVERLAP'); end`,
      )
      .execute(db);
  }

  await db.schema
    .createTable('tags')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().modifyEnd(sql`collate nocase unique`))
    .addColumn('description', 'text')
    .modifyEnd(strict)
    .execute();
  await db.schema
    .createTable('prisoner_tags')
    .addColumn('prisoner_id', 'integer', (c) => c.notNull().references('prisoners.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('prisoner_tags_pk', ['prisoner_id', 'tag_id'])
    .modifyEnd(sql`without rowid, strict`)
    .execute();
  await db.schema.createIndex('prisoner_tags_tag').on('prisoner_tags').columns(['tag_id', 'prisoner_id']).execute();

  await db.schema
    .createTable('members')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('pseudonym', 'text', (c) => c.notNull().modifyEnd(sql`collate nocase unique`))
    .addColumn('roles', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(roles)`),
    )
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1).modifyEnd(bool('active')))
    .addColumn('notes', 'text')
    .modifyEnd(strict)
    .execute();

  // Search text is folded in JS (shared/search-fold.ts: accents, case, ı, ł, ß...) before it is indexed or queried;
  // secure-delete makes FTS5 overwrite what it removes instead of leaving it in free pages.
  // Prefix indexes for one and two letters: search-as-you-type starts with one letter, which matches most rows.
  await sql`create virtual table search_index using fts5(kind unindexed, ref_id unindexed, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')`.execute(
    db,
  );
  await sql`insert into search_index (search_index, rank) values ('secure-delete', 1)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['search_index', 'members', 'prisoner_tags', 'tags', 'stays', 'prisoners', 'facilities']) {
    await db.schema.dropTable(table).execute();
  }
}
