import { useSyncExternalStore } from 'react';
import { parseRoute, type Route, routeHash } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The current route, re-rendering on every hash change. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}

/** Moves to a route (adds a history entry, so Back works). */
export function navigate(route: Parameters<typeof routeHash>[0]): void {
  window.location.hash = routeHash(route);
}
