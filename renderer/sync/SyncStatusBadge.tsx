import { useTranslation } from 'react-i18next';
import { useFormats } from '../i18n/use-formats';
import { syncSummary } from './sync-summary';
import { useSettled } from './use-settled';
import type { SyncStatus, WorkspaceSync } from './workspace-sync';

/** How long a situation must hold before a screen reader is told about it. */
const ANNOUNCE_AFTER_MS = 2_000;

/** `relayCount`: relays show their own status; with one, a workspace without signaling still syncs and can be paused. */
export function SyncStatusBadge({ status, sync, relayCount = 0 }: { status: SyncStatus | undefined; sync: WorkspaceSync | undefined; relayCount?: number }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const formatTime = (iso: string) => formats.time(iso, { seconds: true });
  const summary = status ? syncSummary(status, t, formatTime) : undefined;
  const announced = useSettled(summary?.text ?? '', summary?.announce ?? '', ANNOUNCE_AFTER_MS);
  if (!status || !sync || !summary) return null;
  const paused = status.state === 'paused';
  const relayOnly = status.state === 'no-servers' && relayCount > 0;
  return (
    <span className="sync-controls">
      {relayOnly ? null : (
        <>
          {/* Shown as it is; the live region below speaks only once a situation holds. */}
          <span className={`sync-status sync-${status.state}${status.agreement ? ` sync-agreement-${status.agreement}` : ''}`} data-peers={status.peers} data-agreement={status.agreement ?? ''}>
            {summary.text}
          </span>
          <span className="visually-hidden" role="status">
            {announced}
          </span>
        </>
      )}
      {status.state !== 'no-servers' || paused || relayOnly ? (
        <button type="button" onClick={() => (paused ? sync.resume() : sync.pause())}>
          {t(paused ? 'sync.resume' : 'sync.pause')}
        </button>
      ) : null}
    </span>
  );
}
