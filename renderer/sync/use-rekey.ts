import { useEffect } from 'react';
import type { Member } from '../../shared/members/member';
import { newWorkspaceSecret } from '../../shared/sync/room-name';
import { acceptRekey, signRekey } from '../../shared/sync/rekey';
import { useApp } from '../app/app-context';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { loadSyncSettings, saveSyncSettings } from './sync-settings';

/** Long enough for the members online to receive the new secret before this app switches to it. */
const HANDOVER_MS = 2500;

/**
 * Applies a coordinator's re-key when a connected member announces one: the new secret replaces
 * the old, and sync restarts with it. Returns the coordinator's action that announces one.
 */
export function useRekey(open: OpenWorkspace, members: Member[], integrity: WorkspaceIntegrity, me: Member | undefined, onRekeyed: () => void): () => Promise<void> {
  const { db } = useApp();

  useEffect(() => {
    let busy = false;
    let again = false;
    const onChange = async () => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        const settings = await loadSyncSettings(db, open.id);
        const keyOf = await integrity.keyLookup();
        for (const [clientId, state] of open.awareness.getStates()) {
          if (clientId === open.awareness.clientID || !state || typeof state !== 'object' || !('rekey' in state)) continue;
          const rekey = await acceptRekey(state.rekey, {
            workspaceId: open.id,
            lastAppliedAt: settings.rekeyedAt,
            isCoordinator: (memberId) => members.some((member) => member.id === memberId && member.role === 'coordinator'),
            keyOf,
          });
          if (!rekey || rekey.secret === settings.secret) continue;
          await saveSyncSettings(db, { ...settings, secret: rekey.secret, rekeyedAt: rekey.at });
          onRekeyed();
          return;
        }
      } finally {
        busy = false;
        if (again) {
          again = false;
          void onChange();
        }
      }
    };
    // Carets move with every keystroke of every co-author: only a state announcing a re-key is
    // worth reading the database for.
    const announcesRekey = (clientId: number) => {
      const state: unknown = open.awareness.getStates().get(clientId);
      return typeof state === 'object' && state !== null && 'rekey' in state && state.rekey !== null && state.rekey !== undefined;
    };
    const listener = ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
      if (origin !== 'local' && [...added, ...updated].some(announcesRekey)) void onChange();
    };
    open.awareness.on('change', listener);
    return () => open.awareness.off('change', listener);
  }, [db, open, members, integrity, onRekeyed]);

  return async () => {
    if (!me || me.role !== 'coordinator') return;
    const settings = await loadSyncSettings(db, open.id);
    const rekey = await signRekey(integrity.privateKey, { workspaceId: open.id, secret: newWorkspaceSecret(), at: new Date().toISOString(), by: me.id });
    open.awareness.setLocalStateField('rekey', rekey);
    await saveSyncSettings(db, { ...settings, secret: rekey.secret, rekeyedAt: rekey.at });
    await new Promise((resolve) => setTimeout(resolve, HANDOVER_MS));
    open.awareness.setLocalStateField('rekey', null);
    onRekeyed();
  };
}
