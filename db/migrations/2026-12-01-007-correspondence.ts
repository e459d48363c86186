import { sql, type Kysely } from 'kysely';

/*
 * Correspondence: letters out and in, writing evenings, parcels and their contents, attachments, and a prisoner's
 * expected reply window. The vault's schema conventions hold (STRICT, named CHECKs, real dates and timestamps, JSON
 * types). The lists below are copies FROZEN on the day this migration shipped, from
 * shared/letters/letter-values.ts, shared/parcels/parcel-values.ts and shared/attachments/attachment-values.ts.
 *
 * A letter or a parcel keeps the address block it went to (`address_block`, the lines exactly as composed that day),
 * so a transfer never rewrites history; its stay is kept too while it exists. `dated_on` is the date lists and
 * timelines sort by (received, else sent, else written / delivered, else sent, else prepared), held equal to its
 * sources by a CHECK so an index can serve every "newest first". Letters and parcels go with their prisoner (the
 * deletion asks first and says how many); writers, evenings, replies and stays that go leave the letter in place.
 */
const LETTER_DIRECTIONS = ['out', 'in'];
const LETTER_STATUSES = ['draft', 'sent', 'acknowledged', 'returned', 'withheld', 'lost', 'received'];
const LETTER_CHANNELS = ['post', 'email', 'visit', 'other'];
const LETTER_ISSUE_REASONS = ['moved', 'unknown_address', 'refused', 'censored', 'over_limits', 'released', 'other'];
const PARCEL_STATUSES = ['prepared', 'sent', 'delivered', 'refused', 'returned', 'lost'];
const PARCEL_ISSUE_REASONS = [
  'over_weight',
  'forbidden_contents',
  'moved',
  'unknown_address',
  'refused',
  'released',
  'other',
];
const PARCEL_CONTENTS = ['clothes', 'books', 'food', 'hygiene', 'other'];
const MEDIA_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const oneOf = (column: string, values: readonly string[]) => `${column} in (${values.map(literal).join(', ')})`;
const isDate = (column: string) => `date(${column}) is ${column}`;
const isTimestamp = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}) is ${column}`;
const isJsonArray = (column: string) => `json_valid(${column}) and json_type(${column}) = 'array'`;
const between = (column: string, min: number, max: number) => `${column} between ${min} and ${max}`;
const currency = (column: string) => `${column} glob '[A-Z][A-Z][A-Z]'`;
const check = (name: string, condition: string) => `constraint ${name} check (${condition})`;

async function run(db: Kysely<unknown>, statement: string): Promise<void> {
  await sql.raw(statement).execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `create table writing_evenings (
      id integer primary key,
      held_on text not null,
      place text,
      notes text,
      created_at text not null,
      updated_at text not null,
      ${check('writing_evenings_held_on_date', isDate('held_on'))},
      ${check('writing_evenings_created_at_timestamp', isTimestamp('created_at'))},
      ${check('writing_evenings_updated_at_timestamp', isTimestamp('updated_at'))}
    ) strict`,
  );
  // The evening's plan, in the order of its rows: who is written to, by whom.
  await run(
    db,
    `create table writing_evening_entries (
      evening_id integer not null references writing_evenings (id) on delete cascade,
      position integer not null,
      prisoner_id integer not null references prisoners (id) on delete cascade,
      writer_member_id integer references members (id) on delete set null,
      ${check('writing_evening_entries_position_range', between('position', 0, 9999))},
      primary key (evening_id, position)
    ) without rowid, strict`,
  );
  await run(db, `create index writing_evening_entries_prisoner on writing_evening_entries (prisoner_id)`);

  await run(
    db,
    `create table letters (
      id integer primary key,
      prisoner_id integer not null references prisoners (id) on delete cascade,
      stay_id integer references stays (id) on delete set null,
      direction text not null,
      status text not null,
      channel text not null,
      address_block text,
      writer_member_id integer references members (id) on delete set null,
      written_on text,
      sent_on text,
      received_on text,
      dated_on text not null,
      language text,
      pages integer,
      photos integer,
      stamps integer,
      summary text,
      reply_to_id integer references letters (id) on delete set null,
      issue_reason text,
      issue_note text,
      action_taken text,
      handled_at text,
      evening_id integer references writing_evenings (id) on delete set null,
      created_at text not null,
      updated_at text not null,
      ${check('letters_direction_values', oneOf('direction', LETTER_DIRECTIONS))},
      ${check('letters_status_values', oneOf('status', LETTER_STATUSES))},
      ${check('letters_status_direction', `(direction = 'in') = (status = 'received')`)},
      ${check('letters_channel_values', oneOf('channel', LETTER_CHANNELS))},
      ${check('letters_address_block_json', isJsonArray('address_block'))},
      ${check('letters_written_on_date', isDate('written_on'))},
      ${check('letters_sent_on_date', isDate('sent_on'))},
      ${check('letters_received_on_date', isDate('received_on'))},
      ${check('letters_dated_on_sources', 'dated_on is coalesce(received_on, sent_on, written_on)')},
      ${check('letters_received_after_sent', 'received_on is null or sent_on is null or received_on >= sent_on')},
      ${check('letters_language_code', `language glob '[a-z][a-z]' or language glob '[a-z][a-z][a-z]'`)},
      ${check('letters_pages_range', between('pages', 0, 1000))},
      ${check('letters_photos_range', between('photos', 0, 1000))},
      ${check('letters_stamps_range', between('stamps', 0, 1000))},
      ${check('letters_issue_reason_values', oneOf('issue_reason', LETTER_ISSUE_REASONS))},
      ${check('letters_issue_reason_status', `(status in ('returned', 'withheld')) = (issue_reason is not null)`)},
      ${check('letters_handled_at_timestamp', isTimestamp('handled_at'))},
      ${check('letters_created_at_timestamp', isTimestamp('created_at'))},
      ${check('letters_updated_at_timestamp', isTimestamp('updated_at'))}
    ) strict`,
  );
  await run(db, `create index letters_prisoner_dated on letters (prisoner_id, dated_on, id)`);
  await run(db, `create index letters_prisoner_direction on letters (prisoner_id, direction, dated_on)`);
  await run(db, `create index letters_dated on letters (dated_on, id)`);
  await run(db, `create index letters_status_dated on letters (status, dated_on)`);
  await run(
    db,
    `create index letters_open_issues on letters (dated_on)
      where status in ('returned', 'withheld') and handled_at is null`,
  );
  await run(db, `create index letters_drafts on letters (created_at) where status = 'draft'`);
  await run(db, `create index letters_stay on letters (stay_id)`);
  await run(db, `create index letters_writer on letters (writer_member_id, dated_on)`);
  await run(db, `create index letters_evening on letters (evening_id)`);
  await run(db, `create index letters_reply_to on letters (reply_to_id)`);

  // Follow-up tags, from the same list as the prisoners'.
  await run(
    db,
    `create table letter_tags (
      letter_id integer not null references letters (id) on delete cascade,
      tag_id integer not null references tags (id) on delete cascade,
      primary key (letter_id, tag_id)
    ) without rowid, strict`,
  );
  await run(db, `create index letter_tags_tag on letter_tags (tag_id, letter_id)`);

  await run(
    db,
    `create table parcels (
      id integer primary key,
      prisoner_id integer not null references prisoners (id) on delete cascade,
      stay_id integer references stays (id) on delete set null,
      address_block text,
      status text not null,
      weight_grams integer,
      postage_minor integer,
      postage_currency text,
      carrier text,
      tracking_number text,
      prepared_on text not null,
      sent_on text,
      delivered_on text,
      dated_on text not null,
      issue_reason text,
      issue_note text,
      action_taken text,
      handled_at text,
      notes text,
      created_at text not null,
      updated_at text not null,
      ${check('parcels_address_block_json', isJsonArray('address_block'))},
      ${check('parcels_status_values', oneOf('status', PARCEL_STATUSES))},
      ${check('parcels_weight_grams_range', between('weight_grams', 0, 100000))},
      ${check('parcels_postage_minor_range', between('postage_minor', 0, 100000000))},
      ${check('parcels_postage_currency_code', currency('postage_currency'))},
      ${check('parcels_postage_with_currency', '(postage_minor is null) = (postage_currency is null)')},
      ${check('parcels_prepared_on_date', isDate('prepared_on'))},
      ${check('parcels_sent_on_date', isDate('sent_on'))},
      ${check('parcels_delivered_on_date', isDate('delivered_on'))},
      ${check('parcels_dated_on_sources', 'dated_on is coalesce(delivered_on, sent_on, prepared_on)')},
      ${check('parcels_sent_after_prepared', 'sent_on is null or sent_on >= prepared_on')},
      ${check('parcels_delivered_after_sent', 'delivered_on is null or sent_on is null or delivered_on >= sent_on')},
      ${check('parcels_issue_reason_values', oneOf('issue_reason', PARCEL_ISSUE_REASONS))},
      ${check('parcels_issue_reason_status', `(status in ('refused', 'returned', 'lost')) = (issue_reason is not null)`)},
      ${check('parcels_handled_at_timestamp', isTimestamp('handled_at'))},
      ${check('parcels_created_at_timestamp', isTimestamp('created_at'))},
      ${check('parcels_updated_at_timestamp', isTimestamp('updated_at'))}
    ) strict`,
  );
  await run(db, `create index parcels_prisoner_dated on parcels (prisoner_id, dated_on, id)`);
  await run(db, `create index parcels_dated on parcels (dated_on, id)`);
  await run(db, `create index parcels_status_dated on parcels (status, dated_on)`);
  await run(
    db,
    `create index parcels_open_issues on parcels (dated_on)
      where status in ('refused', 'returned', 'lost') and handled_at is null`,
  );
  await run(db, `create index parcels_stay on parcels (stay_id)`);

  await run(
    db,
    `create table parcel_items (
      id integer primary key,
      parcel_id integer not null references parcels (id) on delete cascade,
      position integer not null,
      category text not null,
      description text not null,
      quantity integer not null,
      value_minor integer,
      value_currency text,
      ${check('parcel_items_category_values', oneOf('category', PARCEL_CONTENTS))},
      ${check('parcel_items_position_range', between('position', 0, 999))},
      ${check('parcel_items_quantity_range', between('quantity', 1, 1000))},
      ${check('parcel_items_value_minor_range', between('value_minor', 0, 100000000))},
      ${check('parcel_items_value_currency_code', currency('value_currency'))},
      ${check('parcel_items_value_with_currency', '(value_minor is null) = (value_currency is null)')},
      constraint parcel_items_parcel_position unique (parcel_id, position)
    ) strict`,
  );

  // Files kept inside the vault: re-encoded images, PDFs without their document metadata.
  await run(
    db,
    `create table attachments (
      id integer primary key,
      letter_id integer references letters (id) on delete cascade,
      parcel_id integer references parcels (id) on delete cascade,
      file_name text not null,
      media_type text not null,
      byte_size integer not null,
      content blob not null,
      thumbnail blob,
      width integer,
      height integer,
      page_count integer,
      created_at text not null,
      ${check('attachments_one_owner', '(letter_id is null) <> (parcel_id is null)')},
      ${check('attachments_media_type_values', oneOf('media_type', MEDIA_TYPES))},
      ${check('attachments_byte_size_matches', 'byte_size = length(content)')},
      ${check('attachments_created_at_timestamp', isTimestamp('created_at'))}
    ) strict`,
  );
  await run(db, `create index attachments_letter on attachments (letter_id)`);
  await run(db, `create index attachments_parcel on attachments (parcel_id)`);

  // How long the group waits for a reply from this prisoner before the dashboard says it is overdue (else the group's
  // setting). SQLite checks an added column's CHECK on every existing row: all null, so all pass.
  await run(
    db,
    `alter table prisoners add column reply_window_days integer
      constraint prisoners_reply_window_days_range check (reply_window_days between 1 and 365)`,
  );
  // Dashboard lookups: transfers of the last days, releases expected soon.
  await run(db, `create index stays_started on stays (start_reason, from_date)`);
  await run(
    db,
    `create index prisoners_expected_release on prisoners (expected_release) where expected_release is not null`,
  );
}
