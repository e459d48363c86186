import { sql } from 'kysely';
import type { CategoryInput, FundInput } from '../../shared/money/ledger.schemas';
import type { RegistryDb } from '../registry/registry-db';
import { withLedgerErrors } from './ledger-errors';

export async function createFund(
  db: RegistryDb,
  input: FundInput,
  now: string,
  memberId: number | null = null,
  reference: string | null = null,
): Promise<number> {
  const row = await withLedgerErrors(() =>
    db
      .insertInto('funds')
      .values({
        name: input.name,
        kind: input.kind,
        prisoner_id: input.prisonerId,
        reference,
        created_at: now,
        updated_at: now,
        created_by_member_id: memberId,
        updated_by_member_id: memberId,
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  return row.id;
}

/** The group's own category beside the built-in ones. */
export async function createCategory(
  db: RegistryDb,
  input: CategoryInput,
  now: string | null = null,
  memberId: number | null = null,
): Promise<number> {
  const row = await withLedgerErrors(() =>
    db
      .insertInto('categories')
      .values({
        name: input.name,
        direction: input.direction,
        created_at: now,
        updated_at: now,
        created_by_member_id: memberId,
        updated_by_member_id: memberId,
      })
      .returning('id')
      .executeTakeFirstOrThrow(),
  );
  return row.id;
}

export async function listCategories(db: RegistryDb) {
  return db
    .selectFrom('categories')
    .selectAll()
    .orderBy('direction')
    .orderBy('builtin', 'desc')
    .orderBy('id')
    .execute();
}

export interface FundBalance {
  fundId: number;
  name: string;
  kind: string;
  currency: string;
  balanceMinor: number;
}

/**
 * Each fund's balance per currency (the sum of its splits, through `asOf` when given), one row per fund and currency
 * it holds: a fund with EUR and CHF has two rows, never one converted total. A fund without splits has no row.
 */
export async function fundBalances(db: RegistryDb, asOf?: string): Promise<FundBalance[]> {
  const through = asOf ?? '9999-12-31';
  const rows = await db
    .selectFrom('splits as s')
    .innerJoin('transactions as t', 't.id', 's.transaction_id')
    .innerJoin('funds as f', 'f.id', 's.fund_id')
    .where('t.booked_on', '<=', through)
    .groupBy(['f.id', 't.currency'])
    .select(['f.id as fund_id', 'f.name', 'f.kind', 't.currency', sql<number>`sum(s.amount_minor)`.as('balance')])
    .orderBy('f.name')
    .orderBy('t.currency')
    .execute();
  return rows.map((row) => ({
    fundId: row.fund_id,
    name: row.name,
    kind: row.kind,
    currency: row.currency,
    balanceMinor: row.balance,
  }));
}
