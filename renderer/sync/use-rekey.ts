import { useEffect } from 'react';
import type { MembershipView } from '../../shared/integrity/membership-log';
import { logAllows } from '../../shared/integrity/membership-roles';
import { rotationBacking, secretRotationEntry } from '../../shared/integrity/secret-commitment';
import type { Member } from '../../shared/members/member';
import { newWorkspaceSecret } from '../../shared/sync/room-name';
import { acceptRekey, signRekey } from '../../shared/sync/rekey';
import { useApp } from '../app/app-context';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { loadSyncSettings, saveSyncSettings } from './sync-settings';

/** Long enough for the members online to receive the new secret before this app switches to it. */
const HANDOVER_MS = 2500;

/** Who may rotate: by the log when the workspace has one; by the plain record only in a workspace older than the log. */
function mayRotate(view: MembershipView, members: readonly Member[], memberId: string, now: Date): boolean {
  if (view.root !== null) return logAllows(view, memberId, 'rotate-secret', now);
  return members.some((member) => member.id === memberId && member.role === 'coordinator');
}

/**
 * Applies a coordinator's re-key when a connected member announces one and the membership log
 * holds that member's rotation committing to that very secret: the new secret replaces the old,
 * and sync restarts with it. Returns the coordinator's action that rotates and announces.
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
        const view = await integrity.membership();
        const keyOf = await integrity.keyLookup(view);
        for (const [clientId, state] of open.awareness.getStates()) {
          if (clientId === open.awareness.clientID || !state || typeof state !== 'object' || !('rekey' in state)) continue;
          const rekey = await acceptRekey(state.rekey, {
            workspaceId: open.id,
            lastAppliedAt: settings.rekeyedAt,
            isCoordinator: (memberId) => mayRotate(view, members, memberId, new Date()),
            keyOf,
          });
          if (!rekey || rekey.secret === settings.secret) continue;
          // Only the latest rotation in the log, by this member, committing to this secret: an
          // announcement the log does not back (or one replayed from before) changes nothing.
          if (view.root !== null && !(await rotationBacking(view, rekey, 0))) continue;
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
    // The rotation's log entry may arrive after the announcement: look again when it does.
    const stopObserving = integrity.membershipLog.observe(() => void onChange());
    return () => {
      open.awareness.off('change', listener);
      stopObserving();
    };
  }, [db, open, members, integrity, onRekeyed]);

  return async () => {
    const now = new Date();
    const view = await integrity.membership();
    if (!me || !mayRotate(view, members, me.id, now)) return;
    const settings = await loadSyncSettings(db, open.id);
    const secret = newWorkspaceSecret();
    // The log gets a commitment first, so members' apps can check the announcement against it.
    if (view.root !== null) await integrity.membershipLog.append(await secretRotationEntry(view, { memberId: me.id, privateKey: integrity.privateKey, publicKey: integrity.publicKey }, secret, now));
    const rekey = await signRekey(integrity.privateKey, { workspaceId: open.id, secret, at: now.toISOString(), by: me.id });
    open.awareness.setLocalStateField('rekey', rekey);
    await saveSyncSettings(db, { ...settings, secret: rekey.secret, rekeyedAt: rekey.at });
    await new Promise((resolve) => setTimeout(resolve, HANDOVER_MS));
    open.awareness.setLocalStateField('rekey', null);
    onRekeyed();
  };
}
