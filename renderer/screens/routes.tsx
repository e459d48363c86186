import type { NoParams, RouteEntry } from '../navigation/route-table';
import { dashboardRoutes } from './dashboard/dashboard.routes';
import { lettersRoutes } from './letters/letters.routes';
import { importExportRoutes } from './import-export/import-export.routes';
import type { PageId } from './pages';
import { parcelsRoutes } from './parcels/parcels.routes';
import { printingRoutes } from './printing/printing.routes';
import { registryRoutes } from './registry/registry.routes';
import { settingsRoutes } from './settings/settings.routes';
import { eveningsRoutes } from './evenings/evenings.routes';
import { moneyRoutes } from './money/money.routes';
import { bankRoutes } from './money/bank.routes';

/**
 * Every screen of the app, gathered from the domains (each exports its own from renderer/screens/<domain>/). Each
 * section of pages.ts must have a route of the same name that takes no params: the navigation opens it.
 */
export const routes = {
  ...dashboardRoutes,
  ...registryRoutes,
  ...importExportRoutes,
  ...printingRoutes,
  ...settingsRoutes,
  ...lettersRoutes,
  ...parcelsRoutes,
  ...eveningsRoutes,
  ...moneyRoutes,
  ...bankRoutes,
} satisfies Record<PageId, RouteEntry<NoParams>>;
