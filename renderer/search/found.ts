import type { SearchKind } from '../../shared/search/search-record';
import type { SearchGroup, SearchHit } from '../../shared/search/workspace-index';
import type { LiveSearch } from './live-search';

/** A hit with where it lives: its workspace, and for a passage the document it belongs to. */
export interface FoundHit extends SearchHit {
  workspaceId: string;
  workspaceName?: string;
  /** The document's title, for a passage (whose own title is empty). */
  context?: string;
}

export interface FoundGroup {
  kind: SearchKind;
  hits: FoundHit[];
}

export type Searcher = (query: string) => Promise<FoundGroup[]>;

export function foundIn(groups: readonly SearchGroup[], workspaceId: string, documentTitle: (id: string) => string | undefined, workspaceName?: string): FoundGroup[] {
  return groups.map((group) => ({
    kind: group.kind,
    hits: group.hits.map((hit) => ({
      ...hit,
      workspaceId,
      workspaceName,
      context: hit.target.kind === 'passage' ? documentTitle(hit.target.documentId) : undefined,
    })),
  }));
}

export function liveSearcher(live: LiveSearch): Searcher {
  return async (query) => {
    await live.ready;
    return foundIn(live.search(query), live.workspaceId, (id) => live.documentTitle(id));
  };
}

/** Groups from several workspaces, kind by kind, best first, at most `perKind` each. */
export function mergeFound(lists: readonly FoundGroup[][], perKind = 8): FoundGroup[] {
  const byKind = new Map<SearchKind, FoundHit[]>();
  const order: SearchKind[] = [];
  for (const groups of lists)
    for (const group of groups) {
      if (!byKind.has(group.kind)) order.push(group.kind);
      byKind.set(group.kind, [...(byKind.get(group.kind) ?? []), ...group.hits]);
    }
  return order.map((kind) => ({ kind, hits: (byKind.get(kind) ?? []).sort((a, b) => b.score - a.score).slice(0, perKind) }));
}
