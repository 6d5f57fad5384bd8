import { fromBase64 } from 'lib0/buffer';
import * as decoding from 'lib0/decoding';
import { sealAnnouncement } from '../../../renderer/sync/room-readability';
import { roomNameFor } from '../../../shared/sync/room-name';
import { connect } from '../../unit/sync/ws-client';

/** y-webrtc's room key: PBKDF2 of the workspace secret, salted with the room name. */
async function roomKey(secret: string, room: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', salt: new TextEncoder().encode(room), iterations: 100_000, hash: 'SHA-256' }, material, { name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

async function open(data: string, key: CryptoKey): Promise<Record<string, unknown> | undefined> {
  try {
    const decoder = decoding.createDecoder(fromBase64(data));
    if (decoding.readVarString(decoder) !== 'AES-GCM') return undefined;
    const iv = decoding.readVarUint8Array(decoder);
    const cipher = decoding.readVarUint8Array(decoder);
    const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv.slice() }, key, cipher.slice()));
    return decoding.readAny(decoding.createDecoder(plain)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * Someone with the secret who announces itself in the room and then never answers an offer: each
 * member's y-webrtc keeps a connection to it that never opens. Resolves once `offers` members
 * have offered it one (so their apps have that connection), and closes.
 */
export async function silentPeerOffered(signalingUrl: string, workspace: { workspaceId: string; secret: string }, offers: number): Promise<void> {
  const room = await roomNameFor(workspace.workspaceId);
  const key = await roomKey(workspace.secret, room);
  const me = `silent-${crypto.randomUUID()}`;
  const { socket, next } = await connect(signalingUrl);
  try {
    socket.send(JSON.stringify({ type: 'subscribe', topics: [room] }));
    socket.send(JSON.stringify({ type: 'publish', topic: room, data: await sealAnnouncement({ type: 'announce', from: me }, key) }));
    const offeredBy = new Set<string>();
    while (offeredBy.size < offers) {
      const message = await next();
      if (message.type !== 'publish' || typeof message.data !== 'string') continue;
      const payload = await open(message.data, key);
      if (payload?.type === 'signal' && payload.to === me && typeof payload.from === 'string') offeredBy.add(payload.from);
    }
  } finally {
    socket.close();
  }
}
