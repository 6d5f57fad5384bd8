import { useTranslation } from 'react-i18next';
import type { SyncStatus, WorkspaceSync } from './workspace-sync';

export function SyncStatusBadge({ status, sync }: { status: SyncStatus | undefined; sync: WorkspaceSync | undefined }) {
  const { t, i18n } = useTranslation();
  if (!status || !sync) return null;
  const last = status.lastSyncedAt
    ? t('sync.lastSynced', { when: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(new Date(status.lastSyncedAt)) })
    : '';
  const paused = status.state === 'paused';
  return (
    <span className="sync-controls">
      <span className={`sync-status sync-${status.state}`} role="status" data-peers={status.peers}>
        {t(`sync.state.${status.state}`, { count: status.peers })}
        {last ? ` · ${last}` : ''}
      </span>
      {status.state !== 'no-servers' || paused ? (
        <button type="button" onClick={() => (paused ? sync.resume() : sync.pause())}>
          {t(paused ? 'sync.resume' : 'sync.pause')}
        </button>
      ) : null}
    </span>
  );
}
