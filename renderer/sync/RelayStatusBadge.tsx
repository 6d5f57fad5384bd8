import { useTranslation } from 'react-i18next';
import type { RelayStatus } from './relay-sync';
import './relay.css';

/** One line per relay, next to the peer-to-peer status: "all changes stored" only once the relay has acknowledged them. */
export function RelayStatusBadge({ statuses }: { statuses: RelayStatus[] }) {
  const { t } = useTranslation();
  if (statuses.length === 0) return null;
  return (
    <span className="relay-statuses">
      {statuses.map((status) => (
        <span key={status.url} className={`relay-status relay-${status.state}`} role="status" data-relay-state={status.state}>
          {t('relay.badge', { host: hostOf(status.url), state: t(`relay.state.${status.state}`) })}
        </span>
      ))}
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
