import { useSyncExternalStore } from 'react';
import { routeHref, parseRoute, type Route } from './route';

export { parseRoute, routeHref, WORKSPACE_TABS, type Route, type WorkspaceTab } from './route';

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
