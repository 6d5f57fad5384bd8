import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { chunkPeer } from '../../../renderer/sync/chunked-peer';
import { guardPeer } from '../../../renderer/sync/peer-guard';
import { MessageReassembly, splitMessage } from '../../../shared/sync/message-chunks';
import { checkPeerMessage } from '../../../shared/sync/peer-message-guard';
import { withinBounds } from './bounded';

/** A connection as simple-peer presents it, with y-webrtc's reader on it applying sync messages to `doc`. */
class FakePeer extends EventEmitter {
  destroyed = false;
  readonly bufferSize = 0;
  constructor(doc: Y.Doc) {
    super();
    this.on('data', (data: Uint8Array) => {
      const decoder = decoding.createDecoder(data);
      if (decoding.readVarUint(decoder) === 0) syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'peer');
    });
  }
  override listeners(event: 'data') {
    return super.listeners(event) as Array<(data: Uint8Array) => void>;
  }
  send(): void {}
  destroy(): void {
    this.destroyed = true;
  }
}

const base = (() => {
  const doc = new Y.Doc();
  doc.getText('body:charter').insert(0, 'Article 1. Members decide by consensus.');
  doc.getMap('members').set('m-amara', { name: 'Amara Velde' });
  return Y.encodeStateAsUpdate(doc);
})();
/** This member's copy: the same history the peer's edit builds on. */
function baseDoc(): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  return doc;
}
function peerEdit(): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  const before = Y.encodeStateVector(doc);
  doc.getText('body:charter').insert(11, 'All ');
  doc.getMap('members').set('m-ko', { name: 'Ko Tanaka' });
  return Y.encodeStateAsUpdate(doc, before);
}
const edit = peerEdit();
const syncMessage = (step: number, payload: Uint8Array) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
};

const mutate = (bytes: Uint8Array, flips: Array<[number, number]>) => {
  const copy = bytes.slice();
  for (const [at, value] of flips) copy[at % copy.length] = value;
  return copy;
};
const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 });
const message = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  flips.map((f) => mutate(syncMessage(2, edit), f)),
  flips.map((f) => syncMessage(2, mutate(edit, f))),
  flips.map((f) => syncMessage(1, mutate(edit, f))),
  fc.tuple(fc.nat(edit.length), fc.constantFrom(0, 1, 2)).map(([cut, step]) => syncMessage(step, edit.slice(0, cut))),
  fc.uint8Array({ maxLength: 512 }).map((tail) => Uint8Array.from([0xff, 0x63, 0x6b, 0x01, ...tail])),
);

describe('peer messages at the boundary', () => {
  it('the guard judges any message without throwing, within the time bound', () => {
    fc.assert(
      fc.property(message, (bytes) => {
        const verdict = withinBounds(() => checkPeerMessage(bytes));
        if (!verdict.ok) expect(verdict.reason).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('reassembly takes any sequence of frames without throwing, and never holds more than its limits', () => {
    const frames = fc.array(
      fc.oneof(
        message,
        fc.tuple(fc.uint8Array({ minLength: 100, maxLength: 3000 }), fc.nat(5)).chain(([whole, id]) => fc.subarray(splitMessage(whole, id, 64), { minLength: 1 })).chain((parts) => fc.constant(parts[0] ?? new Uint8Array())),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(frames, (sequence) => {
        const reassembly = new MessageReassembly({ maxMessageBytes: 4096, maxPartialMessages: 2, partialTimeoutMs: 1000 });
        sequence.forEach((frame, i) => {
          const received = withinBounds(() => reassembly.accept(frame, i));
          if (received.kind === 'message') expect(received.message.byteLength).toBeLessThanOrEqual(Math.max(4096, frame.byteLength));
        });
        expect(reassembly.pendingMessages).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('a Yjs update from a peer is applied or the peer is cut off, never thrown into the app; a refused one changes nothing', () => {
    fc.assert(
      fc.property(fc.array(message, { minLength: 1, maxLength: 4 }), (messages) => {
        const doc = baseDoc();
        const peer = new FakePeer(doc);
        const log: string[] = [];
        guardPeer(peer, 'peer-1', (line) => log.push(line));
        chunkPeer(peer, 'peer-1', (line) => log.push(line));
        for (const bytes of messages) {
          if (peer.destroyed) break;
          const before = Y.encodeStateAsUpdateV2(doc);
          withinBounds(() => peer.emit('data', bytes), `a message of ${bytes.length} bytes`);
          if (peer.destroyed) expect(Y.encodeStateAsUpdateV2(doc)).toEqual(before);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the genuine edit passes the same guard and lands', () => {
    const doc = baseDoc();
    const peer = new FakePeer(doc);
    guardPeer(peer, 'peer-1', () => undefined);
    chunkPeer(peer, 'peer-1', () => undefined);
    peer.emit('data', syncMessage(2, edit));
    expect(peer.destroyed).toBe(false);
    expect(doc.getText('body:charter').toString()).toBe('Article 1. All Members decide by consensus.');
  });
});
