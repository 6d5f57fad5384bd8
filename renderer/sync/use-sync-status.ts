import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceUser, SyncStatus, WorkspaceSync } from './workspace-sync';

export function useSyncStatus(sync: WorkspaceSync | undefined): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus | undefined>(sync?.status);
  useEffect(() => {
    if (!sync) return;
    const unsubscribe = sync.onStatus(setStatus);
    setStatus(sync.status); // eslint-disable-line react-hooks/set-state-in-effect -- adopt the status of a newly started sync
    return unsubscribe;
  }, [sync]);
  return sync ? status : undefined;
}

export interface PresentPeer extends PresenceUser {
  clientId: number;
  documentId?: string;
}

/** Everyone else whose app has this workspace open, and which document they are in. */
export function usePresence(awareness: Awareness | undefined): PresentPeer[] {
  const snapshot = useSyncExternalStore(
    (notify) => {
      awareness?.on('change', notify);
      return () => awareness?.off('change', notify);
    },
    // Who and where only: carets move with every keystroke of every co-author, and a snapshot
    // holding them would re-render the whole workspace screen in the middle of each remote edit.
    () =>
      awareness
        ? JSON.stringify(
            [...awareness.getStates()]
              .filter(([id]) => id !== awareness.clientID)
              .map(([id, state]: [number, { user?: unknown; documentId?: unknown }]) => [id, { user: state.user, documentId: state.documentId }]),
          )
        : '[]',
  );
  const states = JSON.parse(snapshot) as Array<[number, { user?: PresenceUser; documentId?: string }]>;
  return states.flatMap(([clientId, state]) =>
    state.user && typeof state.user.name === 'string' ? [{ ...state.user, clientId, ...(state.documentId ? { documentId: state.documentId } : {}) }] : [],
  );
}
