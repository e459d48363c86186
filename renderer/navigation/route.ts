import type { PageId } from '../screens/pages';

/** Where the user is: a section's main page, or one screen inside the prisoners or facilities section. */
export type Route =
  | { page: PageId }
  | { page: 'prisoner'; id: number }
  | { page: 'prisonerNew' }
  | { page: 'prisonerEdit'; id: number }
  | { page: 'import' }
  | { page: 'facility'; id: number }
  | { page: 'facilityNew' }
  | { page: 'facilityEdit'; id: number };

/** The section a screen belongs to, highlighted in the navigation. */
export function sectionOf(route: Route): PageId {
  switch (route.page) {
    case 'prisoner':
    case 'prisonerNew':
    case 'prisonerEdit':
    case 'import':
      return 'prisoners';
    case 'facility':
    case 'facilityNew':
    case 'facilityEdit':
      return 'facilities';
    default:
      return route.page;
  }
}

/** What Ctrl/Cmd+N creates from here, or null where there is nothing to create. */
export function newRouteFor(route: Route): Route | null {
  switch (sectionOf(route)) {
    case 'prisoners':
      return { page: 'prisonerNew' };
    case 'facilities':
      return { page: 'facilityNew' };
    default:
      return null;
  }
}

/** A stable string for a route, used as a React key so each screen starts fresh (focus, form state). */
export function routeKey(route: Route): string {
  return 'id' in route ? `${route.page}:${route.id}` : route.page;
}
