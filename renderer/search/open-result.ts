import { navigate, type Route } from '../app/router';
import { requestReveal } from './reveal-target';
import type { FoundHit } from './found';

function routeOf(hit: FoundHit): Route {
  const { workspaceId, target } = hit;
  switch (target.kind) {
    case 'document':
    case 'passage':
      return { name: 'document', workspaceId, documentId: target.documentId };
    case 'proposal':
      return { name: 'proposal', workspaceId, proposalId: target.proposalId };
    case 'meeting':
    case 'actions':
      return { name: 'workspace', workspaceId, tab: 'meetings' };
    case 'member':
      return { name: 'workspace', workspaceId, tab: 'members' };
  }
}

/** Opens the screen a hit lives on; the screen then takes the reveal and goes to the exact place. */
export function openResult(hit: FoundHit): void {
  requestReveal({ workspaceId: hit.workspaceId, target: hit.target, match: hit.snippet.firstMatch ?? hit.titleSnippet.firstMatch });
  navigate(routeOf(hit));
}
