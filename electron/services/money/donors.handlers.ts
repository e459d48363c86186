import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { localToday } from '../../../shared/today';
import { createDonor } from '../../../db/money/donors.queries';
import { donorsForList, eraseDonor, updateDonor } from '../../../db/money/donor-channels.queries';
import {
  deleteStandingOrder,
  endStandingOrder,
  periodOutput,
  standingOrdersForList,
  updateStandingOrder,
} from '../../../db/money/standing-order-channels.queries';
import { standingOrderDue } from '../../../db/money/standing-order-status.queries';
import { createStandingOrder } from '../../../db/money/standing-orders.queries';
import { mustExist, requireChanged } from '../../../db/registry/registry-db';
import type { AppContext } from '../app-context';
import { stampFor } from './ledger-stamp';

type Names =
  | 'donors:list'
  | 'donors:create'
  | 'donors:update'
  | 'donors:erase'
  | 'standingOrders:list'
  | 'standingOrders:periods'
  | 'standingOrders:create'
  | 'standingOrders:update'
  | 'standingOrders:end'
  | 'standingOrders:delete';

/** Donors (minimal, erasable) and the standing orders expected from them, with what came and what is late. */
export function donorsHandlers(ctx: AppContext): Pick<Handlers, Names> {
  const db = () => ctx.vault.db;
  return {
    'donors:list': async () => ({ donors: await donorsForList(db()) }),

    'donors:create': async ({ byMemberId, ...input }) => {
      const stamp = await stampFor(db(), byMemberId);
      return { id: await createDonor(db(), input, stamp.now, null, stamp.memberId) };
    },

    'donors:update': async ({ id, byMemberId, ...input }) => {
      requireChanged(await updateDonor(db(), id, input, await stampFor(db(), byMemberId)), 'Donor');
      return {};
    },

    'donors:erase': async ({ id }) => {
      requireChanged(await eraseDonor(db(), id), 'Donor');
      return {};
    },

    'standingOrders:list': async ({ asOf }) => ({ orders: await standingOrdersForList(db(), asOf ?? localToday()) }),

    'standingOrders:periods': async ({ id, asOf }) => {
      const day = asOf ?? localToday();
      mustExist(await db().selectFrom('standing_orders').select('id').where('id', '=', id).executeTakeFirst(), 'Order');
      const periods = (await standingOrderDue(db(), day)).filter((period) => period.standingOrderId === id);
      return { periods: periods.map((period) => periodOutput(period, day)) };
    },

    'standingOrders:create': async ({ byMemberId, ...input }) => {
      const stamp = await stampFor(db(), byMemberId);
      return { id: await createStandingOrder(db(), input, stamp.now, stamp.memberId) };
    },

    'standingOrders:update': async ({ id, byMemberId, ...input }) => {
      requireChanged(await updateStandingOrder(db(), id, input, await stampFor(db(), byMemberId)), 'Standing order');
      return {};
    },

    'standingOrders:end': async ({ id, untilOn, byMemberId }) =>
      db()
        .transaction()
        .execute(async (trx) => {
          const order = mustExist(
            await trx.selectFrom('standing_orders').select('from_on').where('id', '=', id).executeTakeFirst(),
            'Standing order',
          );
          if (untilOn < order.from_on) {
            const message = 'A standing order cannot end before it starts';
            throw new AppError('VALIDATION', message, { issues: [{ path: ['untilOn'], message }] });
          }
          requireChanged(await endStandingOrder(trx, id, untilOn, await stampFor(trx, byMemberId)), 'Standing order');
          return {};
        }),

    'standingOrders:delete': async ({ id }) => {
      requireChanged(await deleteStandingOrder(db(), id), 'Standing order');
      return {};
    },
  };
}
