import { sql, type Kysely } from 'kysely';

/*
 * Bank statements imported into an account, their lines, the treasurer's reconciliation rules, and the vault's own
 * key for hashing payers' IBANs. The lists below are copies FROZEN on the day this migration shipped, from
 * shared/money/bank.schemas.ts (bankLineStatuses) and shared/money/statement.types.ts (reference kinds).
 *
 * A line is what the bank said, minimised as its account asks (accounts.import_names): the payer's name, an initial
 * or nothing; the IBAN only when names are kept, otherwise only its HMAC-SHA256 with the key of `bank_hmac_key`,
 * drawn here by SQLite's randomblob (a CSPRNG) and living nowhere but inside the encrypted vault: the same donor is
 * still recognised, and no one holding the hashes can try every IBAN without the key.
 *
 * Duplicates are refused by the database itself: one `dedupe_key` per account (the bank's reference, else the
 * EndToEndId, else a hash of the content; the import suffixes a repeat within one file), one bank reference per
 * account. A camt.054 detail (or a batch's part) points at its total line and is never counted in a balance.
 */
const LINE_STATUSES = ['open', 'reconciled', 'ignored'];
const REFERENCE_KINDS = ['be', 'rf', 'qrr'];
const MAX_AMOUNT = 1_000_000_000_000;

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const oneOf = (column: string, values: readonly string[]) => `${column} in (${values.map(literal).join(', ')})`;
const isDate = (column: string) => `date(${column}) is ${column}`;
const isTimestamp = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}) is ${column}`;
const isFlag = (column: string) => `${column} in (0, 1)`;
const isHex64 = (column: string) => `length(${column}) = 64 and ${column} not glob '*[^0-9a-f]*'`;
const count = (column: string) => `typeof(${column}) = 'integer' and ${column} >= 0`;
const check = (name: string, condition: string) => `constraint ${name} check (${condition})`;

async function run(db: Kysely<unknown>, statement: string): Promise<void> {
  await sql.raw(statement).execute(db);
}

async function createImports(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `create table bank_hmac_key (
      id integer primary key,
      hmac_key blob not null,
      ${check('bank_hmac_key_id_single', 'id = 1')},
      ${check('bank_hmac_key_hmac_key_length', `typeof(hmac_key) = 'blob' and length(hmac_key) = 32`)}
    ) strict`,
  );
  await run(db, `insert into bank_hmac_key (id, hmac_key) values (1, randomblob(32))`);
  await run(
    db,
    `create trigger bank_hmac_key_kept before delete on bank_hmac_key
      begin select raise(abort, 'BANK_HMAC_KEY_KEPT'); end`,
  );
  await run(
    db,
    `create trigger bank_hmac_key_unchanged before update on bank_hmac_key
      begin select raise(abort, 'BANK_HMAC_KEY_KEPT'); end`,
  );

  await run(
    db,
    `create table bank_imports (
      id integer primary key,
      account_id integer not null references accounts (id) on delete restrict,
      file_sha256 text not null,
      file_name text not null,
      format text not null,
      entries integer not null,
      imported integer not null,
      details integer not null,
      duplicates integer not null,
      raw_file blob,
      imported_at text not null,
      by_member_id integer references members (id) on delete restrict,
      ${check('bank_imports_file_sha256_hex', isHex64('file_sha256'))},
      ${check('bank_imports_file_name_length', 'length(file_name) between 1 and 255')},
      ${check('bank_imports_format_length', 'length(format) between 1 and 60')},
      ${check('bank_imports_entries_count', count('entries'))},
      ${check('bank_imports_imported_count', count('imported'))},
      ${check('bank_imports_details_count', count('details'))},
      ${check('bank_imports_duplicates_count', count('duplicates'))},
      ${check('bank_imports_raw_file_blob', `raw_file is null or typeof(raw_file) = 'blob'`)},
      ${check('bank_imports_imported_at_timestamp', isTimestamp('imported_at'))},
      constraint bank_imports_file_unique unique (account_id, file_sha256)
    ) strict`,
  );
  await run(db, `create index bank_imports_by_member on bank_imports (by_member_id)`);
}

async function createLines(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `create table bank_lines (
      id integer primary key,
      account_id integer not null references accounts (id) on delete restrict,
      import_id integer not null references bank_imports (id) on delete restrict,
      booked_on text not null,
      value_on text,
      amount_minor integer not null,
      currency text not null,
      bank_reference text,
      end_to_end_id text,
      dedupe_key text not null,
      in_file_duplicate integer not null default 0,
      payer_name text,
      payer_iban text,
      payer_iban_hash text,
      remittance text,
      reference_kind text,
      reference_value text,
      batch_line_id integer references bank_lines (id) on delete restrict,
      status text not null default 'open',
      transaction_id integer references transactions (id) on delete restrict,
      reconciled_at text,
      reconciled_by_member_id integer references members (id) on delete restrict,
      created_at text not null,
      ${check('bank_lines_booked_on_date', isDate('booked_on'))},
      ${check('bank_lines_value_on_date', isDate('value_on'))},
      ${check(
        'bank_lines_amount_minor_integer',
        `typeof(amount_minor) = 'integer' and amount_minor between -${MAX_AMOUNT} and ${MAX_AMOUNT}`,
      )},
      ${check('bank_lines_currency_code', `currency glob '[A-Z][A-Z][A-Z]'`)},
      ${check('bank_lines_bank_reference_length', 'length(bank_reference) between 1 and 140')},
      ${check('bank_lines_end_to_end_id_length', 'length(end_to_end_id) between 1 and 140')},
      ${check('bank_lines_dedupe_key_length', 'length(dedupe_key) between 1 and 200')},
      ${check('bank_lines_in_file_duplicate_flag', isFlag('in_file_duplicate'))},
      ${check('bank_lines_payer_name_length', 'length(payer_name) between 1 and 200')},
      ${check('bank_lines_payer_iban_format', `payer_iban glob '[A-Z][A-Z][0-9][0-9]*' and length(payer_iban) between 15 and 34`)},
      ${check('bank_lines_payer_iban_hash_hex', isHex64('payer_iban_hash'))},
      ${check('bank_lines_payer_iban_hashed', 'payer_iban is null or payer_iban_hash is not null')},
      ${check('bank_lines_remittance_length', 'length(remittance) between 1 and 1000')},
      ${check('bank_lines_reference_kind_values', oneOf('reference_kind', REFERENCE_KINDS))},
      ${check('bank_lines_reference_value_length', 'length(reference_value) between 1 and 35')},
      ${check('bank_lines_reference_both', '(reference_kind is null) = (reference_value is null)')},
      ${check('bank_lines_status_values', oneOf('status', LINE_STATUSES))},
      ${check('bank_lines_transaction_reconciled', `transaction_id is null or status = 'reconciled'`)},
      ${check('bank_lines_reconciled_at_timestamp', isTimestamp('reconciled_at'))},
      ${check('bank_lines_created_at_timestamp', isTimestamp('created_at'))},
      constraint bank_lines_dedupe_unique unique (account_id, dedupe_key)
    ) strict`,
  );
  // One line per bank reference and account; a repeat within a file (flagged) and a batch's parts share theirs.
  await run(
    db,
    `create unique index bank_lines_bank_reference on bank_lines (account_id, bank_reference)
      where bank_reference is not null and in_file_duplicate = 0 and batch_line_id is null`,
  );
  // The account's list, newest first, and its balance before a date (only lines that are not details count).
  await run(db, `create index bank_lines_account_booked on bank_lines (account_id, booked_on, id)`);
  await run(db, `create index bank_lines_account_status on bank_lines (account_id, status, booked_on, id)`);
  await run(db, `create index bank_lines_import on bank_lines (import_id)`);
  await run(db, `create index bank_lines_batch on bank_lines (batch_line_id) where batch_line_id is not null`);
  await run(db, `create index bank_lines_transaction on bank_lines (transaction_id) where transaction_id is not null`);
  await run(
    db,
    `create index bank_lines_payer_iban_hash on bank_lines (payer_iban_hash) where payer_iban_hash is not null`,
  );
  await run(db, `create index bank_lines_reconciled_by on bank_lines (reconciled_by_member_id)`);
  for (const event of ['insert', 'update of currency, account_id']) {
    await run(
      db,
      `create trigger bank_lines_currency_of_account_${event === 'insert' ? 'insert' : 'update'}
        before ${event} on bank_lines
        when new.currency is not (select currency from accounts where id = new.account_id)
        begin select raise(abort, 'LEDGER_CURRENCY_MISMATCH'); end`,
    );
  }
  // A transaction deleted (in the open period) sends its bank line back to be reconciled again, with the details
  // of a total it explained and the total a detail of it completed.
  const reopen = `status = 'open', transaction_id = null, reconciled_at = null, reconciled_by_member_id = null`;
  await run(
    db,
    `create trigger bank_lines_reopen_on_transaction_delete before delete on transactions
      begin
        update bank_lines set ${reopen}
          where status = 'reconciled' and transaction_id is null
            and id in (select batch_line_id from bank_lines where transaction_id = old.id);
        update bank_lines set ${reopen}
          where status = 'reconciled' and transaction_id is null
            and batch_line_id in (select id from bank_lines where transaction_id = old.id);
        update bank_lines set ${reopen} where transaction_id = old.id;
      end`,
  );
  // An account with bank lines keeps its currency, as one with entries does (migration 016's trigger, widened).
  await run(db, `drop trigger accounts_currency_kept`);
  await run(
    db,
    `create trigger accounts_currency_kept before update of currency on accounts
      when new.currency is not old.currency and (
        exists (select 1 from transactions where account_id = new.id)
        or exists (select 1 from standing_orders where account_id = new.id)
        or exists (select 1 from bank_lines where account_id = new.id))
      begin select raise(abort, 'LEDGER_CURRENCY_MISMATCH'); end`,
  );
}

async function createRules(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `create table bank_rules (
      id integer primary key,
      counterparty text not null,
      counterparty_folded text not null,
      category_id integer not null references categories (id) on delete restrict,
      fund_id integer not null references funds (id) on delete restrict,
      account_id integer references accounts (id) on delete restrict,
      created_at text not null,
      created_by_member_id integer references members (id) on delete restrict,
      ${check('bank_rules_counterparty_length', 'length(counterparty) between 1 and 200')},
      ${check('bank_rules_counterparty_folded_length', 'length(counterparty_folded) between 1 and 200')},
      ${check('bank_rules_created_at_timestamp', isTimestamp('created_at'))}
    ) strict`,
  );
  await run(db, `create index bank_rules_category on bank_rules (category_id)`);
  await run(db, `create index bank_rules_fund on bank_rules (fund_id)`);
  await run(db, `create index bank_rules_account on bank_rules (account_id)`);
  await run(db, `create index bank_rules_created_by on bank_rules (created_by_member_id)`);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createImports(db);
  await createLines(db);
  await createRules(db);
}
