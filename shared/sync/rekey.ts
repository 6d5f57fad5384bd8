import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from '../integrity/base64';
import { canonicalJson } from '../integrity/canonical-json';
import { importPublicKey } from '../integrity/signing-key';
import { entityId, isoDateTime } from '../validation';

/**
 * A coordinator's order to re-key a workspace: the new secret, signed with the coordinator's key,
 * handed to the members online at that moment. Anyone without it (an old invite, a member who was
 * offline) is shut out until given a new invite.
 */
export const RekeySchema = z.object({
  workspaceId: entityId,
  secret: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  at: isoDateTime,
  by: entityId,
  signature: z.string().max(200),
});
export type Rekey = z.infer<typeof RekeySchema>;

function payload(rekey: Omit<Rekey, 'signature'>): Uint8Array<ArrayBuffer> {
  const { workspaceId, secret, at, by } = rekey;
  return new TextEncoder().encode(canonicalJson({ kind: 'rekey', workspaceId, secret, at, by }));
}

export async function signRekey(privateKey: CryptoKey, rekey: Omit<Rekey, 'signature'>): Promise<Rekey> {
  const signature = await globalThis.crypto.subtle.sign({ name: 'Ed25519' }, privateKey, payload(rekey));
  return { ...rekey, signature: bytesToBase64(new Uint8Array(signature)) };
}

/**
 * Accepts a re-key only for this workspace, newer than the last one applied, signed by a member
 * who is a coordinator now, with the key this install knows for them.
 */
export async function acceptRekey(
  candidate: unknown,
  context: { workspaceId: string; lastAppliedAt: string | undefined; isCoordinator: (memberId: string) => boolean; keyOf: (memberId: string) => string | undefined },
): Promise<Rekey | undefined> {
  const parsed = RekeySchema.safeParse(candidate);
  if (!parsed.success) return undefined;
  const rekey = parsed.data;
  if (rekey.workspaceId !== context.workspaceId || !context.isCoordinator(rekey.by)) return undefined;
  if (context.lastAppliedAt !== undefined && Date.parse(rekey.at) <= Date.parse(context.lastAppliedAt)) return undefined;
  const publicKey = context.keyOf(rekey.by);
  const key = publicKey ? await importPublicKey(publicKey) : undefined;
  const signature = base64ToBytes(rekey.signature);
  if (!key || !signature) return undefined;
  const valid = await globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key, signature, payload(rekey));
  return valid ? rekey : undefined;
}
