import { createContext, useContext } from 'react';
import type { Route } from './route';

export const NavigationContext = createContext<((route: Route) => void) | null>(null);

/** Moves to another screen; screens call this instead of knowing how the frame keeps its place. */
export function useNavigate(): (route: Route) => void {
  const navigate = useContext(NavigationContext);
  if (!navigate) throw new Error('useNavigate outside the app frame');
  return navigate;
}
