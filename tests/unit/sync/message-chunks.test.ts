import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHUNK_FRAME_BYTES,
  CHUNK_HEADER_BYTES,
  DEFAULT_REASSEMBLY_LIMITS,
  isChunkFrame,
  MessageReassembly,
  splitMessage,
  type ReassemblyLimits,
  type ReceivedFrame,
} from '../../../shared/sync/message-chunks';

/** A message of `size` bytes whose content depends on `seed`, so misplaced bytes show. */
function message(size: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) & 0xff;
  // Real y-webrtc messages start with their kind, 0..4; never with the chunk magic.
  if (size > 0) bytes[0] = seed % 5;
  return bytes;
}

function deliver(reassembly: MessageReassembly, frames: Uint8Array[], now = 0): ReceivedFrame[] {
  return frames.map((frame) => reassembly.accept(frame, now));
}

function wholeMessages(results: ReceivedFrame[]): Uint8Array[] {
  return results.flatMap((result) => (result.kind === 'message' ? [result.message] : []));
}

/** A copy of `frame` with one uint32 header field (at byte `offset`) set to `value`. */
function withHeader(frame: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = frame.slice();
  new DataView(copy.buffer).setUint32(offset, value);
  return copy;
}

const smallFrames = 64 + CHUNK_HEADER_BYTES; // 64 payload bytes a frame keeps the property tests fast

describe('splitting a peer message into frames', () => {
  it('leaves a message that fits one frame untouched, so plain y-webrtc peers still read it', () => {
    const small = message(CHUNK_FRAME_BYTES);
    expect(splitMessage(small, 1)).toEqual([small]);
    expect(isChunkFrame(small)).toBe(false);
  });

  it('splits a 5 MB message into bounded frames that no y-webrtc reader mistakes for its own', () => {
    const frames = splitMessage(message(5_000_000), 7);
    expect(frames.length).toBe(Math.ceil(5_000_000 / (CHUNK_FRAME_BYTES - CHUNK_HEADER_BYTES)));
    for (const frame of frames) {
      expect(frame.byteLength).toBeLessThanOrEqual(CHUNK_FRAME_BYTES);
      expect(isChunkFrame(frame)).toBe(true);
      expect(frame[0]).toBe(0xff);
    }
  });

  it('refuses frame sizes a data channel cannot carry or that leave no room for payload', () => {
    expect(() => splitMessage(message(1000), 1, CHUNK_HEADER_BYTES)).toThrow(RangeError);
    expect(() => splitMessage(message(600_000), 1, 300 * 1024)).toThrow(RangeError);
    expect(() => splitMessage(message(1000), -1, 100)).toThrow(RangeError);
  });
});

