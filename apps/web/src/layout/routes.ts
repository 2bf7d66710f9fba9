import { useSyncExternalStore } from 'react';
import type { Role } from '../gql/graphql';

/**
 * The pages of the client, addressed by the URL hash (#/pipeline…): links work with the keyboard,
 * the back button and a reload, without a router package or server-side routes.
 */
export const ROUTES = ['needs', 'matches', 'pipeline', 'interests', 'kpis', 'notifications'] as const;
export type Route = (typeof ROUTES)[number];

const STAFF: readonly Role[] = ['STAFF', 'ADMIN'];
const MEMBERS: readonly Role[] = ['INDUSTRIAL', 'RESEARCHER'];

/** Who may open each page; the API enforces the same rules, this only keeps the menu honest. */
const ALLOWED: Record<Route, readonly Role[]> = {
  needs: [...STAFF, ...MEMBERS],
  matches: MEMBERS,
  pipeline: STAFF,
  interests: STAFF,
  kpis: STAFF,
  notifications: [...STAFF, ...MEMBERS],
};

export function isAllowed(route: Route, role: Role): boolean {
  return ALLOWED[route].includes(role);
}

/** The menu's pages for a role, in order (notifications have their own bell). */
export function menuFor(role: Role): Route[] {
  return ROUTES.filter((route) => route !== 'notifications' && isAllowed(route, role));
}

export function hrefOf(route: Route, param?: string): string {
  return param ? `#/${route}/${encodeURIComponent(param)}` : `#/${route}`;
}

function readRoute(): Route {
  const name = window.location.hash.replace(/^#\/?/, '').split('/')[0];
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'needs';
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, readRoute, readRoute);
}

function readParam(): string | null {
  const param = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  return param ? decodeURIComponent(param) : null;
}

/** What the address names inside its page, e.g. the match of #/pipeline/<id> (null without one). */
export function useRouteParam(): string | null {
  return useSyncExternalStore(subscribe, readParam, readParam);
}

/** Forgets the page's parameter without a new history entry (closing what it opened). */
export function clearRouteParam(route: Route): void {
  if (readParam() !== null) window.history.replaceState(window.history.state, '', hrefOf(route));
}
