import { AppError } from '../../shared/errors';
import type { BankRule } from '../../shared/money/bank.schemas';
import { foldForSearch } from '../../shared/search-fold';
import type { RegistryDb } from '../registry/registry-db';
import { withLedgerErrors } from './ledger-errors';

/** A counterparty as rules compare it: accents, case and runs of spaces aside. */
export const foldCounterparty = (text: string | null) => (text ? foldForSearch(text).replace(/\s+/gu, ' ').trim() : '');

export interface BankRuleValues {
  counterparty: string;
  categoryId: number;
  fundId: number;
  accountId: number | null;
}

function toRule(row: {
  id: number;
  counterparty: string;
  category_id: number;
  fund_id: number;
  account_id: number | null;
  created_at: string;
}): BankRule {
  return {
    id: row.id,
    counterparty: row.counterparty,
    categoryId: row.category_id,
    fundId: row.fund_id,
    accountId: row.account_id,
    createdAt: row.created_at,
  };
}

const columns = ['id', 'counterparty', 'category_id', 'fund_id', 'account_id', 'created_at'] as const;

/** The rules, or those that apply to one account (its own and the ones for every account). */
export async function listBankRules(db: RegistryDb, accountId?: number): Promise<BankRule[]> {
  let query = db.selectFrom('bank_rules').select(columns);
  if (accountId !== undefined)
    query = query.where((eb) => eb.or([eb('account_id', 'is', null), eb('account_id', '=', accountId)]));
  return (await query.orderBy('counterparty').orderBy('id').execute()).map(toRule);
}

export async function createBankRule(
  db: RegistryDb,
  values: BankRuleValues,
  stamp: { memberId: number | null; now: string },
): Promise<BankRule> {
  const folded = foldCounterparty(values.counterparty);
  if (!folded)
    throw new AppError('VALIDATION', 'The counterparty has nothing to match', {
      issues: [{ path: ['counterparty'], message: 'empty' }],
    });
  const row = await withLedgerErrors(() =>
    db
      .insertInto('bank_rules')
      .values({
        counterparty: values.counterparty,
        counterparty_folded: folded.slice(0, 200),
        category_id: values.categoryId,
        fund_id: values.fundId,
        account_id: values.accountId,
        created_at: stamp.now,
        created_by_member_id: stamp.memberId,
      })
      .returning(columns)
      .executeTakeFirstOrThrow(),
  );
  return toRule(row);
}

export async function deleteBankRule(db: RegistryDb, id: number): Promise<void> {
  const result = await db.deleteFrom('bank_rules').where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new AppError('NOT_FOUND', 'No such rule');
}
