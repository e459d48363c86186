import { sql } from 'kysely';
import type { AccountInput } from '../../shared/money/ledger.schemas';
import { flag, type RegistryDb } from '../registry/registry-db';
import { withLedgerErrors } from './ledger-errors';

export interface AccountWithBalance {
  id: number;
  kind: string;
  name: string;
  currency: string;
  iban: string | null;
  bic: string | null;
  openingMinor: number;
  openingOn: string;
  importNames: string;
  archived: boolean;
  /** Opening balance plus every transaction of the account, in its currency (ordered payments included). */
  balanceMinor: number;
}

export async function createAccount(
  db: RegistryDb,
  input: AccountInput,
  now: string,
  memberId: number | null = null,
): Promise<number> {
  const row = await withLedgerErrors(() =>
    db
      .insertInto('accounts')
      .values({
        kind: input.kind,
        name: input.name,
        currency: input.currency,
        iban: input.iban,
        bic: input.bic,
        opening_minor: input.openingMinor,
        opening_on: input.openingOn,
        import_names: input.importNames,
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

/** An account with money history is never deleted, only archived (its rows keep pointing at it). */
export async function archiveAccount(
  db: RegistryDb,
  id: number,
  archived: boolean,
  now: string,
  memberId: number | null = null,
): Promise<boolean> {
  const result = await db
    .updateTable('accounts')
    .set({ archived: flag(archived), updated_at: now, updated_by_member_id: memberId })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Every account with its balance, through `asOf` when given (the opening counts from its own date). */
export async function listAccounts(db: RegistryDb, asOf?: string): Promise<AccountWithBalance[]> {
  const through = asOf ?? '9999-12-31';
  const rows = await db
    .selectFrom('accounts as a')
    .selectAll('a')
    .select(
      sql<number>`(case when a.opening_on <= ${through} then a.opening_minor else 0 end) + coalesce((
        select sum(t.amount_minor) from transactions t where t.account_id = a.id and t.booked_on <= ${through}), 0)`.as(
        'balance_minor',
      ),
    )
    .orderBy('a.archived')
    .orderBy('a.name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    currency: row.currency,
    iban: row.iban,
    bic: row.bic,
    openingMinor: row.opening_minor,
    openingOn: row.opening_on,
    importNames: row.import_names,
    archived: row.archived === 1,
    balanceMinor: row.balance_minor,
  }));
}
