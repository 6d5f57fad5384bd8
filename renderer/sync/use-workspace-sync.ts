import { useEffect, useRef, useState } from 'react';
import { useApp } from '../app/app-context';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { loadSyncSettings, saveSyncSettings } from './sync-settings';
import { WorkspaceSync, type PresenceUser } from './workspace-sync';

/** Runs the workspace's peer-to-peer sync while the workspace is open. */
export function useWorkspaceSync(open: OpenWorkspace, user: PresenceUser, settingsVersion: number): WorkspaceSync | undefined {
  const { db } = useApp();
  const [sync, setSync] = useState<WorkspaceSync>();
  const { memberId, name, color } = user;
  // The first user record goes into awareness at start; later changes (joining as a member,
  // a new name) update it without reconnecting.
  const initialUser = useRef(user);
  useEffect(() => {
    let cancelled = false;
    let started: WorkspaceSync | undefined;
    void loadSyncSettings(db, open.id)
      .then((settings) =>
        WorkspaceSync.start(open.workspace.ydoc, open.awareness, settings, initialUser.current, (paused) => {
          // Read afresh: the secret or the servers may have changed since sync started.
          void loadSyncSettings(db, open.id).then((current) => saveSyncSettings(db, { ...current, paused }));
        }),
      )
      .then(
        (created) => {
          if (cancelled) return created.destroy();
          started = created;
          setSync(created);
        },
        (error: unknown) => console.warn('Sync could not start; the workspace stays usable offline', error),
      );
    return () => {
      cancelled = true;
      started?.destroy();
      setSync(undefined);
    };
  }, [db, open, settingsVersion]);
  useEffect(() => {
    initialUser.current = { memberId, name, color };
    sync?.awareness.setLocalStateField('user', { memberId, name, color });
  }, [sync, memberId, name, color]);
  return sync;
}
