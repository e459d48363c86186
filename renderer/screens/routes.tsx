import { defineRoute, type NoParams, type RouteEntry } from '../navigation/route-table';
import { dashboardRoutes } from './dashboard/dashboard.routes';
import { FeaturePage } from './feature-page';
import { lettersRoutes } from './letters/letters.routes';
import { importExportRoutes } from './import-export/import-export.routes';
import type { PageId } from './pages';
import { parcelsRoutes } from './parcels/parcels.routes';
import { printingRoutes } from './printing/printing.routes';
import { registryRoutes } from './registry/registry.routes';
import { settingsRoutes } from './settings/settings.routes';
import { eveningsRoutes } from './evenings/evenings.routes';
import { bankRoutes } from './money/bank.routes';

/** Sections that come in a later version: their page says what they will hold. */
const featureRoutes = {
  money: defineRoute({ section: 'money', view: () => <FeaturePage page="money" /> }),
};

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
  ...featureRoutes,
  ...parcelsRoutes,
  ...eveningsRoutes,
  ...bankRoutes,
} satisfies Record<PageId, RouteEntry<NoParams>>;
