// From workshopNumbers, not core's registry, which brings every workshop's schema (and zod) into the first download.
import { parseWorkshopNumber, type WorkshopNumber } from '@elan/core/workshops/workshopNumbers';

/** The screens of the tab, as the hash names them. */
export type Route =
  | { name: 'home' }
  /** The configuration page Teams opens when a channel adds the tab. */
  | { name: 'config' }
  | { name: 'community'; communityId: string }
  | { name: 'workshop'; communityId: string; n: WorkshopNumber }
  | { name: 'panel'; communityId: string }
  | { name: 'stage'; communityId: string; pollId?: string }
  /** The surveys I answered, where I can see and delete my answers. */
  | { name: 'answers'; communityId: string }
  /** Everyone in the community, their role, where they come from; facilitators manage them here. */
  | { name: 'members'; communityId: string }
  /** The meeting notebooks: the list, searched; with `notebookId`, one notebook. */
  | { name: 'notebooks'; communityId: string; notebookId?: string }
  /** My competence checklist as a facilitator (private to me). */
  | { name: 'profile'; communityId: string }
  | { name: 'notFound' };

/** Reads a location hash (`#/c/abc/w/1`) into a route; anything unknown is `notFound`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '');
  if (path === '' || path === '/') return { name: 'home' };
  if (path === '/config') return { name: 'config' };
  const parts = path.split('/').slice(1);
  if (parts[0] !== 'c' || !parts[1]) return { name: 'notFound' };
  let communityId: string;
  try {
    communityId = decodeURIComponent(parts[1]);
  } catch {
    return { name: 'notFound' };
  }
  if (parts.length === 2) return { name: 'community', communityId };
  if (parts.length === 3 && parts[2] === 'panel') return { name: 'panel', communityId };
  if (parts.length === 3 && parts[2] === 'stage') return { name: 'stage', communityId };
  if (parts.length === 3 && parts[2] === 'answers') return { name: 'answers', communityId };
  if (parts.length === 3 && parts[2] === 'members') return { name: 'members', communityId };
  if (parts.length === 3 && parts[2] === 'notebooks') return { name: 'notebooks', communityId };
  if (parts.length === 3 && parts[2] === 'profile') return { name: 'profile', communityId };
  if (parts.length === 4 && parts[2] === 'notebooks' && parts[3]) {
    try {
      return { name: 'notebooks', communityId, notebookId: decodeURIComponent(parts[3]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  if (parts.length === 5 && parts[2] === 'stage' && parts[3] === 'poll' && parts[4]) {
    try {
      return { name: 'stage', communityId, pollId: decodeURIComponent(parts[4]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  if (parts.length === 4 && parts[2] === 'w') {
    const n = parseWorkshopNumber(parts[3]);
    if (n) return { name: 'workshop', communityId, n };
  }
  return { name: 'notFound' };
}

/** Builds the hash for a route, the inverse of `parseRoute`. */
export function routeHash(route: Exclude<Route, { name: 'notFound' }>): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'config':
      return '#/config';
    case 'community':
      return `#/c/${encodeURIComponent(route.communityId)}`;
    case 'workshop':
      return `#/c/${encodeURIComponent(route.communityId)}/w/${route.n}`;
    case 'panel':
      return `#/c/${encodeURIComponent(route.communityId)}/panel`;
    case 'stage':
      return `#/c/${encodeURIComponent(route.communityId)}/stage${route.pollId ? `/poll/${encodeURIComponent(route.pollId)}` : ''}`;
    case 'answers':
      return `#/c/${encodeURIComponent(route.communityId)}/answers`;
    case 'members':
      return `#/c/${encodeURIComponent(route.communityId)}/members`;
    case 'notebooks':
      return `#/c/${encodeURIComponent(route.communityId)}/notebooks${route.notebookId ? `/${encodeURIComponent(route.notebookId)}` : ''}`;
    case 'profile':
      return `#/c/${encodeURIComponent(route.communityId)}/profile`;
  }
}
