import { MessageReassembly, splitMessage } from '../../shared/sync/message-chunks';

/** The parts of simple-peer's Peer that chunking uses (public API only). */
export interface ChunkablePeer {
  listeners(event: 'data'): Array<(data: Uint8Array) => void>;
  removeAllListeners(event: 'data'): void;
  on(event: 'data', listener: (data: Uint8Array) => void): void;
  once(event: 'close', listener: () => void): void;
  send(data: Uint8Array): void;
  /** Bytes queued in the data channel and not yet sent. */
  readonly bufferSize: number;
  destroy(): void;
}

/**
 * Frames go to the data channel only while it holds less than this: Chromium refuses a send that
 * would queue more than 16 MB, and a short queue lets a keystroke follow a large paste quickly.
 */
const SEND_HIGH_WATER_BYTES = 1024 * 1024;
/** How often a full channel is looked at again (simple-peer keeps its own drain event private). */
const DRAIN_POLL_MS = 5;

const chunked = new WeakSet<ChunkablePeer>();

/**
 * Lets one peer connection carry messages of any size up to the peer guard's limit: every send
 * larger than a frame goes out as frames, and every frame received is reassembled before the
 * readers already on the connection (the peer guard, then y-webrtc) see the whole message. Apply it
 * after guardPeer. A peer whose frames are malformed is cut off, as for any malformed message.
 */
export function chunkPeer(peer: ChunkablePeer, peerId: string, log: (message: string) => void = console.warn): void {
  if (chunked.has(peer)) return;
  chunked.add(peer);
  const stopReceiving = reassembleIncoming(peer, peerId, log);
  const stopSending = splitOutgoing(peer);
  peer.once('close', () => {
    stopReceiving();
    stopSending();
  });
}

function reassembleIncoming(peer: ChunkablePeer, peerId: string, log: (message: string) => void): () => void {
  const readers = peer.listeners('data');
  peer.removeAllListeners('data');
  const reassembly = new MessageReassembly();
  let sweep: ReturnType<typeof setInterval> | undefined;
  const stopSweeping = () => {
    clearInterval(sweep);
    sweep = undefined;
  };
  peer.on('data', (data: Uint8Array) => {
    const received = reassembly.accept(data instanceof Uint8Array ? data : new Uint8Array(data), Date.now());
    if (received.kind === 'refused') {
      log(`Disconnected peer ${peerId}: ${received.reason}`);
      stopSweeping();
      peer.destroy();
      return;
    }
    if (received.kind === 'message') readers.forEach((read) => read(received.message));
    if (reassembly.pendingMessages === 0) stopSweeping();
    else sweep ??= setInterval(() => {
      // What was missing of a dropped message is asked for again by the next resync.
      const dropped = reassembly.expire(Date.now());
      if (dropped > 0) log(`Dropped ${dropped} incomplete message(s) from peer ${peerId}: no frame came in time`);
      if (reassembly.pendingMessages === 0) stopSweeping();
    }, 1_000);
  });
  return stopSweeping;
}

function splitOutgoing(peer: ChunkablePeer): () => void {
  const send = peer.send.bind(peer);
  // One queue per connection, first in first out: frames of two messages never interleave, and a
  // small message never overtakes a large one sent before it.
  let queue: Uint8Array[] = [];
  let next = 0;
  let drain: ReturnType<typeof setTimeout> | undefined;
  let nextMessageId = 1;

  const flush = (): void => {
    drain = undefined;
    try {
      while (next < queue.length && peer.bufferSize < SEND_HIGH_WATER_BYTES) send(queue[next++] as Uint8Array);
    } catch {
      // The channel is closing; the next connection starts with a full exchange.
      queue = [];
      next = 0;
      return;
    }
    if (next < queue.length) drain = setTimeout(flush, DRAIN_POLL_MS);
    else {
      queue = [];
      next = 0;
    }
  };

  peer.send = (data: Uint8Array): void => {
    const frames = splitMessage(data, nextMessageId);
    if (frames.length > 1) nextMessageId++;
    // The common case, a keystroke on an idle channel, is sent at once; y-webrtc sees its errors as before.
    if (frames.length === 1 && next >= queue.length && peer.bufferSize < SEND_HIGH_WATER_BYTES) {
      send(data);
      return;
    }
    queue.push(...frames);
    if (drain === undefined) flush();
  };

  return () => {
    clearTimeout(drain);
    queue = [];
    next = 0;
  };
}
