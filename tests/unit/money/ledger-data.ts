import type { VaultDb } from '../../../db/vault/vault-kysely';
import { createAccount } from '../../../db/money/accounts.queries';
import { createFund } from '../../../db/money/funds.queries';
import { accountInput, transactionInput } from '../../../shared/money/ledger.schemas';
import type { LedgerStamp } from '../../../db/money/transactions.queries';
import { TestApp } from '../../support/test-app';

export const NOW = '2026-12-02T09:00:00.000Z';

/** A ledger to write in: two EUR accounts and a CHF one, a general fund and a restricted one, one member. */
export async function ledgerVault() {
  const r = await TestApp.create();
  const db: VaultDb = r.app.context.vault.db;
  const member = await db
    .insertInto('members')
    .values({ pseudonym: 'Trésorière' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stamp: LedgerStamp = { memberId: member.id, now: NOW };
  const account = (name: string, currency: string, openingMinor: number, iban: string | null = null) =>
    createAccount(
      db,
      accountInput.parse({
        kind: iban ? 'bank' : 'cash',
        name,
        currency,
        iban,
        openingMinor,
        openingOn: '2025-01-01',
      }),
      NOW,
    );
  const accounts = {
    bank: await account('Compte courant', 'EUR', 120_000, 'FR76 3000 6000 0112 3456 7890 189'),
    cash: await account('Caisse', 'EUR', 5_000),
    swiss: await account('PostFinance', 'CHF', 30_000),
  };
  const funds = {
    general: await createFund(db, { name: 'Général', kind: 'general', prisonerId: null }, NOW),
    legal: await createFund(db, { name: 'Frais de justice', kind: 'restricted', prisonerId: null }, NOW),
  };
  const categories = Object.fromEntries(
    (await db.selectFrom('categories').select(['id', 'name']).execute()).map((c) => [c.name, c.id]),
  ) as Record<string, number>;
  return { r, db, stamp, accounts, funds, categories, memberId: member.id };
}

export type Ledger = Awaited<ReturnType<typeof ledgerVault>>;

/** A transaction input as the form would send it: one split per [category, fund, amount]. */
export function entry(
  accountId: number,
  bookedOn: string,
  splits: readonly (readonly [number, number, number])[],
  extra: Record<string, unknown> = {},
) {
  return transactionInput.parse({
    accountId,
    bookedOn,
    amountMinor: splits.reduce((sum, [, , amount]) => sum + amount, 0),
    splits: splits.map(([categoryId, fundId, amountMinor]) => ({ categoryId, fundId, amountMinor })),
    ...extra,
  });
}
