import type * as Y from 'yjs';
import { membershipEntryHash, type MembershipEntry } from './membership-entry';

export const MEMBERSHIP_LOG = 'membershipLog';

/**
 * The membership log in the workspace's Y.Doc: a map from entry hash to entry. Entries are
 * immutable and named by their content, so merges only ever add, and a duplicate is the same key.
 */
export class MembershipLogDoc {
  constructor(readonly ydoc: Y.Doc) {}

  private get map(): Y.Map<unknown> {
    return this.ydoc.getMap(MEMBERSHIP_LOG);
  }

  raw(): { key: string; value: unknown }[] {
    const entries: { key: string; value: unknown }[] = [];
    this.map.forEach((value, key) => entries.push({ key, value }));
    return entries;
  }

  /** Writes the entry under its hash; also puts back one a peer overwrote or deleted. Returns the hash. */
  async append(entry: MembershipEntry): Promise<string> {
    const hash = await membershipEntryHash(entry);
    const current = this.map.get(hash);
    if (current === undefined || (await membershipEntryHash(current as MembershipEntry).catch(() => '')) !== hash) this.map.set(hash, structuredClone(entry));
    return hash;
  }

  observe(callback: () => void): () => void {
    this.map.observe(callback);
    return () => this.map.unobserve(callback);
  }
}
