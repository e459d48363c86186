import { sql, type Kysely } from 'kysely';

/*
 * CHECK constraints on every enumerated, date, timestamp and JSON column, so that a bad row cannot be written even by
 * code that skips zod. SQLite cannot add a CHECK to a table, so each table is rebuilt (new table, copy, drop, rename).
 *
 * The allowed values live in shared/ (the zod enums' const arrays); the lists below are copies FROZEN on the day this
 * migration shipped. A migration never changes once shipped: the vault's exact-schema check compares every vault's
 * sqlite_master with what the migrations build, so importing the lists from shared/ would make a vault migrated
 * yesterday unopenable the day a value is added. To add a value: add it in shared/, then a new migration that rebuilds
 * the table with the new list (tests/unit/vault/schema-checks.test.ts fails until the two agree).
 */
const FACILITY_KINDS = ['remand', 'prison', 'detention_centre', 'immigration_detention', 'psychiatric', 'other'];
const PRISONER_STATUSES = ['pretrial', 'sentenced', 'released', 'deceased', 'unknown'];
const STAY_START_REASONS = ['arrest', 'transfer', 'other'];
const STAY_END_REASONS = ['transfer', 'release', 'deportation', 'death', 'other'];
const MEMBER_ROLES = ['writer', 'treasurer', 'organizer', 'admin'];

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const oneOf = (column: string, values: readonly string[]) => `${column} in (${values.map(literal).join(', ')})`;
const flag = (column: string) => `${column} in (0, 1)`;
/** A calendar date as the app writes it, `YYYY-MM-DD`, and a real one: SQLite moves 2023-02-30 to 2023-03-02. */
const isDate = (column: string) => `date(${column}) is ${column}`;
/** A timestamp exactly as `Date.prototype.toISOString` writes it: `YYYY-MM-DDTHH:MM:SS.sssZ`, in UTC. */
const isTimestamp = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}) is ${column}`;
/** json_type raises an error on malformed JSON; json_valid first turns that into a failed CHECK. */
const isJson = (column: string, type: 'object' | 'array') =>
  `json_valid(${column}) and json_type(${column}) = '${type}'`;
/**
 * A JSON array of values from `values`, as JSON.stringify writes it (`["writer","admin"]`): with every allowed value
 * and every comma removed, only `[]` may remain. A CHECK cannot use json_each (no subqueries), hence the text.
 */
function arrayOf(column: string, values: readonly string[]): string {
  const stripped = [...values.map((value) => `"${value}"`), ','].reduce(
    (text, token) => `replace(${text}, ${literal(token)}, '')`,
    column,
  );
  return `${isJson(column, 'array')} and ${stripped} = '[]'`;
}
/** A JSON array of ISO 639 codes (`["fr","tr"]`): only lower-case letters, quotes and commas between the brackets. */
const codeArray = (column: string) =>
  `${isJson(column, 'array')} and substr(${column}, 2, length(${column}) - 2) not glob '*[^a-z",]*'`;

interface Rebuilt {
  name: string;
  columns: readonly string[];
  /** Column definitions and table constraints other than the named CHECKs; `{prisoners}` stands for the parent. */
  definition: string;
  checks: Readonly<Record<string, string>>;
  options: string;
}

/** Parents before children: rows are copied in this order, with foreign keys enforced. */
const TABLES: readonly Rebuilt[] = [
  {
    name: 'settings',
    columns: ['key', 'value'],
    definition: 'key text primary key, value text not null',
    checks: { settings_value_json: 'json_valid(value)' },
    options: 'strict',
  },
  {
    name: 'facilities',
    columns: [
      'id',
      'name',
      'kind',
      'country',
      'street',
      'extra',
      'po_box',
      'postcode',
      'city',
      'region',
      'rules',
      'notes',
      'archived',
      'created_at',
      'updated_at',
    ],
    definition: `id integer primary key, name text not null, kind text not null, country text not null, street text, extra text,
      po_box text, postcode text, city text not null, region text, rules text not null, notes text,
      archived integer not null default 0, created_at text not null, updated_at text not null`,
    checks: {
      facilities_kind_values: oneOf('kind', FACILITY_KINDS),
      facilities_country_code: `country glob '[A-Z][A-Z]'`,
      facilities_rules_json: isJson('rules', 'object'),
      facilities_archived_flag: flag('archived'),
      facilities_created_at_timestamp: isTimestamp('created_at'),
      facilities_updated_at_timestamp: isTimestamp('updated_at'),
    },
    options: 'strict',
  },
  {
    name: 'prisoners',
    columns: [
      'id',
      'family_name',
      'given_names',
      'known_as',
      'sort_name',
      'pronouns',
      'date_of_birth',
      'languages',
      'status',
      'expected_release',
      'do_not_write',
      'do_not_write_reason',
      'notes',
      'archived',
      'created_at',
      'updated_at',
    ],
    definition: `id integer primary key, family_name text not null, given_names text, known_as text, sort_name text not null,
      pronouns text, date_of_birth text, languages text not null default '[]', status text not null, expected_release text,
      do_not_write integer not null default 0, do_not_write_reason text, notes text, archived integer not null default 0,
      created_at text not null, updated_at text not null`,
    checks: {
      prisoners_date_of_birth_date: isDate('date_of_birth'),
      prisoners_languages_codes: codeArray('languages'),
      prisoners_status_values: oneOf('status', PRISONER_STATUSES),
      prisoners_expected_release_date: isDate('expected_release'),
      prisoners_do_not_write_flag: flag('do_not_write'),
      prisoners_archived_flag: flag('archived'),
      prisoners_created_at_timestamp: isTimestamp('created_at'),
      prisoners_updated_at_timestamp: isTimestamp('updated_at'),
    },
    options: 'strict',
  },
  {
    name: 'stays',
    columns: [
      'id',
      'prisoner_id',
      'facility_id',
      'prisoner_number',
      'from_date',
      'to_date',
      'start_reason',
      'end_reason',
    ],
    definition: `id integer primary key,
      prisoner_id integer not null references {prisoners} (id) on delete cascade,
      facility_id integer not null references {facilities} (id) on delete cascade,
      prisoner_number text, from_date text not null, to_date text, start_reason text not null, end_reason text`,
    checks: {
      stays_end_after_start: 'to_date is null or to_date >= from_date',
      stays_end_reason: '(to_date is null) = (end_reason is null)',
      stays_from_date_date: isDate('from_date'),
      stays_to_date_date: isDate('to_date'),
      stays_start_reason_values: oneOf('start_reason', STAY_START_REASONS),
      stays_end_reason_values: oneOf('end_reason', STAY_END_REASONS),
    },
    options: 'strict',
  },
  {
    // No CHECK of its own: rebuilt because dropping the old prisoners table would cascade into it.
    name: 'prisoner_tags',
    columns: ['prisoner_id', 'tag_id'],
    definition: `prisoner_id integer not null references {prisoners} (id) on delete cascade,
      tag_id integer not null references tags (id) on delete cascade,
      constraint prisoner_tags_pk primary key (prisoner_id, tag_id)`,
    checks: {},
    options: 'without rowid, strict',
  },
  {
    name: 'members',
    columns: ['id', 'pseudonym', 'roles', 'active', 'notes', 'postal'],
    definition: `id integer primary key, pseudonym text not null collate nocase unique, roles text not null default '[]',
      active integer not null default 1, notes text, postal text`,
    checks: {
      members_roles_values: arrayOf('roles', MEMBER_ROLES),
      members_active_flag: flag('active'),
      members_postal_json: `postal is null or (${isJson('postal', 'object')})`,
    },
    options: 'strict',
  },
  {
    name: 'label_templates',
    columns: ['id', 'name', 'geometry', 'created_at', 'updated_at'],
    definition:
      'id integer primary key, name text not null, geometry text not null, created_at text not null, updated_at text not null',
    checks: {
      label_templates_geometry_json: isJson('geometry', 'object'),
      label_templates_created_at_timestamp: isTimestamp('created_at'),
      label_templates_updated_at_timestamp: isTimestamp('updated_at'),
    },
    options: 'strict',
  },
];

/** The indexes and triggers of the rebuilt tables, as migration 002 made them (dropped with the old tables). */
const AFTER = [
  'create index facilities_country_city on facilities (country, city)',
  'create index prisoners_family_name on prisoners (family_name, given_names)',
  'create index prisoners_status on prisoners (status)',
  'create index prisoners_sort_name on prisoners (archived, sort_name, id)',
  'create index stays_prisoner_from on stays (prisoner_id, from_date)',
  'create index stays_facility on stays (facility_id, to_date)',
  'create index stays_number on stays (prisoner_number)',
  'create unique index stays_one_open on stays (prisoner_id) where to_date is null',
  'create index prisoner_tags_tag on prisoner_tags (tag_id, prisoner_id)',
  ...['insert', 'update'].map(
    (event) => `create trigger stays_no_overlap_${event} before ${event} on stays
      when exists (
        select 1 from stays s
        where s.prisoner_id = new.prisoner_id and s.id is not new.id
          and s.from_date < coalesce(new.to_date, '9999-12-31')
          and new.from_date < coalesce(s.to_date, '9999-12-31')
          and s.from_date < coalesce(s.to_date, '9999-12-31')
          and new.from_date < coalesce(new.to_date, '9999-12-31'))
      begin select raise(abort, 'STAY_OVERLAP'); end`,
  ),
];

const fresh = (name: string) => `${name}_checked`;

function createStatement(table: Rebuilt): string {
  const definition = table.definition.replace(/\{(\w+)\}/g, (_, parent: string) => fresh(parent));
  const checks = Object.entries(table.checks).map(([name, check]) => `constraint ${name} check (${check})`);
  return `create table ${fresh(table.name)} (${[definition, ...checks].join(',\n      ')}) ${table.options}`;
}

/**
 * Copies a table's rows into its new version. A vault holding a row the new constraints refuse is refused, naming the
 * table, the constraint and the rows (never their content): Parloir never wrote such a row (zod checks every write), so
 * only a hand-edited vault can hold one, and guessing what its value meant would be worse than saying so. The failed
 * migration leaves the vault as it was, with the pre-migration backup beside it.
 */
async function copyRows(db: Kysely<unknown>, table: Rebuilt): Promise<void> {
  const columns = table.columns.join(', ');
  try {
    await sql.raw(`insert into ${fresh(table.name)} (${columns}) select ${columns} from ${table.name}`).execute(db);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_CHECK') throw error;
    // The failed statement alone was undone; the transaction goes on long enough to find the rows.
    for (const [name, check] of Object.entries(table.checks)) {
      const { rows } = await sql<{
        id: number;
      }>`select rowid as id from ${sql.table(table.name)} where not (${sql.raw(check)}) limit 10`.execute(db);
      const ids = rows.map((row) => row.id).join(', ');
      if (ids)
        throw new Error(
          `The vault holds rows of ${table.name} that break ${name} (rowid ${ids}): they must be corrected first`,
          { cause: error },
        );
    }
    throw error;
  }
}

/**
 * SQLite's documented rebuild for a schema change ALTER TABLE cannot make (lang_altertable, "other kinds of table
 * schema changes"), inside the migrations' one transaction, where
 * foreign keys cannot be switched off: the new children reference the new parents, so dropping an old parent cascades
 * into nothing, and renaming a new parent rewrites its children's references to the final name.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await sql.raw(createStatement(table)).execute(db);
    await copyRows(db, table);
  }
  for (const table of [...TABLES].reverse()) await sql.raw(`drop table ${table.name}`).execute(db);
  for (const table of TABLES) await sql.raw(`alter table ${fresh(table.name)} rename to ${table.name}`).execute(db);
  for (const statement of AFTER) await sql.raw(statement).execute(db);
  const broken = await sql`pragma foreign_key_check`.execute(db);
  if (broken.rows.length > 0) throw new Error('The rebuilt tables break a foreign key');
}

// No down: the app only migrates forward. A vault goes back to an older version by restoring the backup taken before
// this migration ran.