describe('reassembling frames from one peer', () => {
  it('gives back any message, of any size, in order with whole messages in between', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2_000 }), { minLength: 1, maxLength: 12 }), (sizes) => {
        const reassembly = new MessageReassembly();
        const sent = sizes.map((size, i) => message(size, i + 1));
        const frames = sent.flatMap((m, i) => splitMessage(m, i + 1, smallFrames));
        const received = wholeMessages(deliver(reassembly, frames));
        expect(received).toEqual(sent);
        expect(reassembly.pendingMessages).toBe(0);
      }),
    );
  });

  it('handles two chunked messages whose frames interleave, within the cap on partial messages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 65, max: 1_000 }), fc.integer({ min: 65, max: 1_000 }), fc.array(fc.boolean(), { maxLength: 40 }), (a, b, picks) => {
        const first = splitMessage(message(a, 1), 1, smallFrames);
        const second = splitMessage(message(b, 2), 2, smallFrames);
        // The first frame of message 1 comes first (ids only grow); then any interleaving of the rest.
        const order: Uint8Array[] = [first.shift() as Uint8Array, second.shift() as Uint8Array];
        for (const pick of picks) {
          const from = pick ? first : second;
          if (from.length > 0) order.push(from.shift() as Uint8Array);
        }
        order.push(...first, ...second);
        const received = wholeMessages(deliver(new MessageReassembly(), order));
        expect(received).toHaveLength(2);
        expect(received).toContainEqual(message(a, 1));
        expect(received).toContainEqual(message(b, 2));
      }),
    );
  });

  it('refuses a truncated, repeated, skipped or reordered frame', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 3_000 }), fc.nat(), fc.constantFrom('truncate', 'repeat', 'skip', 'swap'), (size, at, damage) => {
        const frames = splitMessage(message(size), 1, smallFrames);
        const i = at % (frames.length - 1);
        const damaged = [...frames];
        if (damage === 'truncate') damaged[i] = (frames[i] as Uint8Array).subarray(0, CHUNK_HEADER_BYTES + 10);
        if (damage === 'repeat') damaged.splice(i, 0, frames[i] as Uint8Array);
        if (damage === 'skip') damaged.splice(i, 1);
        if (damage === 'swap') [damaged[i], damaged[i + 1]] = [frames[i + 1] as Uint8Array, frames[i] as Uint8Array];
        const results = deliver(new MessageReassembly(), damaged);
        expect(results.some((result) => result.kind === 'refused')).toBe(true);
        expect(wholeMessages(results)).not.toContainEqual(message(size));
      }),
    );
  });

  it('refuses a message that is sent again under an id already used', () => {
    const reassembly = new MessageReassembly();
    const frames = splitMessage(message(500), 4, smallFrames);
    expect(wholeMessages(deliver(reassembly, frames))).toHaveLength(1);
    expect(reassembly.accept(frames[0] as Uint8Array, 0).kind).toBe('refused');
    expect(reassembly.accept(splitMessage(message(500), 3, smallFrames)[0] as Uint8Array, 0).kind).toBe('refused');
  });

  it('refuses headers that lie: sizes over the limit, fewer bytes than frames, an index past the count, a count of one', () => {
    const frame = splitMessage(message(500), 1, smallFrames)[0] as Uint8Array;
    const cases = [
      withHeader(frame, 16, DEFAULT_REASSEMBLY_LIMITS.maxMessageBytes + 1),
      withHeader(frame, 16, 3),
      withHeader(frame, 8, 99),
      withHeader(withHeader(frame, 12, 1), 8, 0),
      frame.subarray(0, CHUNK_HEADER_BYTES),
      frame.subarray(0, 6),
    ];
    for (const lie of cases) expect(new MessageReassembly().accept(lie, 0).kind).toBe('refused');
  });

  it('refuses frames whose sizes disagree with the message they belong to', () => {
    const frames = splitMessage(message(500), 1, smallFrames);
    const reassembly = new MessageReassembly();
    expect(reassembly.accept(frames[0] as Uint8Array, 0).kind).toBe('pending');
    expect(reassembly.accept(withHeader(frames[1] as Uint8Array, 16, 600), 0).kind).toBe('refused');
  });

  it('never throws and never returns more than was claimed, whatever the bytes', () => {
    const magic = splitMessage(message(200), 1, smallFrames)[0]?.subarray(0, 4) as Uint8Array;
    const frame = fc.oneof(
      fc.uint8Array({ maxLength: 120 }),
      fc.uint8Array({ minLength: 0, maxLength: 120 }).map((tail) => new Uint8Array([...magic, ...tail])),
    );
    fc.assert(
      fc.property(fc.array(frame, { maxLength: 20 }), (frames) => {
        const reassembly = new MessageReassembly({ ...DEFAULT_REASSEMBLY_LIMITS, maxMessageBytes: 1_000 });
        for (const bytes of frames) {
          const result = reassembly.accept(bytes, 0);
          if (result.kind === 'message' && isChunkFrame(bytes)) expect(result.message.byteLength).toBeLessThanOrEqual(1_000);
        }
      }),
    );
  });
});

describe('limits on what a peer can make us hold', () => {
  const limits: ReassemblyLimits = { maxMessageBytes: 10_000, maxPartialMessages: 2, partialTimeoutMs: 1_000 };

  it('refuses a chunked message larger than the limit on a reassembled message from its first frame', () => {
    const first = splitMessage(message(10_001), 1, smallFrames)[0] as Uint8Array;
    expect(new MessageReassembly(limits).accept(first, 0)).toMatchObject({ kind: 'refused' });
  });

  it('refuses a third message at once, and two whose sizes together pass the limit', () => {
    const starts = [1, 2, 3].map((id) => splitMessage(message(1_000, id), id, smallFrames)[0] as Uint8Array);
    const reassembly = new MessageReassembly(limits);
    expect(deliver(reassembly, starts).map((result) => result.kind)).toEqual(['pending', 'pending', 'refused']);
    const big = new MessageReassembly(limits);
    expect(big.accept(splitMessage(message(6_000), 1, smallFrames)[0] as Uint8Array, 0).kind).toBe('pending');
    expect(big.accept(splitMessage(message(6_000), 2, smallFrames)[0] as Uint8Array, 0).kind).toBe('refused');
  });

  it('drops a message whose next frame does not come in time, and refuses its late frames', () => {
    const frames = splitMessage(message(1_000), 1, smallFrames);
    const reassembly = new MessageReassembly(limits);
    expect(reassembly.accept(frames[0] as Uint8Array, 0).kind).toBe('pending');
    expect(reassembly.accept(frames[1] as Uint8Array, 900).kind).toBe('pending');
    expect(reassembly.expire(1_800)).toBe(0); // 900 ms since its last frame: still waiting
    expect(reassembly.expire(1_900)).toBe(1);
    expect(reassembly.pendingMessages).toBe(0);
    expect(reassembly.accept(frames[2] as Uint8Array, 1_901).kind).toBe('refused');
    // A later message is read normally.
    expect(wholeMessages(deliver(new MessageReassembly(limits), splitMessage(message(1_000), 2, smallFrames)))).toEqual([message(1_000)]);
  });
});
