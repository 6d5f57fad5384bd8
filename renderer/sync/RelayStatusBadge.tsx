import { useTranslation } from 'react-i18next';
import type { RelayStatus } from './relay-sync';
import { useSettled } from './use-settled';
import './relay.css';

/** As long as the status of the peer-to-peer badge: a relay's news is spoken once it holds. */
const ANNOUNCE_AFTER_MS = 2_000;

/**
 * One line per relay, next to the peer-to-peer status: "synced through relay" only once the relay
 * has acknowledged everything this app has, otherwise what is still pending.
 */
export function RelayStatusBadge({ statuses }: { statuses: RelayStatus[] }) {
  const { t } = useTranslation();
  const lines = statuses.map((status) => {
    const state = status.state === 'connected' && status.pending ? t('relay.state.sending', { count: status.pending }) : t(`relay.state.${status.state}`);
    return { status, text: t('relay.badge', { host: hostOf(status.url), state }) };
  });
  // Pending counts change with each keystroke; the live region speaks when a relay's state changes and holds.
  const announced = useSettled(lines.map((line) => line.text).join('. '), statuses.map((status) => status.state).join(), ANNOUNCE_AFTER_MS);
  if (statuses.length === 0) return null;
  return (
    <span className="relay-statuses">
      {lines.map(({ status, text }) => (
        <span key={status.url} className={`relay-status relay-${status.state}`} data-relay-state={status.state}>
          {text}
        </span>
      ))}
      <span className="visually-hidden" role="status">
        {announced}
      </span>
    </span>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
