import type { Handlers } from '../../../shared/contract';
import { closeCustody, transferPrisoner } from '../../../db/registry/custody.queries';
import { findPrisoner, touchPrisoner } from '../../../db/registry/prisoners.queries';
import { mustExist } from '../../../db/registry/registry-db';
import { deleteStay, insertStay, updateStay } from '../../../db/registry/stays.queries';
import type { AppContext } from '../app-context';
import { savedPrisoner } from './prisoners.handlers';

type StayHandlers = Pick<Handlers, Extract<keyof Handlers, `stays:${string}`>>;

/** Every custody change runs in one transaction and answers with the prisoner's page as it now is. */
export function staysHandlers(ctx: AppContext): StayHandlers {
  const language = () => ctx.preferences.get().language;
  return {
    'stays:add': async ({ prisonerId, stay }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        mustExist(await findPrisoner(trx, prisonerId), 'Prisoner');
        await insertStay(trx, prisonerId, stay);
        await touchPrisoner(trx, prisonerId);
        return savedPrisoner(trx, prisonerId, language());
      }),

    'stays:update': async ({ id, stay }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        const prisonerId = mustExist(await updateStay(trx, id, stay), 'Stay');
        await touchPrisoner(trx, prisonerId);
        return savedPrisoner(trx, prisonerId, language());
      }),

    'stays:remove': async ({ id }) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        const prisonerId = mustExist(await deleteStay(trx, id), 'Stay');
        await touchPrisoner(trx, prisonerId);
        return savedPrisoner(trx, prisonerId, language());
      }),

    'stays:transfer': async (input) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        mustExist(await findPrisoner(trx, input.prisonerId), 'Prisoner');
        await transferPrisoner(trx, input);
        return savedPrisoner(trx, input.prisonerId, language());
      }),

    'stays:close': async (input) =>
      ctx.vault.db.transaction().execute(async (trx) => {
        mustExist(await findPrisoner(trx, input.prisonerId), 'Prisoner');
        await closeCustody(trx, input);
        return savedPrisoner(trx, input.prisonerId, language());
      }),
  };
}
