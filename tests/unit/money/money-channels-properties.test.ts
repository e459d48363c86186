import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { VaultDb } from '../../../db/vault/vault-kysely';
import { moneyApp, type MoneyApp } from './channel-data';

// Any sequence of ledger calls through the channels, some refused by the lock date: account balances are the
// opening plus the accepted entries, fund balances the sum of their splits per currency, splits sum to their entry,
// a transfer's halves pair up (to zero in one currency), and no row on or before the lock date ever changes.

const OPENINGS = [120_000, 5_000, 30_000];
const day = fc.integer({ min: 0, max: 30 }).map((n) => `2026-01-${String(n + 1).padStart(2, '0')}`);
const amount = fc.integer({ min: -500_000, max: 500_000 });
const lines = fc.array(fc.tuple(fc.nat(13), fc.nat(1), amount), { minLength: 1, maxLength: 3 });
const positive = fc.integer({ min: 1, max: 500_000 });

const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('create' as const), account: fc.nat(2), on: day, lines }) },
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
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteTransfer' as const), nth: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('lock' as const), on: fc.option(day, { freq: 5 }), reason: fc.boolean() }),
  },
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

interface Row {
  account: number;
  amount: number;
  splits: { fund: number; amount: number }[];
  group: string | null;
}

/** What the ledger should hold: the rows the channels accepted. */
type Model = Map<number, Row>;

const REFUSALS_OF_THE_LOCK = ['LEDGER_LOCKED', 'LEDGER_REOPEN_REASON'];

async function apply(m: MoneyApp, model: Model, s: Step): Promise<void> {
  const accounts = [m.accounts.bank, m.accounts.cash, m.accounts.swiss];
  const funds = [m.funds.general, m.funds.legal];
  const categories = Object.values(m.category).sort((a, b) => a - b);
  const input = (account: number, on: string, rows: [number, number, number][]) => ({
    accountId: accounts[account]!,
    bookedOn: on,
    amountMinor: rows.reduce((sum, [, , a]) => sum + a, 0),
    splits: rows.map(([c, f, a]) => ({
      categoryId: categories[c % categories.length]!,
      fundId: funds[f]!,
      amountMinor: a,
    })),
  });
  const rowOf = (account: number, rows: [number, number, number][]): Row => ({
    account: accounts[account]!,
    amount: rows.reduce((sum, [, , a]) => sum + a, 0),
    splits: rows.map(([, f, a]) => ({ fund: funds[f]!, amount: a })),
    group: null,
  });
  const plain = [...model.entries()].filter(([, row]) => row.group === null).map(([id]) => id);
  const all = [...model.keys()];
  const groups = [...new Set([...model.values()].map((row) => row.group).filter((g) => g !== null))];
  const expectRefusal = async (envelope: Promise<{ ok: boolean; error?: { code: string } }>) => {
    const result = await envelope;
    if (!result.ok) expect(REFUSALS_OF_THE_LOCK).toContain(result.error?.code);
    return result.ok;
  };
  if (s.op === 'create') {
    const result = await m.r.result('transactions:create', input(s.account, s.on, s.lines));
    if ((await expectRefusal(Promise.resolve(result))) && result.ok)
      model.set(result.value.id, rowOf(s.account, s.lines));
  } else if (s.op === 'update' && plain.length > 0) {
    const id = plain[s.nth % plain.length]!;
    if (await expectRefusal(m.r.result('transactions:update', { id, ...input(s.account, s.on, s.lines) })))
      model.set(id, rowOf(s.account, s.lines));
  } else if (s.op === 'delete' && all.length > 0) {
    const id = all[s.nth % all.length]!;
    const group = model.get(id)?.group ?? null;
    if (await expectRefusal(m.r.result('transactions:delete', { id })))
      for (const [other, row] of [...model])
        if (other === id || (group !== null && row.group === group)) model.delete(other);
  } else if (s.op === 'transfer' || s.op === 'exchange') {
    const [to, outMinor, inMinor] = s.op === 'transfer' ? [1, s.amount, s.amount] : [2, s.out, s.in];
    const result = await m.r.result('transfers:create', {
      fromAccountId: accounts[0]!,
      toAccountId: accounts[to]!,
      bookedOn: s.on,
      outMinor,
      inMinor,
      fundId: funds[s.fund]!,
    });
    if (!result.ok) expect(REFUSALS_OF_THE_LOCK).toContain(result.error.code);
    else {
      const half = (account: number, value: number): Row => ({
        account,
        amount: value,
        splits: [{ fund: funds[s.fund]!, amount: value }],
        group: result.value.transferGroup,
      });
      model.set(result.value.outId, half(accounts[0]!, -outMinor));
      model.set(result.value.inId, half(accounts[to]!, inMinor));
    }
  } else if (s.op === 'deleteTransfer' && groups.length > 0) {
    const group = groups[s.nth % groups.length]!;
    if (await expectRefusal(m.r.result('transfers:delete', { transferGroup: group })))
      for (const [id, row] of [...model]) if (row.group === group) model.delete(id);
  } else if (s.op === 'lock') {
    await expectRefusal(
      m.r.result('ledgerLock:set', { lockedThrough: s.on, reopenReason: s.reason ? 'Correction' : null, ...m.by }),
    );
  }
}

