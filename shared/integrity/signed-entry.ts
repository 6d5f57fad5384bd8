import { z } from 'zod';
import { entityId, isoDateTime } from '../validation';
import { bytesToBase64 } from './base64';
import { canonicalJson, JsonObjectSchema, type JsonObject } from './canonical-json';
import { EntryKindSchema, type EntryKind } from './entry-kind';

export const SIGNED_ENTRY_VERSION = 1;

/**
 * The envelope of everything signed: the content plus the context it was written in, so a
 * signature cannot be replayed into another workspace, subject, author, time or kind.
 */
export const SignedEntrySchema = z.object({
  v: z.literal(SIGNED_ENTRY_VERSION),
  id: entityId,
  kind: EntryKindSchema,
  workspaceId: entityId,
  /** The proposal, document, dissent, decision or endorsement the entry is about. */
  subjectId: entityId,
  authorId: entityId,
  at: isoDateTime,
  content: JsonObjectSchema,
  signature: z.string().max(200),
});

export interface SignedEntry<C extends JsonObject = JsonObject> {
  v: typeof SIGNED_ENTRY_VERSION;
  id: string;
  kind: EntryKind;
  workspaceId: string;
  subjectId: string;
  authorId: string;
  at: string;
  content: C;
  signature: string;
}
export type UnsignedEntry<C extends JsonObject = JsonObject> = Omit<SignedEntry<C>, 'signature'>;

export function newEntryId(): string {
  return globalThis.crypto.randomUUID();
}

/** Where, by whom, about what and when an entry is written; the id is given only by tests and imports. */
export interface EntryContext {
  workspaceId: string;
  subjectId: string;
  authorId: string;
  now: Date;
  id?: string;
}

/** The one way an entry to sign is built, so every kind carries the same envelope. */
export function unsignedEntry<C extends JsonObject>(kind: EntryKind, context: EntryContext, content: C): UnsignedEntry<C> {
  const { workspaceId, subjectId, authorId } = context;
  return { v: SIGNED_ENTRY_VERSION, id: context.id ?? newEntryId(), kind, workspaceId, subjectId, authorId, at: context.now.toISOString(), content };
}

/** The exact bytes that are signed: canonical JSON of every field but the signature. */
export function signingPayload(entry: UnsignedEntry): Uint8Array<ArrayBuffer> {
  const { v, id, kind, workspaceId, subjectId, authorId, at, content } = entry;
  return new TextEncoder().encode(canonicalJson({ v, id, kind, workspaceId, subjectId, authorId, at, content }));
}

export async function signEntry<C extends JsonObject>(privateKey: CryptoKey, entry: UnsignedEntry<C>): Promise<SignedEntry<C>> {
  const signature = await globalThis.crypto.subtle.sign({ name: 'Ed25519' }, privateKey, signingPayload(entry));
  return { ...entry, signature: bytesToBase64(new Uint8Array(signature)) };
}
