import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { accountsForList, updateAccount } from '../../../db/money/account-channels.queries';
import { archiveAccount, createAccount } from '../../../db/money/accounts.queries';
import { archiveCategory, categoriesForList } from '../../../db/money/category-channels.queries';
import { archiveFund, fundsForList, setFundReference, updateFund } from '../../../db/money/fund-channels.queries';
import { createCategory, createFund } from '../../../db/money/funds.queries';
import { referenceInUse } from '../../../db/money/reference-use.queries';
import { paymentReferenceOf } from '../../../shared/money/payment-reference.schemas';
import { mustExist, requireChanged, type RegistryDb } from '../../../db/registry/registry-db';
import type { AppContext } from '../app-context';
import { freshReference, isQrIban, refuseWithoutQrIban } from './fund-reference';
import { stampFor } from './ledger-stamp';

type Names =
  | 'accounts:list'
  | 'accounts:create'
  | 'accounts:update'
  | 'accounts:archive'
  | 'funds:list'
  | 'funds:create'
  | 'funds:update'
  | 'funds:archive'
  | 'funds:newReference'
  | 'categories:list'
  | 'categories:create'
  | 'categories:archive';

async function refuseReferenceInUse(db: RegistryDb, reference: string | null, fundId: number | null) {
  if (reference !== null && (await referenceInUse(db, reference, fundId)))
    throw new AppError('LEDGER_REFERENCE_IN_USE', 'The reference is already given to another fund or standing order');
}

/** A QR reference is paid only to a QR-IBAN: the named CHF account's, or any active one's. */
async function requireQrIban(db: RegistryDb, accountId: number | undefined): Promise<void> {
  let query = db.selectFrom('accounts').select(['iban']).where('currency', '=', 'CHF');
  query = accountId === undefined ? query.where('archived', '=', 0) : query.where('id', '=', accountId);
  const accounts = await query.execute();
  if (!accounts.some((account) => isQrIban(account.iban))) refuseWithoutQrIban();
}

/** Accounts, funds and categories: the ledger's frame, each write stamped with who made it. */
export function accountsHandlers(ctx: AppContext): Pick<Handlers, Names> {
  const db = () => ctx.vault.db;
  return {
    'accounts:list': async ({ asOf }) => ({ accounts: await accountsForList(db(), asOf) }),

    'accounts:create': async ({ byMemberId, ...input }) => {
      const stamp = await stampFor(db(), byMemberId);
      return { id: await createAccount(db(), input, stamp.now, stamp.memberId) };
    },

    'accounts:update': async ({ id, byMemberId, ...input }) =>
      db()
        .transaction()
        .execute(async (trx) => {
          requireChanged(await updateAccount(trx, id, input, await stampFor(trx, byMemberId)), 'Account');
          return {};
        }),

    'accounts:archive': async ({ id, archived, byMemberId }) => {
      const stamp = await stampFor(db(), byMemberId);
      requireChanged(await archiveAccount(db(), id, archived, stamp.now, stamp.memberId), 'Account');
      return {};
    },

    'funds:list': async ({ asOf }) => ({ funds: await fundsForList(db(), asOf) }),

    'funds:create': async ({ byMemberId, reference, ...input }) =>
      db()
        .transaction()
        .execute(async (trx) => {
          const stamp = await stampFor(trx, byMemberId);
          await refuseReferenceInUse(trx, reference, null);
          return { id: await createFund(trx, input, stamp.now, stamp.memberId, reference) };
        }),

    'funds:update': async ({ id, byMemberId, ...input }) =>
      db()
        .transaction()
        .execute(async (trx) => {
          const stamp = await stampFor(trx, byMemberId);
          await refuseReferenceInUse(trx, input.reference, id);
          requireChanged(await updateFund(trx, id, input, stamp), 'Fund');
          return {};
        }),

    'funds:archive': async ({ id, archived, byMemberId }) => {
      requireChanged(await archiveFund(db(), id, archived, await stampFor(db(), byMemberId)), 'Fund');
      return {};
    },

    // Drawn at random until unused (a collision is a chance in billions); stored on the fund at once.
    'funds:newReference': async ({ fundId, scheme, accountId, byMemberId }) =>
      db()
        .transaction()
        .execute(async (trx) => {
          const stamp = await stampFor(trx, byMemberId);
          mustExist(await trx.selectFrom('funds').select('id').where('id', '=', fundId).executeTakeFirst(), 'Fund');
          if (scheme === 'qrr') await requireQrIban(trx, accountId);
          let reference = freshReference(scheme);
          while (await referenceInUse(trx, reference, fundId)) reference = freshReference(scheme);
          requireChanged(await setFundReference(trx, fundId, reference, stamp), 'Fund');
          return { reference: mustExist(paymentReferenceOf(reference), 'Reference') };
        }),

    'categories:list': async () => ({ categories: await categoriesForList(db()) }),

    'categories:create': async ({ byMemberId, ...input }) => {
      const stamp = await stampFor(db(), byMemberId);
      return { id: await createCategory(db(), input, stamp.now, stamp.memberId) };
    },

    'categories:archive': async ({ id, archived, byMemberId }) => {
      requireChanged(await archiveCategory(db(), id, archived, await stampFor(db(), byMemberId)), 'Category');
      return {};
    },
  };
}
