import * as encoding from 'lib0/encoding';
import { writeSyncStep1 } from 'y-protocols/sync';
import type * as Y from 'yjs';

/** y-webrtc's message kind for the sync protocol (its first varuint). */
const MESSAGE_SYNC = 0;

/**
 * "Here is what I have; send me what I lack": the first step of the Yjs sync protocol, as y-webrtc
 * frames it. A peer that receives it answers with exactly the missing changes (often none).
 */
export function syncRequest(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}
