import type { Handlers } from '../../../shared/contract';
import type { eveningsChannelNames } from '../../../shared/evenings/evenings.channels';
import { eveningCandidates } from '../../../db/evenings/evening-candidates.queries';
import {
  deleteEvening,
  findEvening,
  insertEvening,
  listEvenings,
  updateEvening,
} from '../../../db/evenings/evenings.queries';
import { mustExist, requireChanged, timestampNow } from '../../../db/registry/registry-db';
import type { AppContext } from '../app-context';
import { logEveningLetters } from './evening-letters';

type EveningsChannel = (typeof eveningsChannelNames)[number];

export function eveningsHandlers(ctx: AppContext): Pick<Handlers, EveningsChannel> {
  const db = () => ctx.vault.db;
  return {
    'evenings:list': async () => ({ rows: await listEvenings(db()) }),
    'evenings:get': async ({ id }) => mustExist(await findEvening(db(), id), 'Writing evening'),
    'evenings:create': async (evening) =>
      db()
        .transaction()
        .execute(async (trx) => {
          const id = await insertEvening(trx, evening, timestampNow());
          return mustExist(await findEvening(trx, id), 'Writing evening');
        }),
    'evenings:update': async ({ id, evening }) =>
      db()
        .transaction()
        .execute(async (trx) => {
          requireChanged(await updateEvening(trx, id, evening, timestampNow()), 'Writing evening');
          return mustExist(await findEvening(trx, id), 'Writing evening');
        }),
    'evenings:delete': async ({ id }) => {
      requireChanged(await deleteEvening(db(), id), 'Writing evening');
      return {};
    },
    'evenings:candidates': async (input) => eveningCandidates(db(), input),
    'evenings:logLetters': async (input) =>
      db()
        .transaction()
        .execute(async (trx) => logEveningLetters(trx, input, ctx.preferences.get().language)),
  };
}
