import { z } from 'zod';
import type * as Y from 'yjs';
import { entityId, isoDateTime } from '../validation';
import { parseRecords, type Parsed } from '../workspace-doc/map-records';
import { PublicKeySchema } from './signing-key';
import type { MembershipView } from './membership-log';
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
  /** Members whose shared or pinned key differs from the one the log (or, before it, this install's first sight) binds: shown as a warning. */
  conflicts: string[];
  /** Members the log does not bind yet (their key counts only without `requireAdmission`): shown as "not yet admitted". */
  unadmitted: string[];
}

export interface KeyOptions {
  /**
   * Once every invite carries an admission token, a key the log does not bind signs nothing. Until
   * then, members who joined by an older invite keep the key they published, flagged as unadmitted.
   */
  requireAdmission?: boolean;
}

/**
 * Keys come from the membership log: a member it binds (now or formerly, so past signatures stay
 * attributable) is verified with that key alone, whatever the shared record or a pin says. Without a
 * rooted log (a workspace older than the log), trust on first use: the locally pinned key wins
 * over the shared record.
 */
export function resolveMemberKeys(
  shared: readonly MemberKey[],
  pinned: Readonly<Record<string, string>> = {},
  membership?: Pick<MembershipView, 'root' | 'members' | 'former'>,
  options: KeyOptions = {},
): KeyResolution {
  const keys = new Map<string, string>(shared.map((record) => [record.memberId, record.publicKey]));
  const conflicts = new Set<string>();
  for (const [memberId, key] of Object.entries(pinned)) {
    if (keys.has(memberId) && keys.get(memberId) !== key) conflicts.add(memberId);
    keys.set(memberId, key);
  }
  if (!membership?.root) return { keyOf: (memberId) => keys.get(memberId), conflicts: [...conflicts].sort(), unadmitted: [] };

  const bound = new Map<string, string>([...membership.former, ...membership.members].map((member) => [member.memberId, member.publicKey]));
  const boundKeys = new Set(bound.values());
  const unadmitted: string[] = [];
  const legacy = new Map<string, string>();
  conflicts.clear();
  for (const [memberId, key] of keys) {
    if (bound.has(memberId)) {
      if (bound.get(memberId) !== key) conflicts.add(memberId);
    } else if (!boundKeys.has(key)) {
      // A key the log binds to someone never speaks for another member; others wait to be admitted.
      if (!options.requireAdmission) legacy.set(memberId, key);
      unadmitted.push(memberId);
    }
  }
  return { keyOf: (memberId) => bound.get(memberId) ?? legacy.get(memberId), conflicts: [...conflicts].sort(), unadmitted: unadmitted.sort() };
}

export class MemberKeysDoc {
  constructor(readonly ydoc: Y.Doc) {}

  private get map(): Y.Map<unknown> {
    return this.ydoc.getMap(MEMBER_KEYS);
  }

  keys(): Parsed<MemberKey> {
    return parseRecords(this.map, MemberKeySchema, { keyOf: (record) => record.memberId });
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
