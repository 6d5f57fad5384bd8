// The hash routes as plain data: no React here, so the boot chunk can read the route before the app loads.
export type Route =
  | { name: 'workspaces' }
  | { name: 'settings' }
  | { name: 'join'; code: string }
  | { name: 'workspace'; workspaceId: string; tab: WorkspaceTab }
  | { name: 'document'; workspaceId: string; documentId: string }
  | { name: 'proposal'; workspaceId: string; proposalId: string };

export const WORKSPACE_TABS = ['overview', 'members', 'documents', 'proposals', 'meetings', 'sharing'] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

/** Hash routes, so the same build works from the Electron app protocol and any web path. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
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

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'workspaces':
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
