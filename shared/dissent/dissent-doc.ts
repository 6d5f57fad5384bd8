import type * as Y from 'yjs';
import { ENTRY_LOGS } from '../integrity/entry-kind';
import type { SignedEntry } from '../integrity/signed-entry';
import { SignedEntryLog } from '../integrity/signed-entry-log';
import type { RawEntry } from '../integrity/verify-entry';

const DISSENT_LOGS = ['dissents', 'endorsements'] as const;
type DissentLog = (typeof DISSENT_LOGS)[number];

/** Minority and dissenting views, co-signatures and endorsements: append-only signed logs in the workspace's Y.Doc. */
export class DissentDoc {
  constructor(readonly ydoc: Y.Doc) {}

  log(name: DissentLog): SignedEntryLog {
    return new SignedEntryLog(this.ydoc.getMap(name));
  }

  append(entry: SignedEntry): boolean {
    const log = ENTRY_LOGS[entry.kind];
    if (!(DISSENT_LOGS as readonly string[]).includes(log)) return false;
    return this.log(log as DissentLog).append(entry);
  }

  /** Every entry, unparsed, for verifyEntries(). */
  rawEntries(): RawEntry[] {
    return DISSENT_LOGS.flatMap((name) => this.log(name).raw());
  }

  observe(callback: () => void): () => void {
    const maps = DISSENT_LOGS.map((name) => this.ydoc.getMap(name));
    maps.forEach((map) => map.observe(callback));
    return () => maps.forEach((map) => map.unobserve(callback));
  }
}
