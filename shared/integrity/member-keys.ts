import { z } from 'zod';
import type * as Y from 'yjs';
import { entityId, isoDateTime } from '../validation';
import { PublicKeySchema } from './signing-key';
import type { KeyLookup } from './verify-entry';

const MEMBER_KEYS = 'memberKeys';

/** Kept beside the member record, not in it, so the member schema stays free of crypto. */
export const MemberKeySchema = z.object({
  memberId: entityId,
  publicKey: PublicKeySchema,
  registeredAt: isoDateTime,
});
export type MemberKey = z.infer<typeof MemberKeySchema>;

export interface KeyResolution {
  keyOf: KeyLookup;
  /** Members whose shared key differs from the one this install pinned first: shown as a warning. */
  conflicts: string[];
}

/**
 * Trust on first use: a key pinned locally wins over the shared record, so a peer that swaps a
 * member's key in the shared map cannot make forged entries verify on this install.
 */
export function resolveMemberKeys(shared: readonly MemberKey[], pinned: Readonly<Record<string, string>> = {}): KeyResolution {
  const keys = new Map<string, string>(shared.map((record) => [record.memberId, record.publicKey]));
  const conflicts: string[] = [];
  for (const [memberId, key] of Object.entries(pinned)) {
    if (keys.has(memberId) && keys.get(memberId) !== key) conflicts.push(memberId);
    keys.set(memberId, key);
  }
  return { keyOf: (memberId) => keys.get(memberId), conflicts: conflicts.sort() };
}

export class MemberKeysDoc {
  constructor(readonly ydoc: Y.Doc) {}

  private get map(): Y.Map<unknown> {
    return this.ydoc.getMap(MEMBER_KEYS);
  }

  keys(): { valid: MemberKey[]; invalid: string[] } {
    const valid: MemberKey[] = [];
    const invalid: string[] = [];
    this.map.forEach((value, key) => {
      const parsed = MemberKeySchema.safeParse(value);
      if (parsed.success && parsed.data.memberId === key) valid.push(parsed.data);
      else invalid.push(key);
    });
    return { valid, invalid };
  }

  put(record: MemberKey): void {
    const parsed = MemberKeySchema.parse(record);
    this.map.set(parsed.memberId, parsed);
  }

  observe(callback: () => void): () => void {
    this.map.observe(callback);
    return () => this.map.unobserve(callback);
  }
}
