import { describe, expect, it } from 'vitest';
import type { SqliteDatabase } from '../../../db/vault/sqlite';
import {
  accountKinds,
  builtinCategories,
  categoryDirections,
  fundKinds,
  importNameChoices,
  paymentStatuses,
  standingOrderRhythms,
} from '../../../shared/money/money-values';
import {
  BAD_DATES,
  BAD_TIMESTAMPS,
  GOOD_DATES,
  GOOD_TIMESTAMPS,
  NOT_FLAGS,
  NOW,
  allowedBy,
  expectChecked,
  onCheckedVault,
  tryInsert,
  values,
  type Row,
} from '../../support/check-constraints';

/** A valid row of each table; account 1 (EUR), fund 1 and transaction 1 exist in the vault under test. */
const VALID: Record<string, Row> = {
  accounts: {
    kind: 'cash',
    name: 'Caisse',
    currency: 'EUR',
    opening_on: '2025-01-01',
    created_at: NOW,
    updated_at: NOW,
  },
  funds: { name: 'Général', kind: 'general', created_at: NOW, updated_at: NOW },
  transactions: {
    account_id: 1,
    booked_on: '2026-03-01',
    amount_minor: 1250,
    currency: 'EUR',
    created_at: NOW,
    updated_at: NOW,
  },
  splits: { transaction_id: 1, position: 0, category_id: 1, fund_id: 1, amount_minor: 1250 },
  donors: { pseudonym_or_name: 'Louise', created_at: NOW, updated_at: NOW },
  standing_orders: {
    account_id: 1,
    fund_id: 1,
    amount_minor: 2500,
    currency: 'EUR',
    rhythm: 'monthly',
    from_on: '2026-01-05',
    created_at: NOW,
    updated_at: NOW,
  },
};

// A unique name per good row, so that a written row does not collide with the next.
const named = (rows: Row[], column: string) => rows.map((row, n) => ({ ...row, [column]: `Nom ${n}` }));

const cases: { name: string; table: string; good: Row[]; bad: Row[] }[] = [
  {
    name: 'accounts.kind',
    table: 'accounts',
    good: named(values('kind', accountKinds), 'name'),
    bad: values('kind', ['Bank', 'card', '']),
  },
  {
    name: 'accounts.currency',
    table: 'accounts',
    good: named(values('currency', ['CHF', 'TRY']), 'name'),
    bad: values('currency', ['eur', 'EURO', 'E1R', '']),
  },
  {
    name: 'accounts.iban only on a bank account',
    table: 'accounts',
    good: named([{ kind: 'bank', iban: 'BE68539007547034', bic: 'GEBABEBB' }], 'name'),
    bad: [
      { kind: 'cash', iban: 'BE68539007547034' },
      { kind: 'bank', iban: 'be68' },
      { kind: 'bank', bic: 'GEB' },
    ],
  },
  {
    name: 'accounts.opening_minor',
    table: 'accounts',
    good: named(values('opening_minor', [0, -5, 10 ** 12]), 'name'),
    bad: values('opening_minor', [10 ** 12 + 1]),
  },
  {
    name: 'accounts.opening_on',
    table: 'accounts',
    good: named(values('opening_on', GOOD_DATES), 'name'),
    bad: values('opening_on', BAD_DATES),
  },
  {
    name: 'accounts.import_names',
    table: 'accounts',
    good: named(values('import_names', importNameChoices), 'name'),
    bad: values('import_names', ['none', '']),
  },
  {
    name: 'accounts.archived',
    table: 'accounts',
    good: named(values('archived', [0, 1]), 'name'),
    bad: values('archived', NOT_FLAGS),
  },
  {
    name: 'accounts.created_at',
    table: 'accounts',
    good: named(values('created_at', GOOD_TIMESTAMPS), 'name'),
    bad: values('created_at', BAD_TIMESTAMPS),
  },
  {
    name: 'funds.kind',
    table: 'funds',
    good: named(values('kind', fundKinds), 'name'),
    bad: values('kind', ['earmarked', '']),
  },
  {
    name: 'transactions.status',
    table: 'transactions',
    good: values('status', paymentStatuses),
    bad: values('status', ['paid', '']),
  },
  {
    name: 'transactions.booked_on',
    table: 'transactions',
    good: values('booked_on', GOOD_DATES),
    bad: values('booked_on', BAD_DATES),
  },
  {
    name: 'transactions.transfer_group',
    table: 'transactions',
    good: values('transfer_group', ['0f8fad5b-d9cb-469f-a165-70867728950e']),
    bad: values('transfer_group', [
      '1',
      '0F8FAD5B-D9CB-469F-A165-70867728950E',
      '0f8fad5b d9cb 469f a165 70867728950e',
    ]),
  },
  {
    name: 'splits.amount_minor',
    table: 'splits',
    good: values('amount_minor', [-1250, 0]).map((row, n) => ({ ...row, position: n + 1 })),
    bad: values('amount_minor', [-(10 ** 12) - 1]).map((row) => ({ ...row, position: 9 })),
  },
  {
    name: 'donors.no_thanks',
    table: 'donors',
    good: [{ no_thanks: 1 }, { thanks: 'Une carte en décembre' }, { iban_hash: 'a'.repeat(64) }],
    bad: [{ no_thanks: 1, thanks: 'Une carte' }, { iban_hash: 'A'.repeat(64) }, { iban_hash: 'abc' }],
  },
  {
    name: 'standing_orders.rhythm',
    table: 'standing_orders',
    good: values('rhythm', standingOrderRhythms),
    bad: [{ rhythm: 'weekly' }, { amount_minor: 0 }, { until_on: '2025-12-31' }],
  },
];

