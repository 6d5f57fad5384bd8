import type * as Y from 'yjs';
import { ENTRY_LOG_NAMES, type EntryLogName } from './entry-kind';
import type { RestorePlan } from './archive-restore';
import { SignedEntryLog } from './signed-entry-log';
import type { RawEntry } from './verify-entry';

/**
 * The integrity view of a workspace's Y.Doc: every signed log at once. The old unsigned
 * `removalFlags` map is neither written nor read: anyone could delete or forge its records.
 */
export class IntegrityDoc {
  constructor(readonly ydoc: Y.Doc) {}

  log(name: EntryLogName): SignedEntryLog {
    return new SignedEntryLog(this.ydoc.getMap(name));
  }

  /** Every shared log, unparsed: what planRestore() compares the archive with. */
  rawLogs(): Record<EntryLogName, RawEntry[]> {
    return Object.fromEntries(ENTRY_LOG_NAMES.map((name) => [name, this.log(name).raw()])) as Record<EntryLogName, RawEntry[]>;
  }

  /** Writes restored entries back in one transaction; the flags stay local to the install that noticed. */
  applyRestore(plan: Pick<RestorePlan, 'restore'>): void {
    if (plan.restore.length === 0) return;
    this.ydoc.transact(() => {
      for (const { log, entry } of plan.restore) this.log(log).restore(entry);
    });
  }
}
