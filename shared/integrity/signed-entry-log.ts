import type * as Y from 'yjs';
import { canonicalJsonOf } from './canonical-json';
import type { SignedEntry } from './signed-entry';
import type { RawEntry } from './verify-entry';

/**
 * An append-only log of signed entries in a Y.Map keyed by entry id. Nothing is ever
 * overwritten or deleted through it; a missing or altered entry is what archive restore detects.
 */
export class SignedEntryLog {
  constructor(readonly map: Y.Map<unknown>) {}

  /** False when the id is already taken: an entry, once written, is never replaced. */
  append(entry: SignedEntry): boolean {
    if (this.map.has(entry.id)) return false;
    this.map.set(entry.id, structuredClone(entry));
    return true;
  }

  /** Writes an archived entry back; only archive restore should call this. */
  restore(entry: SignedEntry): void {
    if (canonicalJsonOf(this.map.get(entry.id)) === canonicalJsonOf(entry)) return;
    this.map.set(entry.id, structuredClone(entry));
  }

  /** Everything in the log, unparsed: hand it to verifyEntries(). */
  raw(): RawEntry[] {
    const entries: RawEntry[] = [];
    this.map.forEach((value, key) => entries.push({ key, value }));
    return entries;
  }

  has(id: string): boolean {
    return this.map.has(id);
  }
}
