import type { z } from 'zod';
import { base64ToBytes } from './base64';
import type { JsonObject } from './canonical-json';
import type { EntryKind } from './entry-kind';
import { SignedEntrySchema, signingPayload, type SignedEntry } from './signed-entry';
import { importPublicKey } from './signing-key';

declare const verifiedMark: unique symbol;
/** Only verifyEntries() produces this type, so tallies and views cannot be fed unverified entries by mistake. */
export type Verified<E> = E & { readonly [verifiedMark]: true };

/** Member id → base64 public key, or undefined when the member has none. */
export type KeyLookup = (memberId: string) => string | undefined;

export const UNVERIFIED_REASONS = ['malformed', 'key-mismatch', 'wrong-workspace', 'unknown-author-key', 'bad-signature', 'malformed-content'] as const;
export type UnverifiedReason = (typeof UNVERIFIED_REASONS)[number];

/** An entry shown as "unverified": never counted, always flagged. */
export interface UnverifiedEntry {
  /** Key under which it was found in the shared log. */
  key: string;
  reason: UnverifiedReason;
  entryId?: string;
  authorId?: string;
  kind?: string;
}

export interface RawEntry {
  key: string;
  value: unknown;
}

export interface VerifyOptions {
  workspaceId: string;
  keyOf: KeyLookup;
}

export interface VerificationReport<E> {
  verified: Verified<E>[];
  unverified: UnverifiedEntry[];
}

async function checkSignature(entry: SignedEntry, publicKey: CryptoKey): Promise<boolean> {
  const signature = base64ToBytes(entry.signature);
  if (!signature) return false;
  try {
    return await globalThis.crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, signingPayload(entry));
  } catch {
    return false;
  }
}

/** Verifies every raw entry of a log. Never throws: whatever a peer wrote ends up in one of the two lists. */
export async function verifyEntries(raw: readonly RawEntry[], options: VerifyOptions): Promise<VerificationReport<SignedEntry>> {
  const keys = new Map<string, Promise<CryptoKey | undefined>>();
  const keyFor = (base64: string): Promise<CryptoKey | undefined> => {
    let key = keys.get(base64);
    if (!key) keys.set(base64, (key = importPublicKey(base64)));
    return key;
  };
  const results = await Promise.all(
    raw.map(async ({ key, value }): Promise<Verified<SignedEntry> | UnverifiedEntry> => {
      const parsed = SignedEntrySchema.safeParse(value);
      if (!parsed.success) return { key, reason: 'malformed' };
      const entry = parsed.data;
      const about = { key, entryId: entry.id, authorId: entry.authorId, kind: entry.kind };
      if (entry.id !== key) return { ...about, reason: 'key-mismatch' };
      if (entry.workspaceId !== options.workspaceId) return { ...about, reason: 'wrong-workspace' };
      const base64 = options.keyOf(entry.authorId);
      const publicKey = base64 === undefined ? undefined : await keyFor(base64);
      if (!publicKey) return { ...about, reason: 'unknown-author-key' };
      if (!(await checkSignature(entry, publicKey))) return { ...about, reason: 'bad-signature' };
      return entry as Verified<SignedEntry>;
    }),
  );
  const report: VerificationReport<SignedEntry> = { verified: [], unverified: [] };
  for (const result of results) {
    if ('signature' in result) report.verified.push(result);
    else report.unverified.push(result);
  }
  return report;
}

/**
 * Narrows verified entries of one kind to their typed content. A validly signed entry whose
 * content is not what its kind requires is flagged, not used.
 */
export function entriesOfKind<C extends JsonObject>(
  entries: readonly Verified<SignedEntry>[],
  kind: EntryKind,
  schema: z.ZodType<C>,
): VerificationReport<SignedEntry<C>> {
  const report: VerificationReport<SignedEntry<C>> = { verified: [], unverified: [] };
  for (const entry of entries) {
    if (entry.kind !== kind) continue;
    const content = schema.safeParse(entry.content);
    if (content.success) report.verified.push({ ...entry, content: content.data } as Verified<SignedEntry<C>>);
    else report.unverified.push({ key: entry.id, entryId: entry.id, authorId: entry.authorId, kind, reason: 'malformed-content' });
  }
  return report;
}

/** Oldest first; ties broken by id so every peer folds the same history in the same order. */
export function byTime<E extends { at: string; id: string }>(a: E, b: E): number {
  const difference = Date.parse(a.at) - Date.parse(b.at);
  return difference !== 0 ? difference : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
