import { useCallback, useRef } from 'react';
import { WorkspaceIndex } from '../../shared/search/workspace-index';
import { useApp } from '../app/app-context';
import type { DeskDatabase } from '../db/database';
import type { WorkspaceService } from '../workspaces/workspace-service';
import { foundIn, mergeFound, type FoundGroup, type Searcher } from './found';
import { LiveSearch } from './live-search';
import { loadStoredIndex } from './search-store';

interface Loaded {
  workspaceId: string;
  name: string;
  index: WorkspaceIndex;
}

/** A workspace never searched on this install: opened once, indexed, saved and closed. */
async function buildAndSave(db: DeskDatabase, workspaces: WorkspaceService, workspaceId: string): Promise<WorkspaceIndex | undefined> {
  const open = await workspaces.open(workspaceId);
  try {
    const live = new LiveSearch(db, workspaceId, open.workspace.ydoc);
    await live.ready;
    await live.close();
    const stored = await loadStoredIndex(db, workspaceId);
    return stored === undefined ? undefined : WorkspaceIndex.load(stored)?.index;
  } finally {
    open.close();
  }
}

/**
 * Search across every local workspace from the workspace list, from their stored indexes: no
 * Y.Doc is opened unless a workspace has no usable index yet, which is then built and saved once.
 */
export function useAllWorkspacesSearcher(): Searcher {
  const { db, workspaces } = useApp();
  const loaded = useRef<Promise<Loaded[]> | undefined>(undefined);

  const load = useCallback(async (): Promise<Loaded[]> => {
    const items = await workspaces.registry.list();
    const entries = items.flatMap((item) => (item.status === 'ok' ? [item.entry] : []));
    const indexes: Loaded[] = [];
    for (const entry of entries) {
      const stored = await loadStoredIndex(db, entry.id).catch(() => undefined);
      let index = stored === undefined ? undefined : WorkspaceIndex.load(stored)?.index;
      if (!index) index = await buildAndSave(db, workspaces, entry.id).catch(() => undefined);
      if (index) indexes.push({ workspaceId: entry.id, name: entry.name, index });
    }
    return indexes;
  }, [db, workspaces]);

  return useCallback(
    async (query: string): Promise<FoundGroup[]> => {
      if (query.trim() === '') return [];
      const indexes = await (loaded.current ??= load());
      return mergeFound(
        indexes.map(({ workspaceId, name, index }) => {
          try {
            return foundIn(index.search(query), workspaceId, (id) => index.fields(`document:${id}`)?.title, name);
          } catch {
            return [];
          }
        }),
      );
    },
    [load],
  );
}
