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
  /** Days the group waits for this prisoner's reply before it is overdue; null: the group's setting. */
  reply_window_days: number | null;
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

export interface WritingEveningsTable {
  id: Generated<number>;
  held_on: string;
  place: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

/** The evening's plan, one row per letter to write, in order. */
export interface WritingEveningEntriesTable {
  evening_id: number;
  position: number;
  prisoner_id: number;
  writer_member_id: number | null;
}

export interface LettersTable {
  id: Generated<number>;
  prisoner_id: number;
  stay_id: number | null;
  /** shared/letters/letter-values.ts */
  direction: string;
  status: string;
  channel: string;
  /** JSON array of the address lines exactly as composed the day it went (post only). */
  address_block: string | null;
  /** null: the group. */
  writer_member_id: number | null;
  written_on: string | null;
  sent_on: string | null;
  received_on: string | null;
  /** coalesce(received_on, sent_on, written_on), kept so by a CHECK: what lists and timelines sort by. */
  dated_on: string;
  language: string | null;
  pages: number | null;
  photos: number | null;
  stamps: number | null;
  summary: string | null;
  reply_to_id: number | null;
  /** Returned and withheld letters only. */
  issue_reason: string | null;
  issue_note: string | null;
  action_taken: string | null;
  /** When someone dealt with the return or the withholding: it then leaves the dashboard. */
  handled_at: string | null;
  evening_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface LetterTagsTable {
  letter_id: number;
  tag_id: number;
}

export interface ParcelsTable {
  id: Generated<number>;
  prisoner_id: number;
  stay_id: number | null;
  address_block: string | null;
  /** shared/parcels/parcel-values.ts */
  status: string;
  weight_grams: number | null;
  /** Integer minor units of `postage_currency` (ISO 4217); both or neither. */
  postage_minor: number | null;
  postage_currency: string | null;
  carrier: string | null;
  tracking_number: string | null;
  prepared_on: string;
  sent_on: string | null;
  delivered_on: string | null;
  /** coalesce(delivered_on, sent_on, prepared_on), kept so by a CHECK. */
  dated_on: string;
  issue_reason: string | null;
  issue_note: string | null;
  action_taken: string | null;
  handled_at: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface ParcelItemsTable {
  id: Generated<number>;
  parcel_id: number;
  position: number;
  /** The facility rules' content categories (shared/registry/mail-rules.schemas.ts). */
  category: string;
  description: string;
  quantity: number;
  value_minor: number | null;
  value_currency: string | null;
}

/** A file inside the vault, owned by one letter or one parcel. */
export interface AttachmentsTable {
  id: Generated<number>;
  letter_id: number | null;
  parcel_id: number | null;
  file_name: string;
  media_type: string;
  byte_size: number;
  content: Uint8Array;
  thumbnail: Uint8Array | null;
  width: number | null;
  height: number | null;
  page_count: number | null;
  created_at: string;
}

/** Kept by migration 015's triggers from prisoners, stays and letters; never written by a query. */
export interface PrisonerAttentionTable {
  prisoner_id: number;
  is_current: Flag;
  is_writable: Flag;
  reply_window_days: number | null;
  last_in: string | null;
  last_out: string | null;
  awaiting_since: string | null;
}

/** One row (id 1): the closed period. Moving it back needs a reason (migration 016's trigger). */
export interface LedgerLockTable {
  id: Generated<number>;
  locked_through: string | null;
  reopen_reason: string | null;
  changed_at: string | null;
  changed_by_member_id: number | null;
}

/** Amounts are integer minor units in the account's one currency. */
export interface AccountsTable {
  id: Generated<number>;
  kind: string;
  name: string;
  currency: string;
  iban: string | null;
  bic: string | null;
  opening_minor: Generated<number>;
  opening_on: string;
  /** What a statement import keeps of a payer: keep | initial | hash. */
  import_names: Generated<string>;
  archived: Generated<Flag>;
  created_at: string;
  updated_at: string;
  created_by_member_id: number | null;
  updated_by_member_id: number | null;
}

export interface FundsTable {
  id: Generated<number>;
  name: string;
  kind: string;
  prisoner_id: number | null;
  archived: Generated<Flag>;
  created_at: string;
  updated_at: string;
  /** A structured payment reference, bare (migration 017). */
  reference: string | null;
  created_by_member_id: number | null;
  updated_by_member_id: number | null;
}

/** A built-in category's name is its key in shared/money/money-values.ts. */
export interface CategoriesTable {
  id: Generated<number>;
  name: string;
  direction: string;
  builtin: Generated<Flag>;
  archived: Generated<Flag>;
  /** Null for the built-in categories (migration 017). */
  created_at: string | null;
  updated_at: string | null;
  created_by_member_id: number | null;
  updated_by_member_id: number | null;
}

export interface DonorsTable {
  id: Generated<number>;
  pseudonym_or_name: string;
  thanks: string | null;
  no_thanks: Generated<Flag>;
  /** HMAC-SHA256 of the IBAN, hex, with the vault's key: recognises a donor without keeping the IBAN. */
  iban_hash: string | null;
  created_at: string;
  updated_at: string;
  created_by_member_id: number | null;
  updated_by_member_id: number | null;
}

export interface StandingOrdersTable {
  id: Generated<number>;
  donor_id: number | null;
  account_id: number;
  fund_id: number;
  amount_minor: number;
  currency: string;
  rhythm: string;
  from_on: string;
  until_on: string | null;
  reference: string | null;
  created_at: string;
  updated_at: string;
  created_by_member_id: number | null;
  updated_by_member_id: number | null;
}

export interface TransactionsTable {
  id: Generated<number>;
  account_id: number;
  booked_on: string;
  /** Signed: money in is positive. */
  amount_minor: number;
  /** A copy of the account's, held equal by triggers. */
  currency: string;
  counterparty: string | null;
  text: Generated<string>;
  status: Generated<string>;
  prisoner_id: number | null;
  parcel_id: number | null;
  evening_id: number | null;
  /** A UUID shared by the two halves of a transfer or exchange. */
  transfer_group: string | null;
  standing_order_id: number | null;
  created_at: string;
  created_by_member_id: number | null;
  updated_at: string;
  updated_by_member_id: number | null;
}

export interface SplitsTable {
  id: Generated<number>;
  transaction_id: number;
  position: number;
  /** Null only in a transfer's halves. */
  category_id: number | null;
  fund_id: number;
  amount_minor: number;
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
  writing_evenings: WritingEveningsTable;
  writing_evening_entries: WritingEveningEntriesTable;
  letters: LettersTable;
  letter_tags: LetterTagsTable;
  parcels: ParcelsTable;
  parcel_items: ParcelItemsTable;
  attachments: AttachmentsTable;
  prisoner_attention: PrisonerAttentionTable;
  ledger_lock: LedgerLockTable;
  accounts: AccountsTable;
  funds: FundsTable;
  categories: CategoriesTable;
  donors: DonorsTable;
  standing_orders: StandingOrdersTable;
  transactions: TransactionsTable;
  splits: SplitsTable;
}
