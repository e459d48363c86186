import type { PageId } from '../screens/pages';
import { routes } from '../screens/routes';
import type { RouteOf } from './route-table';

/** Where the user is: one member per kind in the route table, `{ page: kind }` plus that kind's params. */
export type Route = RouteOf<typeof routes>;
export type RouteKind = Route['page'];

/** The section a screen belongs to, highlighted in the navigation. */
export function sectionOf(route: Route): PageId {
  return routes[route.page].section;
}

/** The kinds that take no params: only those may be what Ctrl/Cmd+N opens (RouteEntry.onNew). */
type ParamlessKind = {
  [K in RouteKind]: keyof Omit<Extract<Route, { page: K }>, 'page'> extends never ? K : never;
}[RouteKind];

const newKinds = new Map<PageId, ParamlessKind>();
for (const [kind, entry] of Object.entries(routes) as [RouteKind, (typeof routes)[RouteKind]][]) {
  if ('onNew' in entry && entry.onNew) newKinds.set(entry.section, kind as ParamlessKind);
}

/** What Ctrl/Cmd+N creates from here, or null where there is nothing to create. */
export function newRouteFor(route: Route): Route | null {
  const kind = newKinds.get(sectionOf(route));
  return kind ? { page: kind } : null;
}

/** A stable string for a route, used as a React key so each screen starts fresh (focus, form state). */
export function routeKey(route: Route): string {
  if ('id' in route) return `${route.page}:${route.id}`;
  // The prisoner list opened from a dashboard tile is another screen than the whole list.
  return 'attention' in route && route.attention ? `${route.page}:${route.attention}` : route.page;
}
