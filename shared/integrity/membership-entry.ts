import { z } from 'zod';
import { MemberRoleSchema } from '../members/member';
import { entityId, isoDateTime } from '../validation';
import { bytesToBase64 } from './base64';
import { canonicalJson, type JsonObject } from './canonical-json';
import { sha256Hex, verifySignature } from './digest';
import { JoinRequestSchema } from './join-request';
import { PublicKeySchema } from './signing-key';

export const MEMBERSHIP_ENTRY_VERSION = 1;

/** What a role may do to the log itself. Which roles hold each right is in the log too (the rules). */
export const RIGHTS = ['admit', 'assign-roles', 'remove', 'rotate-secret', 'change-rules'] as const;
export type Right = (typeof RIGHTS)[number];

export const RulesSchema = z.object({
  admit: z.array(MemberRoleSchema).max(6),
  'assign-roles': z.array(MemberRoleSchema).max(6),
  remove: z.array(MemberRoleSchema).max(6),
  'rotate-secret': z.array(MemberRoleSchema).max(6),
  'change-rules': z.array(MemberRoleSchema).max(6),
});
export type Rules = z.infer<typeof RulesSchema>;

export const DEFAULT_RULES: Rules = {
  admit: ['coordinator'],
  'assign-roles': ['coordinator'],
  remove: ['coordinator'],
  'rotate-secret': ['coordinator'],
  'change-rules': ['coordinator'],
};

/** SHA-256 hex: entry hashes, token hashes and secret commitments all have this shape. */
export const HashSchema = z.string().regex(/^[0-9a-f]{64}$/);

const GenesisContent = z.object({ founder: z.object({ memberId: entityId, publicKey: PublicKeySchema }), rules: RulesSchema });
const InvitationContent = z.object({ tokenHash: HashSchema, role: MemberRoleSchema });
/** The join request is the joiner's own signature over id and key: nobody can bind a key they do not hold. */
const AdmissionContent = z.object({ memberId: entityId, publicKey: PublicKeySchema, role: MemberRoleSchema, request: JoinRequestSchema });
const RoleContent = z.object({ memberId: entityId, role: MemberRoleSchema, termStart: isoDateTime.nullable(), termEnd: isoDateTime.nullable() });
const RemovalContent = z.object({ memberId: entityId });
const MemberKeyContent = z.object({ memberId: entityId, publicKey: PublicKeySchema, request: JoinRequestSchema });
/** Only a commitment to the new secret: the secret itself never enters the shared doc. */
const SecretRotationContent = z.object({ epoch: z.number().int().min(1), commitment: HashSchema });
const RulesContent = z.object({ rules: RulesSchema });

const envelope = {
  v: z.literal(MEMBERSHIP_ENTRY_VERSION),
  workspaceId: entityId,
  authorId: entityId,
  /** The key that made the signature; the log decides whether it was the author's key at that point. */
  signerKey: PublicKeySchema,
  /** Hashes of the heads the author saw, sorted; empty only for the genesis. */
  parents: z.array(HashSchema).max(64),
  at: isoDateTime,
  signature: z.string().max(200),
};

export const MembershipEntrySchema = z.discriminatedUnion('kind', [
  z.object({ ...envelope, kind: z.literal('genesis'), content: GenesisContent }),
  z.object({ ...envelope, kind: z.literal('invitation'), content: InvitationContent }),
  z.object({ ...envelope, kind: z.literal('admission'), content: AdmissionContent }),
  z.object({ ...envelope, kind: z.literal('role'), content: RoleContent }),
  z.object({ ...envelope, kind: z.literal('removal'), content: RemovalContent }),
  z.object({ ...envelope, kind: z.literal('member-key'), content: MemberKeyContent }),
  z.object({ ...envelope, kind: z.literal('secret-rotation'), content: SecretRotationContent }),
  z.object({ ...envelope, kind: z.literal('rules'), content: RulesContent }),
]);
export type MembershipEntry = z.infer<typeof MembershipEntrySchema>;
export type MembershipKind = MembershipEntry['kind'];
export type UnsignedMembershipEntry = MembershipEntry extends infer E ? (E extends MembershipEntry ? Omit<E, 'signature'> : never) : never;

function signingPayload(entry: UnsignedMembershipEntry): Uint8Array<ArrayBuffer> {
  const { signature: _signature, ...unsigned } = entry as MembershipEntry;
  return new TextEncoder().encode(canonicalJson(unsigned as unknown as JsonObject));
}

/** The entry's name in the log: the hash of all of it, signature included, so no one can swap a field under the same key. */
export function membershipEntryHash(entry: MembershipEntry): Promise<string> {
  return sha256Hex(canonicalJson(entry as unknown as JsonObject));
}

export async function signMembershipEntry(privateKey: CryptoKey, entry: UnsignedMembershipEntry): Promise<MembershipEntry> {
  const normalised = { ...entry, parents: [...new Set(entry.parents)].sort() } as UnsignedMembershipEntry;
  const signature = await globalThis.crypto.subtle.sign({ name: 'Ed25519' }, privateKey, signingPayload(normalised));
  return { ...normalised, signature: bytesToBase64(new Uint8Array(signature)) } as MembershipEntry;
}

export function verifyMembershipSignature(entry: MembershipEntry): Promise<boolean> {
  return verifySignature(entry.signerKey, entry.signature, signingPayload(entry));
}
