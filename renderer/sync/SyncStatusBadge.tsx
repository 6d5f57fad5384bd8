import { useTranslation } from 'react-i18next';
import type { SyncStatus, WorkspaceSync } from './workspace-sync';

/** `relayCount`: relays show their own status; with one, a workspace without signaling still syncs and can be paused. */
export function SyncStatusBadge({ status, sync, relayCount = 0 }: { status: SyncStatus | undefined; sync: WorkspaceSync | undefined; relayCount?: number }) {
  const { t, i18n } = useTranslation();
  if (!status || !sync) return null;
  const last = status.lastSyncedAt
    ? t('sync.lastSynced', { when: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(new Date(status.lastSyncedAt)) })
    : '';
  const paused = status.state === 'paused';
  const relayOnly = status.state === 'no-servers' && relayCount > 0;
  return (
    <span className="sync-controls">
      {relayOnly ? null : (
        <span className={`sync-status sync-${status.state}`} role="status" data-peers={status.peers}>
          {t(`sync.state.${status.state}`, { count: status.peers })}
          {last ? ` · ${last}` : ''}
        </span>
      )}
      {status.state !== 'no-servers' || paused || relayOnly ? (
        <button type="button" onClick={() => (paused ? sync.resume() : sync.pause())}>
          {t(paused ? 'sync.resume' : 'sync.pause')}
        </button>
      ) : null}
    </span>
  );
}
