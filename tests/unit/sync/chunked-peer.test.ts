import { EventEmitter } from 'node:events';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it, vi } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CHUNK_FRAME_BYTES, splitMessage } from '../../../shared/sync/message-chunks';
import { chunkPeer } from '../../../renderer/sync/chunked-peer';
import { guardPeer } from '../../../renderer/sync/peer-guard';

/** One end of a data channel: what is sent is queued (bufferSize) and delivered to the other end a tick later. */
class FakeChannelEnd extends EventEmitter {
  bufferSize = 0;
  largestBuffer = 0;
  largestFrame = 0;
  destroyed = false;
  other: FakeChannelEnd | undefined;

  override listeners(event: 'data'): Array<(data: Uint8Array) => void> {
    return super.listeners(event) as Array<(data: Uint8Array) => void>;
  }

  send(data: Uint8Array): void {
    if (data.byteLength > 256 * 1024) throw new TypeError('message too large for the data channel');
    this.largestFrame = Math.max(this.largestFrame, data.byteLength);
    this.bufferSize += data.byteLength;
    this.largestBuffer = Math.max(this.largestBuffer, this.bufferSize);
    const copy = data.slice();
    setTimeout(() => {
      this.bufferSize -= copy.byteLength;
      if (!this.other?.destroyed) this.other?.emit('data', copy);
    }, 0);
  }

  destroy(): void {
    this.destroyed = true;
    this.emit('close');
  }
}

function channel(): [FakeChannelEnd, FakeChannelEnd] {
  const a = new FakeChannelEnd();
  const b = new FakeChannelEnd();
  a.other = b;
  b.other = a;
  return [a, b];
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** What y-webrtc does with a sync message from a peer, reduced to applying updates. */
function readerFor(doc: Y.Doc): (data: Uint8Array) => void {
  return (data) => {
    const decoder = decoding.createDecoder(data);
    expect(decoding.readVarUint(decoder)).toBe(0);
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'peer');
  };
}

function connectedPair(docs: [Y.Doc, Y.Doc], log = vi.fn()) {
  const [a, b] = channel();
  a.on('data', readerFor(docs[0]));
  b.on('data', readerFor(docs[1]));
  for (const [end, id] of [[a, 'b'], [b, 'a']] as const) {
    guardPeer(end, id, log);
    chunkPeer(end, id, log);
  }
  return { a, b, log };
}

describe('a peer connection that carries large messages', () => {
  it('delivers a 5 MB paste in frames within the channel limits, and the keystroke after it too', async () => {
    const here = new Y.Doc();
    const there = new Y.Doc();
    const { a, b } = connectedPair([here, there]);
    let update: Uint8Array = new Uint8Array();
    here.once('update', (u: Uint8Array) => (update = u));
    here.getText('charter').insert(0, 'Open maps for every region. '.repeat(180_000));
    expect(update.byteLength).toBeGreaterThan(5_000_000);
    a.send(updateMessage(update));
    here.once('update', (u: Uint8Array) => a.send(updateMessage(u)));
    here.getText('charter').insert(0, 'K');

    await vi.waitFor(() => expect(there.getText('charter').length).toBe(here.getText('charter').length), { timeout: 10_000 });
    expect(there.getText('charter').toString()).toBe(here.getText('charter').toString());
    expect(a.largestFrame).toBeLessThanOrEqual(CHUNK_FRAME_BYTES);
    expect(a.largestBuffer).toBeLessThanOrEqual(1024 * 1024 + CHUNK_FRAME_BYTES);
    expect(b.destroyed).toBe(false);
  });

  it('sends a small message as it is, at once', () => {
    const [a] = channel();
    const sent = vi.spyOn(a, 'send');
    chunkPeer(a, 'b', vi.fn());
    const small = updateMessage(new Uint8Array([0, 0]));
    a.send(small);
    expect(sent).toHaveBeenCalledWith(small);
    expect(a.bufferSize).toBe(small.byteLength);
  });

  it('cuts off a peer whose frames are malformed, and the reader never sees them', async () => {
    const [a, b] = channel();
    const reader = vi.fn();
    b.on('data', reader);
    const log = vi.fn();
    guardPeer(b, 'a', log);
    chunkPeer(b, 'a', log);
    const frames = splitMessage(new Uint8Array(200_000), 1);
    a.send(frames[1] as Uint8Array); // a message that was never started
    await vi.waitFor(() => expect(b.destroyed).toBe(true));
    expect(reader).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Disconnected peer a'));
  });

  it('is applied once per connection however often it is asked', async () => {
    const here = new Y.Doc();
    const there = new Y.Doc();
    const { a, b, log } = connectedPair([here, there]);
    chunkPeer(a, 'b', log);
    chunkPeer(b, 'a', log);
    let update: Uint8Array = new Uint8Array();
    here.once('update', (u: Uint8Array) => (update = u));
    here.getText('t').insert(0, 'x'.repeat(300_000));
    a.send(updateMessage(update));
    await vi.waitFor(() => expect(there.getText('t').length).toBe(300_000));
    expect(log).not.toHaveBeenCalled();
  });
});
