import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/**
 * Checks a message from a peer before y-webrtc reads it: within size limits, of a known kind, and
 * decodable. A peer that sends anything else is cut off rather than allowed to throw inside the
 * sync protocol or fill memory. The size limit is on a message once its frames are reassembled
 * (message-chunks.ts): a data channel carries no more than about 256 KiB in one piece.
 */
export const MAX_PEER_MESSAGE_BYTES = 32 * 1024 * 1024;
export const MAX_AWARENESS_STATE_BYTES = 64 * 1024;

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_QUERY_AWARENESS = 3;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export type PeerMessageVerdict = { ok: true } | { ok: false; reason: string };

function checkSync(decoder: decoding.Decoder): PeerMessageVerdict {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === SYNC_STEP_1) {
    Y.decodeStateVector(payload);
    return { ok: true };
  }
  if (step === SYNC_STEP_2 || step === SYNC_UPDATE) {
    Y.decodeUpdate(payload);
    return { ok: true };
  }
  return { ok: false, reason: `unknown sync step ${step}` };
}

function checkAwareness(decoder: decoding.Decoder): PeerMessageVerdict {
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const count = decoding.readVarUint(update);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(update); // client id
    decoding.readVarUint(update); // clock
    const state = decoding.readVarString(update);
    if (state.length > MAX_AWARENESS_STATE_BYTES) return { ok: false, reason: 'awareness state too large' };
    JSON.parse(state);
  }
  return { ok: true };
}

export function checkPeerMessage(message: Uint8Array): PeerMessageVerdict {
  if (message.byteLength > MAX_PEER_MESSAGE_BYTES) return { ok: false, reason: `message of ${message.byteLength} bytes exceeds the limit` };
  try {
    const decoder = decoding.createDecoder(message);
    const kind = decoding.readVarUint(decoder);
    let verdict: PeerMessageVerdict;
    if (kind === MESSAGE_SYNC) verdict = checkSync(decoder);
    else if (kind === MESSAGE_AWARENESS) verdict = checkAwareness(decoder);
    else if (kind === MESSAGE_QUERY_AWARENESS) verdict = { ok: true };
    else return { ok: false, reason: `unknown message kind ${kind}` };
    if (verdict.ok && decoding.hasContent(decoder)) return { ok: false, reason: 'trailing bytes' };
    return verdict;
  } catch (error) {
    return { ok: false, reason: `undecodable: ${error instanceof Error ? error.message : String(error)}` };
  }
}
