import type { Handlers } from '../../../shared/contract';
import { localToday } from '../../../shared/today';
import { dashboardCounts } from '../../../db/dashboard/dashboard.queries';
import type { AppContext } from '../app-context';

type DashboardHandlers = Pick<Handlers, 'dashboard:get'>;

export function dashboardHandlers(ctx: AppContext): DashboardHandlers {
  return {
    'dashboard:get': async () => dashboardCounts(ctx.vault.db, localToday()),
  };
}
