import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { listAccounts } from '../../../db/money/accounts.queries';
import { fundBalances } from '../../../db/money/funds.queries';
import { unbalancedTransactions } from '../../../db/money/ledger-balance.queries';
import { getLedgerLock, setLedgerLock } from '../../../db/money/ledger-lock.queries';
import { deleteTransaction, insertTransaction, updateTransaction } from '../../../db/money/transactions.queries';
import { insertTransfer } from '../../../db/money/transfers.queries';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { AppError } from '../../../shared/errors';
import { ledgerTotalsProblems } from '../../support/ledger-totals-consistency';
import { NOW, entry, ledgerVault, type Ledger } from './ledger-data';

// For any sequence of ledger writes, some refused by the lock: the balances are what a model of the accepted writes
// gives, splits always sum to their transaction, transfers pair up, and no row on or before the lock date ever changes.

// Six weeks of dates across a month's end (balances read whole months and a part of one), so that the lock date often falls among the rows and the writes often reach closed ones.
const day = fc.integer({ min: 0, max: 45 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
const amount = fc.integer({ min: -500_000, max: 500_000 });
const split = fc.tuple(fc.nat(13), fc.nat(1), amount);
const lines = fc.array(split, { minLength: 1, maxLength: 4 });
const positive = fc.integer({ min: 1, max: 500_000 });

const operation = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('create' as const), account: fc.nat(2), on: day, lines }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('update' as const), nth: fc.nat(), account: fc.nat(2), on: day, lines }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), nth: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('transfer' as const), on: day, amount: positive, fund: fc.nat(1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('exchange' as const),
      on: day,
      out: positive,
      in: positive,
      fund: fc.nat(1),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('lock' as const), on: fc.option(day, { freq: 6 }), reason: fc.boolean() }),
  },
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

interface ModelRow {
  account: number;
  amount: number;
  splits: { fund: number; amount: number }[];
  group: string | null;
  on: string;
}

function context(l: Ledger) {
  const accounts = [l.accounts.bank, l.accounts.cash, l.accounts.swiss];
  const funds = [l.funds.general, l.funds.legal];
  const categories = Object.values(l.categories).sort((a, b) => a - b);
  return { accounts, funds, categories };
}

/** Applies one step; a refusal the lock explains is fine, any other failure fails the property. */
async function apply(l: Ledger, model: Map<number, ModelRow>, step: Operation): Promise<void> {
  const { accounts, funds, categories } = context(l);
  const input = (account: number, on: string, rows: [number, number, number][]) =>
    entry(
      accounts[account]!,
      on,
      rows.map(([c, f, a]) => [categories[c % categories.length]!, funds[f]!, a] as const),
    );
  const modelOf = (account: number, on: string, rows: [number, number, number][]): ModelRow => ({
    on,
    group: null,
    account: accounts[account]!,
    amount: rows.reduce((s, [, , a]) => s + a, 0),
    splits: rows.map(([, f, a]) => ({ fund: funds[f]!, amount: a })),
  });
  const ids = [...model.keys()].sort((a, b) => a - b);
  try {
    switch (step.op) {
      case 'create':
        model.set(
          await insertTransaction(l.db, input(step.account, step.on, step.lines), l.stamp),
          modelOf(step.account, step.on, step.lines),
        );
        return;
      case 'update': {
        const id = ids[step.nth % ids.length];
        if (id === undefined || model.get(id)?.group) return;
        await updateTransaction(l.db, id, input(step.account, step.on, step.lines), l.stamp);
        model.set(id, modelOf(step.account, step.on, step.lines));
        return;
      }
      case 'delete': {
        const id = ids[step.nth % ids.length];
        if (id === undefined) return;
        await deleteTransaction(l.db, id);
        const group = model.get(id)?.group;
        for (const [other, row] of model) if (other === id || (group && row.group === group)) model.delete(other);
        return;
      }
      case 'transfer':
      case 'exchange': {
        const [to, out, into] = step.op === 'transfer' ? [1, step.amount, step.amount] : [2, step.out, step.in];
        const fundId = funds[step.fund]!;
        const pair = await insertTransfer(
          l.db,
          {
            fromAccountId: accounts[0]!,
            toAccountId: accounts[to]!,
            bookedOn: step.on,
            outMinor: out,
            inMinor: into,
            fundId,
            text: '',
          },
          l.stamp,
        );
        model.set(pair.outId, {
          account: accounts[0]!,
          amount: -out,
          splits: [{ fund: fundId, amount: -out }],
          group: pair.group,
          on: step.on,
        });
        model.set(pair.inId, {
          account: accounts[to]!,
          amount: into,
          splits: [{ fund: fundId, amount: into }],
          group: pair.group,
          on: step.on,
        });
        return;
      }
      case 'lock':
        await setLedgerLock(
          l.db,
          { lockedThrough: step.on, reopenReason: step.reason ? 'Correction' : null },
          l.memberId,
          NOW,
        );
        return;
    }
  } catch (error) {
    if (error instanceof AppError && ['LEDGER_LOCKED', 'LEDGER_REOPEN_REASON'].includes(error.code)) return;
    throw error;
  }
}

