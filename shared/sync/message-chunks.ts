import { MAX_PEER_MESSAGE_BYTES } from './peer-message-guard';

/**
 * Splitting of large peer messages into bounded frames, and their reassembly. A WebRTC data channel
 * in Chromium carries about 256 KiB per message and y-webrtc does not split larger Yjs updates: one
 * big paste would never arrive and would hold back every later change (decision 0016).
 *
 * A frame: MAGIC (4 bytes) | message id | index | count | total bytes (each uint32, big-endian) |
 * payload. No y-webrtc message starts with 0xff (its first varuint is the message kind, 0 to 4), so
 * frames and whole messages can share the channel and small messages stay readable by plain y-webrtc.
 */

/** The largest frame we send: well under the data channel's limit, small enough not to hold keystrokes back long. */
export const CHUNK_FRAME_BYTES = 64 * 1024;
/** The largest frame we accept: what a Chromium data channel carries at all. */
export const MAX_FRAME_BYTES = 256 * 1024;
export const CHUNK_HEADER_BYTES = 20;

const MAGIC = [0xff, 0x63, 0x6b, 0x01] as const; // 0xff, "ck", format version 1

export interface ReassemblyLimits {
  /** Largest message once reassembled (the peer guard's limit on any message). */
  maxMessageBytes: number;
  /** Messages being reassembled at once from one peer; our sender never interleaves, so this is headroom. */
  maxPartialMessages: number;
  /** A partial message whose next frame does not come within this time is dropped. */
  partialTimeoutMs: number;
}

export const DEFAULT_REASSEMBLY_LIMITS: ReassemblyLimits = {
  maxMessageBytes: MAX_PEER_MESSAGE_BYTES,
  maxPartialMessages: 2,
  partialTimeoutMs: 30_000,
};

export function isChunkFrame(data: Uint8Array): boolean {
  return data.byteLength >= MAGIC.length && MAGIC.every((byte, i) => data[i] === byte);
}

/**
 * The frames that carry `message`: the message itself when it fits in one frame, else frames of at
 * most `frameBytes` each. `messageId` must grow from one chunked message to the next on a connection.
 */
export function splitMessage(message: Uint8Array, messageId: number, frameBytes = CHUNK_FRAME_BYTES): Uint8Array[] {
  if (message.byteLength <= frameBytes) return [message];
  if (!Number.isInteger(frameBytes) || frameBytes <= CHUNK_HEADER_BYTES || frameBytes > MAX_FRAME_BYTES) {
    throw new RangeError(`frame size ${frameBytes} is outside ${CHUNK_HEADER_BYTES + 1}..${MAX_FRAME_BYTES}`);
  }
  if (!Number.isInteger(messageId) || messageId < 0 || messageId > 0xffff_ffff) throw new RangeError(`message id ${messageId} is not a uint32`);
  const payloadBytes = frameBytes - CHUNK_HEADER_BYTES;
  const count = Math.ceil(message.byteLength / payloadBytes);
  const frames: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    const payload = message.subarray(index * payloadBytes, (index + 1) * payloadBytes);
    const frame = new Uint8Array(CHUNK_HEADER_BYTES + payload.byteLength);
    frame.set(MAGIC, 0);
    const header = new DataView(frame.buffer, frame.byteOffset, CHUNK_HEADER_BYTES);
    header.setUint32(4, messageId);
    header.setUint32(8, index);
    header.setUint32(12, count);
    header.setUint32(16, message.byteLength);
    frame.set(payload, CHUNK_HEADER_BYTES);
    frames.push(frame);
  }
  return frames;
}

/** What one frame from a peer amounts to: a whole message, nothing yet, or a reason to cut the peer off. */
export type ReceivedFrame = { kind: 'message'; message: Uint8Array } | { kind: 'pending' } | { kind: 'refused'; reason: string };

interface PartialMessage {
  count: number;
  totalBytes: number;
  parts: Uint8Array[];
  receivedBytes: number;
  lastFrameAt: number;
}

interface FrameHeader {
  messageId: number;
  index: number;
  count: number;
  totalBytes: number;
  payload: Uint8Array;
}

