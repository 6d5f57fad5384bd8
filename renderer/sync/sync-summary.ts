import type { TFunction } from 'i18next';
import type { PeerAgreementState } from '../../shared/sync/peer-agreement';
import type { PeerSyncStatus, SyncStatus } from './workspace-sync';

/** Peers named one by one in the status; the rest are counted. */
const NAMED_PEERS = 3;
/** Worst first: the peer that is behind is what a member needs to read first. */
const ORDER: PeerAgreementState[] = ['behind', 'unknown', 'sending', 'receiving'];

/**
 * The status line, and `announce`: what a screen reader should hear about, which leaves out the
 * counts that change with every keystroke, so that a new announcement means a new situation.
 */
export function syncSummary(status: SyncStatus, t: TFunction, formatTime: (iso: string) => string): { text: string; announce: string } {
  const parts = [t(`sync.state.${status.state}`, { count: status.peers })];
  const situation = [...parts];
  if (status.agreement === 'synced') {
    parts.push(t('sync.agreement.synced'));
    situation.push('synced');
  } else if (status.agreement) {
    const unsynced = status.peerStates.filter((peer) => peer.state !== 'synced').sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
    for (const peer of unsynced.slice(0, NAMED_PEERS)) {
      parts.push(peerPhrase(peer, t));
      situation.push(`${peer.state}:${peer.name ?? ''}`);
    }
    if (unsynced.length > NAMED_PEERS) parts.push(t('sync.agreement.more', { count: unsynced.length - NAMED_PEERS }));
  }
  if (status.lastSyncedAt) parts.push(t('sync.lastSynced', { when: formatTime(status.lastSyncedAt) }));
  return { text: parts.join(' · '), announce: situation.join(' · ') };
}

function peerPhrase(peer: PeerSyncStatus, t: TFunction): string {
  const name = peer.name ?? t('sync.agreement.aMember');
  if (peer.state === 'behind') return t('sync.agreement.behind', { name, count: peer.pending });
  return t(`sync.agreement.${peer.state}`, { name });
}
