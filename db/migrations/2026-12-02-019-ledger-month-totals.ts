import { sql, type Kysely } from 'kysely';

/*
 * Each account's money per fund and month, kept by triggers, so a balance at a date reads a few thousand
 * narrow rows and one partial month of splits instead of every split since the books began: every fund's balance on
 * 100,000 ledger rows took 222 ms cold by summing the splits, a few ms from these rows.
 *
 * - not per category: that made ten times the rows (30,000 on the large fixture) and the balances summed them for
 *   30-70 ms; a report by category reads one period's transactions instead;
 * - month is 'YYYY-MM' of the transaction's booked_on; currency is the account's (held equal by migration 016);
 * - splits counts the rows summed, and a row whose count falls to 0 is removed.
 *
 * The view `ledger_month_totals_recomputed` is the one definition: the backfill copies it, and a test compares the
 * table with it after every call of the contract fuzzing.
 *
 * The triggers move deltas. A transaction deleted subtracts its splits before it goes (BEFORE DELETE); the cascade
 * then deletes the splits after their transaction, so their own trigger finds no transaction and subtracts nothing a
 * second time. A split deleted alone finds its transaction and subtracts itself.
 */
async function run(db: Kysely<unknown>, statement: string): Promise<void> {
  await sql.raw(statement).execute(db);
}

const KEY = 'account_id, fund_id, month';
const ADD = `on conflict (${KEY}) do update
  set amount_minor = amount_minor + excluded.amount_minor, splits = splits + excluded.splits`;
const PRUNE = (account: string, month: string) =>
  `delete from ledger_month_totals where account_id = ${account} and month = ${month} and splits = 0;`;

// The splits of transaction `t` with its key, as a delta of sign `sign`.
const splitsOf = (t: string, sign: '' | '-') => `
  select ${t}.account_id, s.fund_id, substr(${t}.booked_on, 1, 7), ${t}.currency,
    ${sign}sum(s.amount_minor), ${sign}count(*)
  from splits s where s.transaction_id = ${t}.id
  group by s.fund_id`;

// No alias and no UPDATE ... FROM: SQLite parses a trigger again at every ALTER TABLE of the schema, and an aliased
// target table fails that parse ("no such column: m.amount_minor"), which would break every later table rebuild.
const SUBTRACT_TRANSACTION = (t: string) => {
  const mine = `from splits s where s.transaction_id = ${t}.id and s.fund_id = ledger_month_totals.fund_id`;
  return `
  update ledger_month_totals
  set amount_minor = amount_minor - (select sum(s.amount_minor) ${mine}), splits = splits - (select count(*) ${mine})
  where account_id = ${t}.account_id and month = substr(${t}.booked_on, 1, 7)
    and fund_id in (select s.fund_id from splits s where s.transaction_id = ${t}.id);
  ${PRUNE(`${t}.account_id`, `substr(${t}.booked_on, 1, 7)`)}`;
};

const ADD_SPLIT = (s: string) => `
  insert into ledger_month_totals (${KEY}, currency, amount_minor, splits)
    select t.account_id, ${s}.fund_id, substr(t.booked_on, 1, 7), t.currency, ${s}.amount_minor, 1
    from transactions t where t.id = ${s}.transaction_id
  ${ADD};`;

const SUBTRACT_SPLIT = (s: string) => `
  update ledger_month_totals set amount_minor = amount_minor - ${s}.amount_minor, splits = splits - 1
  where (${KEY}) = (select t.account_id, ${s}.fund_id, substr(t.booked_on, 1, 7)
                    from transactions t where t.id = ${s}.transaction_id);
  delete from ledger_month_totals where splits = 0 and (${KEY}) =
    (select t.account_id, ${s}.fund_id, substr(t.booked_on, 1, 7) from transactions t where t.id = ${s}.transaction_id);`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await run(
    db,
    `create table ledger_month_totals (
      account_id integer not null,
      fund_id integer not null,
      month text not null,
      currency text not null,
      amount_minor integer not null,
      splits integer not null,
      constraint ledger_month_totals_month_format check (month glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
      constraint ledger_month_totals_amount_minor_integer check (typeof(amount_minor) = 'integer'),
      constraint ledger_month_totals_splits_positive check (splits >= 0),
      primary key (${KEY})
    ) without rowid, strict`,
  );
  await run(
    db,
    `create view ledger_month_totals_recomputed as
      select t.account_id, s.fund_id, substr(t.booked_on, 1, 7) as month, t.currency,
        sum(s.amount_minor) as amount_minor, count(*) as splits
      from splits s join transactions t on t.id = s.transaction_id
      group by t.account_id, s.fund_id, substr(t.booked_on, 1, 7)`,
  );
  await run(db, `insert into ledger_month_totals select * from ledger_month_totals_recomputed where true`);

  await run(db, `create trigger splits_totals_insert after insert on splits begin ${ADD_SPLIT('new')} end`);
  await run(
    db,
    `create trigger splits_totals_update after update of transaction_id, fund_id, amount_minor on splits
      begin ${SUBTRACT_SPLIT('old')} ${ADD_SPLIT('new')} end`,
  );
  // Deleted with its transaction (the cascade), the transaction is gone and subtracted already: nothing matches.
  await run(db, `create trigger splits_totals_delete after delete on splits begin ${SUBTRACT_SPLIT('old')} end`);
  await run(
    db,
    `create trigger transactions_totals_delete before delete on transactions begin ${SUBTRACT_TRANSACTION('old')} end`,
  );
  await run(
    db,
    `create trigger transactions_totals_update after update of account_id, booked_on, currency on transactions
      when new.account_id is not old.account_id or substr(new.booked_on, 1, 7) is not substr(old.booked_on, 1, 7)
        or new.currency is not old.currency
      begin
        ${SUBTRACT_TRANSACTION('old')}
        insert into ledger_month_totals (${KEY}, currency, amount_minor, splits) ${splitsOf('new', '')} ${ADD};
      end`,
  );
}
