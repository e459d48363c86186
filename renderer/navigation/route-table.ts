import type { ComponentType } from 'react';
import type { PageId } from '../screens/pages';

/** The params of a route kind that has none: a section's page, a form for a new record. */
export type NoParams = Record<never, never>;

/**
 * One kind of screen: the section it belongs to (highlighted in the navigation) and the component that shows it,
 * given the route's params. The params of every route kind come from here, so `{ page: 'prisoner', id }` is checked.
 */
export interface RouteEntry<P extends object> {
  section: PageId;
  view: ComponentType<P>;
  /** Ctrl/Cmd+N opens this screen from anywhere in its section; only a screen without params can say so. */
  onNew?: [keyof P] extends [never] ? true : never;
}

/** Declares one route kind; P is inferred from the view, or given when the view takes more (an optional id). */
export function defineRoute<P extends object = NoParams>(entry: RouteEntry<P>): RouteEntry<P> {
  return entry;
}

type ParamsOf<E> = E extends RouteEntry<infer P> ? P : never;

/** The route union of a table: `{ page: kind }` plus that kind's params, one member per kind. */
export type RouteOf<T> = { [K in keyof T & string]: { page: K } & ParamsOf<T[K]> }[keyof T & string];
