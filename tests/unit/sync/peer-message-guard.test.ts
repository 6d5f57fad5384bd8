import * as encoding from 'lib0/encoding';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { checkPeerMessage, MAX_PEER_MESSAGE_BYTES } from '../../../shared/sync/peer-message-guard';
import { guardPeer } from '../../../renderer/sync/peer-guard';

function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

function awarenessMessage(awareness: awarenessProtocol.Awareness): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
  return encoding.toUint8Array(encoder);
}

describe('peer message check', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'Charter of the coalition');

  it('accepts the messages y-webrtc peers exchange', () => {
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalStateField('user', { name: 'Amara Velde', color: '#1d4ed8' });
    expect(checkPeerMessage(syncStep1(doc))).toEqual({ ok: true });
    expect(checkPeerMessage(updateMessage(Y.encodeStateAsUpdate(doc)))).toEqual({ ok: true });
    expect(checkPeerMessage(awarenessMessage(awareness))).toEqual({ ok: true });
    expect(checkPeerMessage(new Uint8Array([3]))).toEqual({ ok: true });
  });

  it('rejects unknown kinds, broken updates, trailing bytes and oversized messages', () => {
    expect(checkPeerMessage(new Uint8Array([9, 1, 2])).ok).toBe(false);
    expect(checkPeerMessage(updateMessage(new Uint8Array([1, 200, 3, 4]))).ok).toBe(false);
    expect(checkPeerMessage(new Uint8Array([...syncStep1(doc), 7])).ok).toBe(false);
    expect(checkPeerMessage(new Uint8Array(MAX_PEER_MESSAGE_BYTES + 1)).ok).toBe(false);
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(() => checkPeerMessage(bytes)).not.toThrow();
      }),
    );
  });
});

describe('guarded peer connection', () => {
  function fakePeer() {
    const listeners: Array<(data: Uint8Array) => void> = [];
    return {
      destroyed: false,
      listeners: () => [...listeners],
      removeAllListeners: () => void listeners.splice(0),
      on: (_event: 'data', listener: (data: Uint8Array) => void) => void listeners.push(listener),
      emit(data: Uint8Array) {
        listeners.forEach((listener) => listener(data));
      },
      destroy() {
        this.destroyed = true;
      },
    };
  }

  it('passes good messages to the reader and cuts off a peer that sends garbage', () => {
    const peer = fakePeer();
    const reader = vi.fn();
    peer.on('data', reader);
    const log = vi.fn();
    guardPeer(peer, 'peer-1', log);
    const good = syncStep1(new Y.Doc());
    peer.emit(good);
    expect(reader).toHaveBeenCalledWith(good);
    peer.emit(new Uint8Array([42, 42]));
    expect(reader).toHaveBeenCalledTimes(1);
    expect(peer.destroyed).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('peer-1'));
  });

  it('cuts off a peer whose message makes the reader throw, without letting the error escape', () => {
    const peer = fakePeer();
    peer.on('data', () => {
      throw new Error('cannot apply');
    });
    guardPeer(peer, 'peer-2', () => undefined);
    expect(() => peer.emit(syncStep1(new Y.Doc()))).not.toThrow();
    expect(peer.destroyed).toBe(true);
  });
});
