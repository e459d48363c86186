import { sql, type Kysely } from 'kysely';

/*
 * The money ledger: accounts, funds, categories, donors, standing orders, transactions and their splits, and the lock
 * date. The vault's schema conventions hold (STRICT, named CHECKs, real dates and timestamps). The lists below are
 * copies FROZEN on the day this migration shipped, from shared/money/money-values.ts.
 *
 * Amounts are integer minor units (`typeof = 'integer'`, bounded by 10^12), each beside its currency; a transaction's
 * currency is a copy of its account's, held equal by triggers, so a sum by currency never needs the account. Ledger
 * rows are never cascade-deleted by what they point at (every such key is `on delete restrict`); splits go with their
 * transaction. Balances are sums, never stored.
 *
 * The lock date lives in `ledger_lock` (one row), not in `settings`: the triggers need a typed date column, and moving
 * it back is allowed only explicitly, by an update that gives a `reopen_reason` (kept with who and when). The triggers
 * raise messages ('LEDGER_LOCKED', 'LEDGER_CURRENCY_MISMATCH', ...) that the handlers translate.
 *
 * That splits sum to their transaction cannot be a CHECK and SQLite has no deferred triggers: the query layer
 * (db/money/ledger-balance.queries.ts) checks every transaction it wrote before its transaction commits.
 */