function readHeader(frame: Uint8Array, limits: ReassemblyLimits): FrameHeader | string {
  if (frame.byteLength > MAX_FRAME_BYTES) return `chunk of ${frame.byteLength} bytes exceeds the frame limit`;
  if (frame.byteLength <= CHUNK_HEADER_BYTES) return 'chunk without payload';
  const header = new DataView(frame.buffer, frame.byteOffset, CHUNK_HEADER_BYTES);
  const messageId = header.getUint32(4);
  const index = header.getUint32(8);
  const count = header.getUint32(12);
  const totalBytes = header.getUint32(16);
  if (count < 2) return 'a message that fits one frame was chunked';
  if (index >= count) return `chunk ${index} of ${count}`;
  if (totalBytes > limits.maxMessageBytes) return `chunked message of ${totalBytes} bytes exceeds the limit`;
  // Every frame carries at least one byte, so fewer bytes than frames cannot be right.
  if (totalBytes < count) return `${count} chunks for ${totalBytes} bytes`;
  return { messageId, index, count, totalBytes, payload: frame.subarray(CHUNK_HEADER_BYTES) };
}

/**
 * Reassembles the chunked messages of one peer. Data channels are ordered and reliable, so the
 * frames of a message must come in order, each exactly once, and message ids only grow: a gap, a
 * repeat, a frame of a message never started or a claim beyond the limits is refused (and the caller
 * cuts the peer off, as for any malformed message). Whole messages pass straight through.
 */
export class MessageReassembly {
  private readonly partials = new Map<number, PartialMessage>();
  /** The highest message id started so far; -1 before the first. */
  private lastStartedId = -1;

  constructor(private readonly limits: ReassemblyLimits = DEFAULT_REASSEMBLY_LIMITS) {}

  get pendingMessages(): number {
    return this.partials.size;
  }

  accept(frame: Uint8Array, now: number): ReceivedFrame {
    if (!isChunkFrame(frame)) return { kind: 'message', message: frame };
    const header = readHeader(frame, this.limits);
    if (typeof header === 'string') return { kind: 'refused', reason: header };
    const partial = this.partials.get(header.messageId) ?? this.start(header, now);
    if (typeof partial === 'string') return { kind: 'refused', reason: partial };
    return this.append(header, partial, now);
  }

  /** Drops partial messages that have waited too long for their next frame; returns how many. */
  expire(now: number): number {
    let dropped = 0;
    for (const [id, partial] of this.partials) {
      if (now - partial.lastFrameAt < this.limits.partialTimeoutMs) continue;
      this.partials.delete(id);
      dropped++;
    }
    return dropped;
  }

  private start(header: FrameHeader, now: number): PartialMessage | string {
    if (header.index !== 0) return `chunk ${header.index} of message ${header.messageId}, which was never started (or was dropped)`;
    if (header.messageId <= this.lastStartedId) return `message id ${header.messageId} repeats or goes back`;
    if (this.partials.size >= this.limits.maxPartialMessages) return `more than ${this.limits.maxPartialMessages} chunked messages at once`;
    let claimed = header.totalBytes;
    for (const other of this.partials.values()) claimed += other.totalBytes;
    if (claimed > this.limits.maxMessageBytes) return `chunked messages of ${claimed} bytes at once exceed the limit`;
    const partial: PartialMessage = { count: header.count, totalBytes: header.totalBytes, parts: [], receivedBytes: 0, lastFrameAt: now };
    this.partials.set(header.messageId, partial);
    this.lastStartedId = header.messageId;
    return partial;
  }

  private append(header: FrameHeader, partial: PartialMessage, now: number): ReceivedFrame {
    const refuse = (reason: string): ReceivedFrame => {
      this.partials.delete(header.messageId);
      return { kind: 'refused', reason };
    };
    if (header.count !== partial.count || header.totalBytes !== partial.totalBytes) return refuse(`chunks of message ${header.messageId} disagree on its size`);
    if (header.index !== partial.parts.length) return refuse(`chunk ${header.index} of message ${header.messageId} where ${partial.parts.length} was due`);
    const receivedBytes = partial.receivedBytes + header.payload.byteLength;
    const last = header.index === partial.count - 1;
    // Bytes left must cover one byte per frame still to come, and the last frame must end exactly.
    const framesLeft = partial.count - 1 - header.index;
    if (receivedBytes + framesLeft > partial.totalBytes || (last && receivedBytes !== partial.totalBytes)) {
      return refuse(`chunks of message ${header.messageId} do not add up to its ${partial.totalBytes} bytes`);
    }
    partial.parts.push(header.payload);
    partial.receivedBytes = receivedBytes;
    partial.lastFrameAt = now;
    if (!last) return { kind: 'pending' };
    this.partials.delete(header.messageId);
    const message = new Uint8Array(partial.totalBytes);
    let offset = 0;
    for (const part of partial.parts) {
      message.set(part, offset);
      offset += part.byteLength;
    }
    return { kind: 'message', message };
  }
}