/** Every transaction and split dated on or before `through`, as stored. */
async function closedRows(db: VaultDb, through: string | null) {
  if (through === null) return [];
  const transactions = await db
    .selectFrom('transactions')
    .selectAll()
    .where('booked_on', '<=', through)
    .orderBy('id')
    .execute();
  const splits = await db
    .selectFrom('splits')
    .selectAll()
    .where('transaction_id', 'in', [0, ...transactions.map((t) => t.id)])
    .orderBy('id')
    .execute();
  return [transactions, splits];
}

async function expectConsistent(l: Ledger, model: Map<number, ModelRow>): Promise<void> {
  const stored = await l.db.selectFrom('transactions').selectAll().execute();
  expect(stored.map((t) => t.id).sort((a, b) => a - b)).toEqual([...model.keys()].sort((a, b) => a - b));
  expect(
    await unbalancedTransactions(
      l.db,
      stored.map((t) => t.id),
    ),
  ).toEqual([]);

  // Now, and at dates inside and at the ends of the two months.
  for (const asOf of [undefined, '2026-01-15', '2026-01-31', '2026-02-01', '2026-02-10']) {
    const rows = [...model.values()].filter((row) => asOf === undefined || row.on <= asOf);
    const accounts = await listAccounts(l.db, asOf);
    for (const account of accounts) {
      const sum = rows.filter((row) => row.account === account.id).reduce((s, row) => s + row.amount, 0);
      expect(account.balanceMinor, `${account.name} at ${asOf}`).toBe(account.openingMinor + sum);
    }
    const currencyOf = new Map(accounts.map((a) => [a.id, a.currency]));
    const expectedFunds = new Map<string, number>();
    for (const row of rows)
      for (const s of row.splits) {
        const key = `${s.fund} ${currencyOf.get(row.account)}`;
        expectedFunds.set(key, (expectedFunds.get(key) ?? 0) + s.amount);
      }
    const funds = new Map((await fundBalances(l.db, asOf)).map((f) => [`${f.fundId} ${f.currency}`, f.balanceMinor]));
    expect(funds, `funds at ${asOf}`).toEqual(expectedFunds);
  }
  // The per-month totals the balances read (migration 019) follow every write, lock refusals included.
  expect(await ledgerTotalsProblems(l.db)).toEqual([]);

  const groups = new Map<string, typeof stored>();
  for (const t of stored)
    if (t.transfer_group) groups.set(t.transfer_group, [...(groups.get(t.transfer_group) ?? []), t]);
  for (const halves of groups.values()) {
    expect(halves).toHaveLength(2);
    if (halves[0]!.currency === halves[1]!.currency) expect(halves[0]!.amount_minor + halves[1]!.amount_minor).toBe(0);
  }
}

describe('the ledger under any sequence of writes', () => {
  test('balances, splits, transfers and the closed period hold after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 10, maxLength: 30, size: 'max' }), async (steps) => {
        const l = await ledgerVault();
        const model = new Map<number, ModelRow>();
        for (const step of steps) {
          const lock = (await getLedgerLock(l.db)).lockedThrough;
          const before = await closedRows(l.db, lock);
          await apply(l, model, step);
          const reopened = step.op === 'lock' && (await getLedgerLock(l.db)).reopenReason !== null;
          if (!reopened) expect(await closedRows(l.db, lock)).toEqual(before);
        }
        await expectConsistent(l, model);
      }),
      { numRuns: 15, seed: 20261202 },
    );
  });
});
