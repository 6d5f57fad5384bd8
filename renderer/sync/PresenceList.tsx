import { useTranslation } from 'react-i18next';
import type { PresentPeer } from './use-sync-status';

export function PresenceList({ peers, documentTitle }: { peers: PresentPeer[]; documentTitle: (id: string) => string | undefined }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="presence-heading" className="presence">
      <h2 id="presence-heading" className="presence-heading">
        {t('sync.onlineNow', { count: peers.length })}
      </h2>
      {peers.length > 0 ? (
        <ul>
          {peers.map((peer) => {
            const title = peer.documentId ? documentTitle(peer.documentId) : undefined;
            return (
              <li key={peer.clientId}>
                <span className="presence-dot" style={{ background: peer.color }} aria-hidden="true" /> {peer.name}
                {title ? ` — ${t('sync.inDocument', { title })}` : ''}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
