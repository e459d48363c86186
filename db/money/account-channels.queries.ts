import { sql } from 'kysely';
import type { AccountInput } from '../../shared/money/ledger.schemas';
import type { Account } from '../../shared/money/ledger-outputs.schemas';
import type { AccountKind, ImportNameChoice } from '../../shared/money/money-values';
import { mustExist, type RegistryDb } from '../registry/registry-db';
import { listAccounts } from './accounts.queries';
import { withLedgerErrors } from './ledger-errors';
import { memberNames, recordStampOf, updatedColumns } from './ledger-stamps';
import type { LedgerStamp } from './transactions.queries';

/**
 * The accounts as `accounts:list` gives them: listAccounts' balances, with who recorded each account and whether
 * entries or standing orders use it (then its currency is fixed: the triggers of migration 016 refuse a change).
 */
export async function accountsForList(db: RegistryDb, asOf?: string): Promise<Account[]> {
  const balances = await listAccounts(db, asOf);
  const extras = await db
    .selectFrom('accounts as a')
    .select([
      'a.id',
      'a.created_at',
      'a.created_by_member_id',
      'a.updated_at',
      'a.updated_by_member_id',
      sql<number>`exists (select 1 from transactions t where t.account_id = a.id)
        or exists (select 1 from standing_orders o where o.account_id = a.id)`.as('has_entries'),
    ])
    .execute();
  const byId = new Map(extras.map((row) => [row.id, row]));
  const names = await memberNames(db);
  return balances.map((account) => {
    const extra = mustExist(byId.get(account.id), 'Account');
    return {
      ...account,
      kind: account.kind as AccountKind,
      importNames: account.importNames as ImportNameChoice,
      hasEntries: extra.has_entries === 1,
      ...recordStampOf(extra, names),
    };
  });
}

/** Every field of the form again. The opening is part of closed periods (trigger) and the currency of its entries. */
export async function updateAccount(
  db: RegistryDb,
  id: number,
  input: AccountInput,
  stamp: LedgerStamp,
): Promise<boolean> {
  const result = await withLedgerErrors(() =>
    db
      .updateTable('accounts')
      .set({
        kind: input.kind,
        name: input.name,
        currency: input.currency,
        iban: input.iban,
        bic: input.bic,
        opening_minor: input.openingMinor,
        opening_on: input.openingOn,
        import_names: input.importNames,
        ...updatedColumns(stamp),
      })
      .where('id', '=', id)
      .executeTakeFirst(),
  );
  return result.numUpdatedRows > 0n;
}
