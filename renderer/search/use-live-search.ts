import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useApp } from '../app/app-context';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { liveSearcher, type Searcher } from './found';
import { LiveSearch, type LiveSearchStatus } from './live-search';

const NONE: Searcher = () => Promise.resolve([]);

/** The open workspace's search, for as long as it is open; saved to Dexie when it closes. */
export function useLiveSearch(open: OpenWorkspace): { searcher: Searcher; status: LiveSearchStatus; revision: number } {
  const { db } = useApp();
  const [live, setLive] = useState<LiveSearch>();
  useEffect(() => {
    const search = new LiveSearch(db, open.id, open.workspace.ydoc);
    setLive(search); // eslint-disable-line react-hooks/set-state-in-effect -- the search lives and dies with the open workspace
    const save = () => void search.save();
    // A closed tab or window gets no unmount: save what is indexed while the page can still write.
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      void search.close();
    };
  }, [db, open]);
  const state = useSyncExternalStore(
    (notify) => live?.subscribe(notify) ?? (() => undefined),
    () => live?.snapshot ?? LOADING,
  );
  const searcher = useMemo(() => (live ? liveSearcher(live) : NONE), [live]);
  return { searcher, status: state.status, revision: state.revision };
}

const LOADING = { status: 'loading' as const, revision: 0 };
