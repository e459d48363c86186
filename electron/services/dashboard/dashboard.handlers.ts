import type { Handlers } from '../../../shared/contract';
import { localToday } from '../../../shared/today';
import { dashboardCounts } from '../../../db/dashboard/dashboard.queries';
import { lateStandingOrderPeriods } from '../../../db/money/standing-order-channels.queries';
import type { AppContext } from '../app-context';

type DashboardHandlers = Pick<Handlers, 'dashboard:get'>;

export function dashboardHandlers(ctx: AppContext): DashboardHandlers {
  return {
    'dashboard:get': async () => {
      const today = localToday();
      const counts = await dashboardCounts(ctx.vault.db, today);
      return { ...counts, standingOrdersLate: await lateStandingOrderPeriods(ctx.vault.db, today) };
    },
  };
}
