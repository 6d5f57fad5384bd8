import { useEffect, useState } from 'react';
import { useApp } from '../app/app-context';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { loadSyncSettings, saveSyncSettings } from './sync-settings';
import type { SyncStatus } from './workspace-sync';

/**
 * A workspace joined by an invite whose secret has since been rotated would wait forever in an
 * empty "Unnamed workspace". When members in the room answer with another secret before anything
 * arrived, the join is undone (nothing was received, so nothing is lost) and the member is told.
 * Once the workspace's content has arrived, that can no longer happen to it.
 */
export function useOutOfDateInvite(open: OpenWorkspace, status: SyncStatus | undefined, received: boolean): boolean {
  const { db, workspaces } = useApp();
  const [forgotten, setForgotten] = useState(false);
  useEffect(() => {
    if (!received) return;
    void loadSyncSettings(db, open.id).then((settings) =>
      settings.joinedByInvite ? saveSyncSettings(db, { ...settings, joinedByInvite: false }) : undefined,
    );
  }, [db, open, received]);
  const mismatch = status?.state === 'secret-mismatch';
  useEffect(() => {
    if (!mismatch || received) return;
    let cancelled = false;
    void loadSyncSettings(db, open.id).then(async (settings) => {
      if (cancelled || !settings.joinedByInvite) return;
      await workspaces.forgetUnopenedJoin(open.id);
      if (!cancelled) setForgotten(true);
    });
    return () => {
      cancelled = true;
    };
  }, [db, workspaces, open, mismatch, received]);
  return forgotten;
}
