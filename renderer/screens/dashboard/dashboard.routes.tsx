import { defineRoute } from '../../navigation/route-table';
import { DashboardPage } from './dashboard-page';

/** Home: the dashboard, the first screen after unlocking. */
export const dashboardRoutes = {
  dashboard: defineRoute({ section: 'dashboard', view: DashboardPage }),
};
