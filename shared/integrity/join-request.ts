import { z } from 'zod';
import { entityId, isoDateTime } from '../validation';
import { bytesToBase64 } from './base64';
import { canonicalJson } from './canonical-json';
import { PublicKeySchema, exportPublicKey } from './signing-key';
import { verifySignature } from './digest';

/** 256 random bits, base64url: the form of an admission token carried by an invite. */
export const AdmissionTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/**
 * A joiner's request to be admitted, signed with the key it asks to bind: it proves the joiner
 * holds that key, and (with the invite's token) that an authorised member invited them.
 */
export const JoinRequestSchema = z.object({
  workspaceId: entityId,
  memberId: entityId,
  publicKey: PublicKeySchema,
  /** The invite's one-time token; null when a coordinator admits (or re-keys) someone directly. */
  token: AdmissionTokenSchema.nullable(),
  at: isoDateTime,
  signature: z.string().max(200),
});
export type JoinRequest = z.infer<typeof JoinRequestSchema>;

function payload(request: Omit<JoinRequest, 'signature'>): Uint8Array<ArrayBuffer> {
  const { workspaceId, memberId, publicKey, token, at } = request;
  return new TextEncoder().encode(canonicalJson({ kind: 'join-request', workspaceId, memberId, publicKey, token, at }));
}

/** Signed by the joiner's install key (the key pair whose public half it asks to bind). */
export async function signJoinRequest(
  keyPair: { privateKey: CryptoKey; publicKey: CryptoKey | string },
  request: Omit<JoinRequest, 'signature' | 'publicKey'>,
): Promise<JoinRequest> {
  const publicKey = typeof keyPair.publicKey === 'string' ? keyPair.publicKey : await exportPublicKey(keyPair.publicKey);
  const unsigned = { ...request, publicKey };
  const signature = await globalThis.crypto.subtle.sign({ name: 'Ed25519' }, keyPair.privateKey, payload(unsigned));
  return { ...unsigned, signature: bytesToBase64(new Uint8Array(signature)) };
}

export function verifyJoinRequest(request: JoinRequest): Promise<boolean> {
  return verifySignature(request.publicKey, request.signature, payload(request));
}