const ACCOUNT_KINDS = ['bank', 'postal', 'cash', 'online', 'other'];
const IMPORT_NAME_CHOICES = ['keep', 'initial', 'hash'];
const FUND_KINDS = ['general', 'restricted'];
const CATEGORY_DIRECTIONS = ['income', 'expense'];
const INCOME_CATEGORIES = ['donation', 'membership_fee', 'benefit_event', 'sale_of_material', 'grant', 'other_income'];
const EXPENSE_CATEGORIES = [
  'payment_to_prisoner',
  'postage',
  'parcel_contents',
  'printing',
  'legal',
  'travel',
  'bank_fees',
  'other_expense',
];
const RHYTHMS = ['monthly', 'quarterly', 'yearly'];
const PAYMENT_STATUSES = ['ordered', 'confirmed'];
const MAX_AMOUNT = 1_000_000_000_000;

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const oneOf = (column: string, values: readonly string[]) => `${column} in (${values.map(literal).join(', ')})`;
const isDate = (column: string) => `date(${column}) is ${column}`;
const isTimestamp = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column}) is ${column}`;
const isFlag = (column: string) => `${column} in (0, 1)`;
const currency = (column: string) => `${column} glob '[A-Z][A-Z][A-Z]'`;
const amount = (column: string) =>
  `typeof(${column}) = 'integer' and ${column} between -${MAX_AMOUNT} and ${MAX_AMOUNT}`;
const check = (name: string, condition: string) => `constraint ${name} check (${condition})`;

async function run(db: Kysely<unknown>, statement: string): Promise<void> {
  await sql.raw(statement).execute(db);
}

// The date on or before which nothing changes; null when no period is closed, and a comparison with null is not true.
const LOCKED_THROUGH = `(select locked_through from ledger_lock where id = 1)`;
const lockGuard = (trigger: string, event: string, table: string, dated: string) =>
  `create trigger ${trigger} before ${event} on ${table} when ${dated}
    begin select raise(abort, 'LEDGER_LOCKED'); end`;

async function createLock(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `create table ledger_lock (
      id integer primary key,
      locked_through text,
      reopen_reason text,
      changed_at text,
      changed_by_member_id integer references members (id) on delete restrict,
      ${check('ledger_lock_id_single', 'id = 1')},
      ${check('ledger_lock_locked_through_date', isDate('locked_through'))},
      ${check('ledger_lock_changed_at_timestamp', isTimestamp('changed_at'))}
    ) strict`,
  );
  await run(db, `insert into ledger_lock (id) values (1)`);
  await run(
    db,
    `create trigger ledger_lock_backwards before update of locked_through on ledger_lock
      when coalesce(new.locked_through, '') < coalesce(old.locked_through, '') and new.reopen_reason is null
      begin select raise(abort, 'LEDGER_LOCK_BACKWARDS'); end`,
  );
  await run(
    db,
    `create trigger ledger_lock_kept before delete on ledger_lock
      begin select raise(abort, 'LEDGER_LOCK_BACKWARDS'); end`,
  );
}

async function createAccountsAndFunds(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `create table accounts (
      id integer primary key,
      kind text not null,
      name text not null,
      currency text not null,
      iban text,
      bic text,
      opening_minor integer not null default 0,
      opening_on text not null,
      import_names text not null default 'keep',
      archived integer not null default 0,
      created_at text not null,
      updated_at text not null,
      ${check('accounts_kind_values', oneOf('kind', ACCOUNT_KINDS))},
      ${check('accounts_name_length', 'length(name) between 1 and 100')},
      ${check('accounts_currency_code', currency('currency'))},
      ${check('accounts_iban_format', `iban glob '[A-Z][A-Z][0-9][0-9]*' and length(iban) between 15 and 34`)},
      ${check('accounts_bic_format', 'length(bic) in (8, 11)')},
      ${check('accounts_iban_bank_only', `kind = 'bank' or (iban is null and bic is null)`)},
      ${check('accounts_opening_minor_integer', amount('opening_minor'))},
      ${check('accounts_opening_on_date', isDate('opening_on'))},
      ${check('accounts_import_names_values', oneOf('import_names', IMPORT_NAME_CHOICES))},
      ${check('accounts_archived_flag', isFlag('archived'))},
      ${check('accounts_created_at_timestamp', isTimestamp('created_at'))},
      ${check('accounts_updated_at_timestamp', isTimestamp('updated_at'))},
      constraint accounts_name_unique unique (name)
    ) strict`,
  );
  await run(
    db,
    `create table funds (
      id integer primary key,
      name text not null,
      kind text not null,
      prisoner_id integer references prisoners (id) on delete restrict,
      archived integer not null default 0,
      created_at text not null,
      updated_at text not null,
      ${check('funds_name_length', 'length(name) between 1 and 100')},
      ${check('funds_kind_values', oneOf('kind', FUND_KINDS))},
      ${check('funds_archived_flag', isFlag('archived'))},
      ${check('funds_created_at_timestamp', isTimestamp('created_at'))},
      ${check('funds_updated_at_timestamp', isTimestamp('updated_at'))},
      constraint funds_name_unique unique (name)
    ) strict`,
  );
  await run(db, `create index funds_prisoner on funds (prisoner_id)`);
}

async function createCategoriesDonorsOrders(db: Kysely<unknown>): Promise<void> {
  // A built-in category's name is its key in shared/money/money-values.ts (the UI translates it); the group's own
  // are named by the group.
  await run(
    db,
    `create table categories (
      id integer primary key,
      name text not null,
      direction text not null,
      builtin integer not null default 0,
      archived integer not null default 0,
      ${check('categories_name_length', 'length(name) between 1 and 100')},
      ${check('categories_direction_values', oneOf('direction', CATEGORY_DIRECTIONS))},
      ${check('categories_builtin_flag', isFlag('builtin'))},
      ${check('categories_archived_flag', isFlag('archived'))},
      constraint categories_name_unique unique (name)
    ) strict`,
  );
  const seeded = [
    ...INCOME_CATEGORIES.map((name) => `(${literal(name)}, 'income', 1)`),
    ...EXPENSE_CATEGORIES.map((name) => `(${literal(name)}, 'expense', 1)`),
  ];
  await run(db, `insert into categories (name, direction, builtin) values ${seeded.join(', ')}`);
  await run(
    db,
    `create trigger categories_builtin_kept before update of name, direction, builtin on categories
      when old.builtin = 1 begin select raise(abort, 'LEDGER_BUILTIN_CATEGORY'); end`,
  );

  // Minimal on purpose: what the group calls the donor and how to thank them; the IBAN only as a keyed hash.
  await run(
    db,
    `create table donors (
      id integer primary key,
      pseudonym_or_name text not null,
      thanks text,
      no_thanks integer not null default 0,
      iban_hash text,
      created_at text not null,
      updated_at text not null,
      ${check('donors_pseudonym_or_name_length', 'length(pseudonym_or_name) between 1 and 200')},
      ${check('donors_no_thanks_flag', isFlag('no_thanks'))},
      ${check('donors_thanks_or_not', 'not (no_thanks = 1 and thanks is not null)')},
      ${check('donors_iban_hash_hex', `length(iban_hash) = 64 and iban_hash not glob '*[^0-9a-f]*'`)},
      ${check('donors_created_at_timestamp', isTimestamp('created_at'))},
      ${check('donors_updated_at_timestamp', isTimestamp('updated_at'))}
    ) strict`,
  );
  await run(db, `create index donors_iban_hash on donors (iban_hash) where iban_hash is not null`);

  // A donor erased (data minimisation) leaves the order anonymous; an account or fund with orders cannot go.
  await run(
    db,
    `create table standing_orders (
      id integer primary key,
      donor_id integer references donors (id) on delete set null,
      account_id integer not null references accounts (id) on delete restrict,
      fund_id integer not null references funds (id) on delete restrict,
      amount_minor integer not null,
      currency text not null,
      rhythm text not null,
      from_on text not null,
      until_on text,
      reference text,
      created_at text not null,
      updated_at text not null,
      ${check('standing_orders_amount_minor_positive', `${amount('amount_minor')} and amount_minor > 0`)},
      ${check('standing_orders_currency_code', currency('currency'))},
      ${check('standing_orders_rhythm_values', oneOf('rhythm', RHYTHMS))},
      ${check('standing_orders_from_on_date', isDate('from_on'))},
      ${check('standing_orders_until_on_date', isDate('until_on'))},
      ${check('standing_orders_until_after_from', 'until_on is null or until_on >= from_on')},
      ${check('standing_orders_created_at_timestamp', isTimestamp('created_at'))},
      ${check('standing_orders_updated_at_timestamp', isTimestamp('updated_at'))}
    ) strict`,
  );
  await run(db, `create index standing_orders_account on standing_orders (account_id)`);
  await run(db, `create index standing_orders_fund on standing_orders (fund_id)`);
  await run(db, `create index standing_orders_donor on standing_orders (donor_id)`);
  await currencyOfAccount(db, 'standing_orders');
}

// A row's currency is a copy of its account's: written equal, and an account with rows never changes currency.
async function currencyOfAccount(db: Kysely<unknown>, table: string): Promise<void> {
  const differs = `new.currency is not (select currency from accounts where id = new.account_id)`;
  for (const event of ['insert', 'update of currency, account_id']) {
    const name = `${table}_currency_of_account_${event === 'insert' ? 'insert' : 'update'}`;
    await run(
      db,
      `create trigger ${name} before ${event} on ${table} when ${differs}
        begin select raise(abort, 'LEDGER_CURRENCY_MISMATCH'); end`,
    );
  }
}

async function createTransactions(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `create table transactions (
      id integer primary key,
      account_id integer not null references accounts (id) on delete restrict,
      booked_on text not null,
      amount_minor integer not null,
      currency text not null,
      counterparty text,
      text text not null default '',
      status text not null default 'confirmed',
      prisoner_id integer references prisoners (id) on delete restrict,
      parcel_id integer references parcels (id) on delete restrict,
      evening_id integer references writing_evenings (id) on delete restrict,
      transfer_group text,
      standing_order_id integer references standing_orders (id) on delete restrict,
      created_at text not null,
      created_by_member_id integer references members (id) on delete restrict,
      updated_at text not null,
      updated_by_member_id integer references members (id) on delete restrict,
      ${check('transactions_booked_on_date', isDate('booked_on'))},
      ${check('transactions_amount_minor_integer', amount('amount_minor'))},
      ${check('transactions_currency_code', currency('currency'))},
      ${check('transactions_counterparty_length', 'length(counterparty) between 1 and 200')},
      ${check('transactions_text_length', 'length(text) <= 500')},
      ${check('transactions_status_values', oneOf('status', PAYMENT_STATUSES))},
      ${check('transactions_transfer_group_uuid', `length(transfer_group) = 36 and transfer_group not glob '*[^0-9a-f-]*'`)},
      ${check('transactions_created_at_timestamp', isTimestamp('created_at'))},
      ${check('transactions_updated_at_timestamp', isTimestamp('updated_at'))}
    ) strict`,
  );
  // The account's list, newest first (db/money/transaction-list.queries.ts, chosen from its query plan).
  await run(db, `create index transactions_account_booked on transactions (account_id, booked_on, id)`);
  await run(db, `create index transactions_booked on transactions (booked_on)`);
  await run(db, `create index transactions_prisoner on transactions (prisoner_id, booked_on)`);
  await run(db, `create index transactions_parcel on transactions (parcel_id)`);
  await run(db, `create index transactions_evening on transactions (evening_id)`);
  await run(db, `create index transactions_transfer on transactions (transfer_group) where transfer_group is not null`);
  await run(db, `create index transactions_standing_order on transactions (standing_order_id, booked_on)`);
  await run(db, `create index transactions_created_by on transactions (created_by_member_id)`);
  await run(db, `create index transactions_updated_by on transactions (updated_by_member_id)`);
  await currencyOfAccount(db, 'transactions');
  await run(
    db,
    `create trigger accounts_currency_kept before update of currency on accounts
      when new.currency is not old.currency and (
        exists (select 1 from transactions where account_id = new.id)
        or exists (select 1 from standing_orders where account_id = new.id))
      begin select raise(abort, 'LEDGER_CURRENCY_MISMATCH'); end`,
  );

  await run(
    db,
    `create table splits (
      id integer primary key,
      transaction_id integer not null references transactions (id) on delete cascade,
      position integer not null,
      category_id integer references categories (id) on delete restrict,
      fund_id integer not null references funds (id) on delete restrict,
      amount_minor integer not null,
      ${check('splits_position_range', 'position between 0 and 49')},
      ${check('splits_amount_minor_integer', amount('amount_minor'))},
      constraint splits_transaction_position unique (transaction_id, position)
    ) strict`,
  );
  await run(db, `create index splits_fund on splits (fund_id, transaction_id)`);
  await run(db, `create index splits_category on splits (category_id)`);
  // Only the halves of a transfer move money without earning or spending it.
  await run(
    db,
    `create trigger splits_category_required before insert on splits
      when new.category_id is null
        and (select transfer_group from transactions where id = new.transaction_id) is null
      begin select raise(abort, 'LEDGER_CATEGORY_REQUIRED'); end`,
  );
  await run(
    db,
    `create trigger splits_category_required_update before update of category_id on splits
      when new.category_id is null
        and (select transfer_group from transactions where id = new.transaction_id) is null
      begin select raise(abort, 'LEDGER_CATEGORY_REQUIRED'); end`,
  );
}

async function createLockGuards(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    lockGuard('transactions_locked_insert', 'insert', 'transactions', `new.booked_on <= ${LOCKED_THROUGH}`),
  );
  await run(
    db,
    lockGuard(
      'transactions_locked_update',
      'update',
      'transactions',
      `old.booked_on <= ${LOCKED_THROUGH} or new.booked_on <= ${LOCKED_THROUGH}`,
    ),
  );
  await run(
    db,
    lockGuard('transactions_locked_delete', 'delete', 'transactions', `old.booked_on <= ${LOCKED_THROUGH}`),
  );
  const bookedOf = (row: string) => `(select booked_on from transactions where id = ${row}.transaction_id)`;
  await run(db, lockGuard('splits_locked_insert', 'insert', 'splits', `${bookedOf('new')} <= ${LOCKED_THROUGH}`));
  await run(
    db,
    lockGuard(
      'splits_locked_update',
      'update',
      'splits',
      `${bookedOf('old')} <= ${LOCKED_THROUGH} or ${bookedOf('new')} <= ${LOCKED_THROUGH}`,
    ),
  );
  await run(db, lockGuard('splits_locked_delete', 'delete', 'splits', `${bookedOf('old')} <= ${LOCKED_THROUGH}`));
  // An account's opening balance is part of every closed period after it.
  await run(
    db,
    lockGuard(
      'accounts_locked_opening',
      'update of opening_minor, opening_on',
      'accounts',
      `(old.opening_on <= ${LOCKED_THROUGH} or new.opening_on <= ${LOCKED_THROUGH})
        and (new.opening_minor is not old.opening_minor or new.opening_on is not old.opening_on)`,
    ),
  );
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createLock(db);
  await createAccountsAndFunds(db);
  await createCategoriesDonorsOrders(db);
  await createTransactions(db);
  await createLockGuards(db);
}
