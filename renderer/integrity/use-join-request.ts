import { useEffect } from 'react';
import { signJoinRequest } from '../../shared/integrity/admission';
import { memberOf } from '../../shared/integrity/membership-log';
import { useApp } from '../app/app-context';
import { loadSyncSettings, saveSyncSettings } from '../sync/sync-settings';
import type { IntegritySnapshot, WorkspaceIntegrity } from './workspace-integrity';

/**
 * A member who joined with an invite's admission token asks to be admitted: a join request signed
 * with this install's key, which the inviter's app (or any coordinator's) countersigns into the
 * log. Until then this member's signatures count for nothing. Once admitted, the token is dropped.
 */
export function useJoinRequest(workspaceId: string, integrity: WorkspaceIntegrity, snapshot: IntegritySnapshot, memberId: string | undefined): void {
  const { db, installKey } = useApp();
  const view = snapshot.membership;
  const admitted = view !== undefined && memberId !== undefined && memberOf(view, memberId) !== undefined;
  useEffect(() => {
    if (!memberId || !view?.root) return;
    void loadSyncSettings(db, workspaceId).then(async (settings) => {
      const token = settings.admissionToken;
      if (!token) return;
      if (admitted) return saveSyncSettings(db, { ...settings, admissionToken: undefined });
      if (integrity.joinRequests.list().some((request) => request.memberId === memberId && request.token === token)) return;
      await integrity.joinRequests.put(await signJoinRequest(installKey, { workspaceId, memberId, token, at: new Date().toISOString() }));
    });
  }, [db, installKey, integrity, workspaceId, memberId, view?.root, admitted]);
}