/** Every transaction and split dated on or before `through`, as text: what must never change while it is locked. */
async function lockedRows(db: VaultDb, through: string | null): Promise<string[]> {
  if (through === null) return [];
  const rows = await sql<{ row: string }>`
    select json_array(t.id, t.account_id, t.booked_on, t.amount_minor, t.updated_at,
      (select json_group_array(json_array(s.position, s.category_id, s.fund_id, s.amount_minor))
        from splits s where s.transaction_id = t.id)) as row
    from transactions t where t.booked_on <= ${through} order by t.id`.execute(db);
  return rows.rows.map((r) => r.row);
}

async function checkLedger(m: MoneyApp, model: Model): Promise<void> {
  const db = m.r.app.context.vault.db;
  const accounts = [m.accounts.bank, m.accounts.cash, m.accounts.swiss];
  const { accounts: listed } = await m.r.call('accounts:list', {});
  for (const [n, id] of accounts.entries()) {
    const expected =
      OPENINGS[n]! + [...model.values()].filter((row) => row.account === id).reduce((s, r) => s + r.amount, 0);
    expect(listed.find((a) => a.id === id)?.balanceMinor).toBe(expected);
  }
  const currencyOf = new Map(listed.map((a) => [a.id, a.currency]));
  const expectedFunds = new Map<string, number>();
  for (const row of model.values())
    for (const split of row.splits) {
      const key = `${split.fund} ${currencyOf.get(row.account)}`;
      expectedFunds.set(key, (expectedFunds.get(key) ?? 0) + split.amount);
    }
  const { funds } = await m.r.call('funds:list', {});
  const listedFunds = new Map(funds.flatMap((f) => f.balances.map((b) => [`${f.id} ${b.currency}`, b.balanceMinor])));
  expect(listedFunds).toEqual(expectedFunds);
  const unbalanced = await sql<{ id: number }>`select t.id from transactions t
    where t.amount_minor != coalesce((select sum(s.amount_minor) from splits s where s.transaction_id = t.id), 0)`.execute(
    db,
  );
  expect(unbalanced.rows).toEqual([]);
  const pairs = await sql<{ n: number; currencies: number; total: number }>`
    select count(*) as n, count(distinct currency) as currencies, sum(amount_minor) as total
    from transactions where transfer_group is not null group by transfer_group`.execute(db);
  for (const pair of pairs.rows) {
    expect(pair.n).toBe(2);
    if (pair.currencies === 1) expect(pair.total).toBe(0);
  }
  expect((await db.selectFrom('transactions').select('id').orderBy('id').execute()).map((r) => r.id)).toEqual(
    [...model.keys()].sort((a, b) => a - b),
  );
}

describe('the money channels, for any sequence of calls', () => {
  it('keep balances, splits, transfers and the closed period true', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const m = await moneyApp();
        const db = m.r.app.context.vault.db;
        const model: Model = new Map();
        for (const s of steps) {
          const before = (await m.r.call('ledgerLock:get', {})).lockedThrough;
          const frozen = await lockedRows(db, before);
          await apply(m, model, s);
          const after = (await m.r.call('ledgerLock:get', {})).lockedThrough;
          // What was closed stays as it was; only a lock moved back (with its reason) narrows what is closed.
          const still = after === null || (before !== null && after < before) ? after : before;
          const kept = await lockedRows(db, still);
          expect(kept).toEqual(frozen.filter((row) => (JSON.parse(row) as unknown[])[2]! <= (still ?? '')));
          await checkLedger(m, model);
        }
      }),
      { numRuns: 12 },
    );
  });
});
