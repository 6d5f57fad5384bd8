import { checkPeerMessage } from '../../shared/sync/peer-message-guard';

interface GuardablePeer {
  listeners(event: 'data'): Array<(data: Uint8Array) => void>;
  removeAllListeners(event: 'data'): void;
  on(event: 'data', listener: (data: Uint8Array) => void): void;
  destroy(): void;
}

/**
 * Puts the message check in front of y-webrtc's own reader for one peer connection: a malformed
 * or oversized message is dropped and logged, and that peer is disconnected; the local workspace
 * is untouched.
 */
export function guardPeer(peer: GuardablePeer, peerId: string, log: (message: string) => void = console.warn): void {
  const readers = peer.listeners('data');
  peer.removeAllListeners('data');
  peer.on('data', (data: Uint8Array) => {
    const verdict = checkPeerMessage(data instanceof Uint8Array ? data : new Uint8Array(data));
    if (!verdict.ok) {
      log(`Disconnected peer ${peerId}: ${verdict.reason}`);
      peer.destroy();
      return;
    }
    try {
      readers.forEach((read) => read(data));
    } catch (error) {
      log(`Disconnected peer ${peerId}: its message could not be applied (${error instanceof Error ? error.message : String(error)})`);
      peer.destroy();
    }
  });
}
