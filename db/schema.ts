import type { Generated } from 'kysely';

/** Kysely's view of the vault. Each migration that adds a table adds its interface here. */
export interface MetaTable {
  key: string;
  value: string;
}

export interface SettingsTable {
  key: string;
  /** JSON-encoded value. */
  value: string;
}

/** SQLite booleans are 0 or 1 (checked by the table). */
type Flag = 0 | 1;

export interface FacilitiesTable {
  id: Generated<number>;
  name: string;
  kind: string;
  country: string;
  street: string | null;
  extra: string | null;
  po_box: string | null;
  postcode: string | null;
  city: string;
  region: string | null;
  /** JSON of shared/registry/mail-rules.schemas.ts `mailRules`, parsed on read. */
  rules: string;
  notes: string | null;
  archived: Generated<Flag>;
  created_at: string;
  updated_at: string;
  /** The PO box's own postcode (a German Postfach), printed instead of `postcode` when the box is. */
  po_box_postcode: string | null;
}

export interface PrisonersTable {
  id: Generated<number>;
  family_name: string;
  given_names: string | null;
  known_as: string | null;
  /** foldForSearch(family name + given names): the accent-blind order of the prisoner list. */
  sort_name: string;
  pronouns: string | null;
  date_of_birth: string | null;
  /** JSON array of ISO 639 codes. */
  languages: Generated<string>;
  status: string;
  expected_release: string | null;
  do_not_write: Generated<Flag>;
  do_not_write_reason: string | null;
  notes: string | null;
  archived: Generated<Flag>;
  created_at: string;
  updated_at: string;
}

export interface StaysTable {
  id: Generated<number>;
  prisoner_id: number;
  facility_id: number;
  prisoner_number: string | null;
  from_date: string;
  to_date: string | null;
  start_reason: string;
  end_reason: string | null;
  /** The Spanish prison's unit (módulo) during this stay. */
  module: string | null;
}

export interface TagsTable {
  id: Generated<number>;
  name: string;
  description: string | null;
}

export interface PrisonerTagsTable {
  prisoner_id: number;
  tag_id: number;
}

export interface MembersTable {
  id: Generated<number>;
  pseudonym: string;
  /** JSON array of member roles. */
  roles: Generated<string>;
  active: Generated<Flag>;
  notes: string | null;
  /** JSON `{ name, address }`: the member's return address, when they gave one. */
  postal: string | null;
}

export interface LabelTemplatesTable {
  id: Generated<number>;
  name: string;
  /** JSON: the sheet's geometry in mm (shared/printing/printing.schemas.ts). */
  geometry: string;
  created_at: string;
  updated_at: string;
}

/** One row per indexed (kind, id) (db/search/): its `id` is the rowid of its text in `search_index`. */
export interface SearchRowsTable {
  id: Generated<number>;
  /** A registered search kind's name (db/search/search-kinds.ts): 'prisoner', 'facility'... */
  kind: string;
  ref_id: number;
  archived: Flag;
}

/** FTS5 table: `body` holds folded search text; its rowid is `search_rows.id`. */
export interface SearchIndexTable {
  body: string;
}

export interface Database {
  meta: MetaTable;
  settings: SettingsTable;
  facilities: FacilitiesTable;
  prisoners: PrisonersTable;
  stays: StaysTable;
  tags: TagsTable;
  prisoner_tags: PrisonerTagsTable;
  members: MembersTable;
  label_templates: LabelTemplatesTable;
  search_rows: SearchRowsTable;
  search_index: SearchIndexTable;
}
