import type { ComponentType } from 'react';
import type { Route } from '../navigation/route';
import { routes } from './routes';

/** The screen for a route: its kind's view from the route table, given the route's params. */
export function RouteView({ route }: { route: Route }) {
  const { page, ...params } = route;
  // The table ties each kind to its params (RouteOf), but TypeScript cannot follow that link through a lookup by a
  // union key: the view of `page` does take these params.
  const View = routes[page].view as ComponentType<typeof params>;
  return <View {...params} />;
}