const ENUMS: [constraint: string, allowed: readonly string[]][] = [
  ['accounts_kind_values', accountKinds],
  ['accounts_import_names_values', importNameChoices],
  ['funds_kind_values', fundKinds],
  ['categories_direction_values', categoryDirections],
  ['transactions_status_values', paymentStatuses],
  ['standing_orders_rhythm_values', standingOrderRhythms],
];

describe('CHECK constraints of the money ledger', () => {
  let db: SqliteDatabase;
  onCheckedVault(VALID, ['accounts', 'funds', 'transactions'], (opened) => {
    db = opened;
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: good values are written, bad ones refused with SQLITE_CONSTRAINT_CHECK',
    (_name, { table, good, bad }) => {
      expectChecked(db, table, VALID[table] ?? {}, good, bad);
    },
  );

  it('refuses an amount that is not a whole number of minor units', () => {
    const rows: [string, Row][] = [
      ['transactions', { amount_minor: 12.5 }],
      ['splits', { position: 7, amount_minor: 12.5 }],
      ['accounts', { name: 'Autre', opening_minor: 12.5 }],
    ];
    for (const [table, change] of rows)
      expect(tryInsert(db, table, { ...VALID[table], ...change }), table).toMatch(/^SQLITE_CONSTRAINT/);
  });

  it.each(ENUMS)('%s allows exactly the values of shared/', (constraint, allowed) => {
    expect(allowedBy(db, constraint).sort()).toEqual([...allowed].sort());
  });

  it('seeds every built-in category, in its direction', () => {
    const rows = db.prepare('select name, direction from categories where builtin = 1').all() as {
      name: string;
      direction: string;
    }[];
    expect(rows.map((row) => row.name).sort()).toEqual([...builtinCategories].sort());
  });

  it('never cascades a ledger row from what it points at; splits go with their transaction', () => {
    const parents = (table: string) =>
      (db.pragma(`foreign_key_list(${table})`) as { table: string; on_delete: string }[])
        .map((fk) => `${fk.table} ${fk.on_delete}`)
        .sort();
    expect(parents('transactions')).toEqual([
      'accounts RESTRICT',
      'members RESTRICT',
      'members RESTRICT',
      'parcels RESTRICT',
      'prisoners RESTRICT',
      'standing_orders RESTRICT',
      'writing_evenings RESTRICT',
    ]);
    expect(parents('splits')).toEqual(['categories RESTRICT', 'funds RESTRICT', 'transactions CASCADE']);
    expect(parents('funds')).toEqual(['members RESTRICT', 'members RESTRICT', 'prisoners RESTRICT']);
  });
});
