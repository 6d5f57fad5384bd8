// The hash routes as plain data: no React here, so the boot chunk can read the route before the app loads.
import { MAX_INVITE_INPUT_LENGTH } from '../../shared/sync/invite-length';

export type Route =
  | { name: 'workspaces' }
  | { name: 'settings' }
  | { name: 'join'; code: string }
  | { name: 'workspace'; workspaceId: string; tab: WorkspaceTab }
  | { name: 'document'; workspaceId: string; documentId: string }
  | { name: 'proposal'; workspaceId: string; proposalId: string }
  /** An address the app cannot read: a broken `%` escape, or far longer than any address it makes. */
  | { name: 'bad-address'; problem: 'malformed' | 'tooLong' };

/** Invites are the longest addresses the app makes (shared/sync/invite.ts); anything longer is not one of ours. */
export const MAX_ROUTE_LENGTH = 2 * MAX_INVITE_INPUT_LENGTH;

export const WORKSPACE_TABS = ['overview', 'members', 'documents', 'proposals', 'meetings', 'sharing'] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

/** Hash routes, so the same build works from the Electron app protocol and any web path. */
export function parseRoute(hash: string): Route {
  if (hash.length > MAX_ROUTE_LENGTH) return { name: 'bad-address', problem: 'tooLong' };
  const parts = decodedParts(hash);
  if (!parts) return { name: 'bad-address', problem: 'malformed' };
  if (parts[0] === 'settings') return { name: 'settings' };
  if (parts[0] === 'join' && parts[1]) return { name: 'join', code: parts[1] };
  if (parts[0] === 'w' && parts[1]) {
    if (parts[2] === 'd' && parts[3]) return { name: 'document', workspaceId: parts[1], documentId: parts[3] };
    if (parts[2] === 'p' && parts[3]) return { name: 'proposal', workspaceId: parts[1], proposalId: parts[3] };
    const tab = WORKSPACE_TABS.find((candidate) => candidate === parts[2]) ?? 'overview';
    return { name: 'workspace', workspaceId: parts[1], tab };
  }
  return { name: 'workspaces' };
}

function decodedParts(hash: string): string[] | undefined {
  try {
    const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
    // A lone surrogate is no text, and routeHref could not encode it back.
    return parts.some((part) => /[\ud800-\udfff]/u.test(part)) ? undefined : parts;
  } catch {
    // decodeURIComponent throws URIError on a lone or invalid `%` escape.
    return undefined;
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'workspaces':
    case 'bad-address':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'join':
      return `#/join/${encodeURIComponent(route.code)}`;
    case 'workspace':
      return `#/w/${encodeURIComponent(route.workspaceId)}/${route.tab}`;
    case 'document':
      return `#/w/${encodeURIComponent(route.workspaceId)}/d/${encodeURIComponent(route.documentId)}`;
    case 'proposal':
      return `#/w/${encodeURIComponent(route.workspaceId)}/p/${encodeURIComponent(route.proposalId)}`;
  }
}
