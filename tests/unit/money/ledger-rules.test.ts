import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { listAccounts } from '../../../db/money/accounts.queries';
import { fundBalances } from '../../../db/money/funds.queries';
import { getLedgerLock, setLedgerLock } from '../../../db/money/ledger-lock.queries';
import { deleteTransaction, insertTransaction, updateTransaction } from '../../../db/money/transactions.queries';
import { insertTransfer } from '../../../db/money/transfers.queries';
import { AppError } from '../../../shared/errors';
import { accountInput, transactionInput, transferInput } from '../../../shared/money/ledger.schemas';
import { facility, muret, prisoner } from '../registry/registry-data';
import { NOW, entry, ledgerVault } from './ledger-data';

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return error instanceof AppError ? error.code : `raw: ${(error as Error).message}`;
  }
  throw new Error('succeeded where a refusal was expected');
}

describe('the ledger refuses what would make it wrong', () => {
  test('amounts are integer minor units: a float is refused by the schema and by the vault', async () => {
    const l = await ledgerVault();
    const input = { accountId: l.accounts.bank, bookedOn: '2026-03-01', amountMinor: 12.5, splits: [] };
    expect(transactionInput.safeParse(input).success).toBe(false);
    expect(transactionInput.safeParse({ ...input, amountMinor: 10 ** 13 }).success).toBe(false);
    const id = await insertTransaction(
      l.db,
      entry(l.accounts.bank, '2026-03-01', [[l.categories.donation!, l.funds.general, 1250]]),
      l.stamp,
    );
    await expect(sql`update transactions set amount_minor = 12.5 where id = ${id}`.execute(l.db)).rejects.toThrow();
    await expect(
      sql`update splits set amount_minor = '1250' || 'x' where transaction_id = ${id}`.execute(l.db),
    ).rejects.toThrow();
    expect(await l.db.selectFrom('transactions').select('amount_minor').executeTakeFirst()).toEqual({
      amount_minor: 1250,
    });
  });

  test('IBAN and BIC are checked, and kept in their electronic form', () => {
    const base = { kind: 'bank', name: 'Banque', currency: 'EUR', openingOn: '2025-01-01' };
    expect(accountInput.parse({ ...base, iban: 'be68 5390 0754 7034', bic: 'gebabebb' })).toMatchObject({
      iban: 'BE68539007547034',
      bic: 'GEBABEBB',
    });
    expect(accountInput.safeParse({ ...base, iban: 'BE68 5390 0754 7035' }).success).toBe(false);
    expect(accountInput.safeParse({ ...base, bic: 'GEBA' }).success).toBe(false);
    expect(accountInput.safeParse({ ...base, currency: 'eur' }).success).toBe(false);
  });

  test('splits that do not sum to the amount are refused and nothing is written', async () => {
    const l = await ledgerVault();
    const good = entry(l.accounts.bank, '2026-03-01', [[l.categories.donation!, l.funds.general, 5000]]);
    expect(transactionInput.safeParse({ ...good, amountMinor: 5001 }).success).toBe(false);
    expect(await codeOf(insertTransaction(l.db, { ...good, amountMinor: 5001 }, l.stamp))).toBe('LEDGER_UNBALANCED');
    expect(await l.db.selectFrom('transactions').selectAll().execute()).toEqual([]);
    const id = await insertTransaction(l.db, good, l.stamp);
    expect(await codeOf(updateTransaction(l.db, id, { ...good, amountMinor: 4000 }, l.stamp))).toBe(
      'LEDGER_UNBALANCED',
    );
    expect(await l.db.selectFrom('splits').select('amount_minor').execute()).toEqual([{ amount_minor: 5000 }]);
  });

  test("a transaction is always in its account's currency, and an account with entries keeps its currency", async () => {
    const l = await ledgerVault();
    const id = await insertTransaction(
      l.db,
      entry(l.accounts.bank, '2026-03-01', [[l.categories.donation!, l.funds.general, 700]]),
      l.stamp,
    );
    expect(await l.db.selectFrom('transactions').select('currency').executeTakeFirst()).toEqual({ currency: 'EUR' });
    await expect(sql`update transactions set currency = 'CHF' where id = ${id}`.execute(l.db)).rejects.toThrow(
      'LEDGER_CURRENCY_MISMATCH',
    );
    await expect(
      sql`update transactions set account_id = ${l.accounts.swiss} where id = ${id}`.execute(l.db),
    ).rejects.toThrow('LEDGER_CURRENCY_MISMATCH');
    await expect(sql`update accounts set currency = 'CHF' where id = ${l.accounts.bank}`.execute(l.db)).rejects.toThrow(
      'LEDGER_CURRENCY_MISMATCH',
    );
    await expect(
      sql`insert into transactions (account_id, booked_on, amount_minor, currency, created_at, updated_at)
        values (${l.accounts.swiss}, '2026-03-02', 100, 'EUR', ${NOW}, ${NOW})`.execute(l.db),
    ).rejects.toThrow('LEDGER_CURRENCY_MISMATCH');
  });

  test('a category is required except in the halves of a transfer', async () => {
    const l = await ledgerVault();
    const input = transactionInput.parse({
      accountId: l.accounts.bank,
      bookedOn: '2026-03-01',
      amountMinor: 100,
      splits: [{ categoryId: null, fundId: l.funds.general, amountMinor: 100 }],
    });
    expect(await codeOf(insertTransaction(l.db, input, l.stamp))).toBe('VALIDATION');
  });

  test('deleting a prisoner, a fund or an account that the ledger names is refused, never cascaded', async () => {
    const l = await ledgerVault();
    const someone = await prisoner(l.r, { familyName: 'Aubry' }, { facilityId: await facility(l.r, muret) });
    await insertTransaction(
      l.db,
      entry(l.accounts.bank, '2026-03-01', [[l.categories.payment_to_prisoner!, l.funds.legal, -4000]], {
        prisonerId: someone,
        status: 'ordered',
      }),
      l.stamp,
    );
    expect((await l.r.fail('prisoners:delete', { id: someone, confirmed: true })).code).toBe('LEDGER_IN_USE');
    expect(await l.db.selectFrom('prisoners').select('id').where('id', '=', someone).execute()).toHaveLength(1);
    await expect(l.db.deleteFrom('funds').where('id', '=', l.funds.legal).execute()).rejects.toThrow();
    await expect(l.db.deleteFrom('accounts').where('id', '=', l.accounts.bank).execute()).rejects.toThrow();
    await expect(l.db.deleteFrom('members').where('id', '=', l.memberId).execute()).rejects.toThrow();
    expect(await l.db.selectFrom('transactions').select('id').execute()).toHaveLength(1);
  });

  test('nothing on or before the lock date can be added, changed or deleted; moving it back needs a reason', async () => {
    const l = await ledgerVault();
    const line = (on: string) => entry(l.accounts.bank, on, [[l.categories.postage!, l.funds.general, -310]]);
    const closed = await insertTransaction(l.db, line('2025-12-31'), l.stamp);
    const open = await insertTransaction(l.db, line('2026-01-01'), l.stamp);
    await setLedgerLock(l.db, { lockedThrough: '2025-12-31', reopenReason: null }, l.memberId, NOW);
    expect(await getLedgerLock(l.db)).toMatchObject({ lockedThrough: '2025-12-31', changedByMemberId: l.memberId });

    expect(await codeOf(insertTransaction(l.db, line('2025-06-30'), l.stamp))).toBe('LEDGER_LOCKED');
    expect(await codeOf(updateTransaction(l.db, closed, line('2026-02-01'), l.stamp))).toBe('LEDGER_LOCKED');
    expect(await codeOf(updateTransaction(l.db, open, line('2025-12-31'), l.stamp))).toBe('LEDGER_LOCKED');
    expect(await codeOf(deleteTransaction(l.db, closed))).toBe('LEDGER_LOCKED');
    await expect(
      sql`update splits set fund_id = ${l.funds.legal} where transaction_id = ${closed}`.execute(l.db),
    ).rejects.toThrow('LEDGER_LOCKED');
    await expect(sql`delete from splits where transaction_id = ${closed}`.execute(l.db)).rejects.toThrow(
      'LEDGER_LOCKED',
    );
    await expect(
      sql`update accounts set opening_minor = 1 where id = ${l.accounts.bank}`.execute(l.db),
    ).rejects.toThrow('LEDGER_LOCKED');
    // The open period stays open.
    await updateTransaction(l.db, open, line('2026-01-02'), l.stamp);
    await deleteTransaction(l.db, open);

    expect(
      await codeOf(setLedgerLock(l.db, { lockedThrough: '2025-06-30', reopenReason: null }, l.memberId, NOW)),
    ).toBe('LEDGER_REOPEN_REASON');
    expect(await codeOf(setLedgerLock(l.db, { lockedThrough: null, reopenReason: null }, l.memberId, NOW))).toBe(
      'LEDGER_REOPEN_REASON',
    );
    await expect(l.db.deleteFrom('ledger_lock').execute()).rejects.toThrow('LEDGER_LOCK_BACKWARDS');
    await setLedgerLock(
      l.db,
      { lockedThrough: '2025-06-30', reopenReason: 'Erreur de saisie en décembre' },
      l.memberId,
      NOW,
    );
    await deleteTransaction(l.db, closed);
    await setLedgerLock(l.db, { lockedThrough: '2026-06-30', reopenReason: null }, l.memberId, NOW);
    expect(await getLedgerLock(l.db)).toMatchObject({ lockedThrough: '2026-06-30', reopenReason: null });
  });

  test('a transfer is two halves in one operation; an exchange keeps both currencies and converts nothing', async () => {
    const l = await ledgerVault();
    const base = { bookedOn: '2026-04-01', fundId: l.funds.general };
    await insertTransfer(
      l.db,
      transferInput.parse({
        ...base,
        fromAccountId: l.accounts.bank,
        toAccountId: l.accounts.cash,
        outMinor: 2000,
        inMinor: 2000,
      }),
      l.stamp,
    );
    expect(
      await codeOf(
        insertTransfer(
          l.db,
          transferInput.parse({
            ...base,
            fromAccountId: l.accounts.bank,
            toAccountId: l.accounts.cash,
            outMinor: 2000,
            inMinor: 1999,
          }),
          l.stamp,
        ),
      ),
    ).toBe('LEDGER_UNBALANCED');
    const exchange = await insertTransfer(
      l.db,
      transferInput.parse({
        ...base,
        fromAccountId: l.accounts.bank,
        toAccountId: l.accounts.swiss,
        outMinor: 10_000,
        inMinor: 9_420,
      }),
      l.stamp,
    );
    const balances = Object.fromEntries((await listAccounts(l.db)).map((a) => [a.name, [a.balanceMinor, a.currency]]));
    expect(balances).toEqual({
      Caisse: [7_000, 'EUR'],
      'Compte courant': [108_000, 'EUR'],
      PostFinance: [39_420, 'CHF'],
    });
    expect(await fundBalances(l.db)).toEqual([
      { fundId: l.funds.general, name: 'Général', kind: 'general', currency: 'CHF', balanceMinor: 9_420 },
      { fundId: l.funds.general, name: 'Général', kind: 'general', currency: 'EUR', balanceMinor: -10_000 },
    ]);
    // A half is never changed alone; deleting one half takes the other.
    const half = entry(l.accounts.bank, '2026-04-01', [[l.categories.bank_fees!, l.funds.general, -10_000]]);
    expect(await codeOf(updateTransaction(l.db, exchange.outId, half, l.stamp))).toBe('VALIDATION');
    await deleteTransaction(l.db, exchange.inId);
    expect(await l.db.selectFrom('transactions').select('id').execute()).toHaveLength(2);
  });
});
