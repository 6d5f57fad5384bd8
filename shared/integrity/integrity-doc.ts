import type * as Y from 'yjs';
import { ENTRY_LOG_NAMES, type EntryLogName } from './entry-kind';
import type { RestorePlan } from './archive-restore';
import { RemovalFlagSchema, type RemovalFlag } from './removal-flag';
import { SignedEntryLog } from './signed-entry-log';
import type { RawEntry } from './verify-entry';

const REMOVAL_FLAGS = 'removalFlags';

/** The integrity view of a workspace's Y.Doc: every signed log at once, and the removal flags. */
export class IntegrityDoc {
  constructor(readonly ydoc: Y.Doc) {}

  log(name: EntryLogName): SignedEntryLog {
    return new SignedEntryLog(this.ydoc.getMap(name));
  }

  /** Every shared log, unparsed: what planRestore() compares the archive with. */
  rawLogs(): Record<EntryLogName, RawEntry[]> {
    return Object.fromEntries(ENTRY_LOG_NAMES.map((name) => [name, this.log(name).raw()])) as Record<EntryLogName, RawEntry[]>;
  }

  /** Writes restored entries and their flags in one transaction; a flag already present keeps its first detection. */
  applyRestore(plan: RestorePlan): void {
    const flags = this.ydoc.getMap<unknown>(REMOVAL_FLAGS);
    this.ydoc.transact(() => {
      for (const { log, entry } of plan.restore) this.log(log).restore(entry);
      for (const flag of plan.flags) if (!flags.has(flag.id)) flags.set(flag.id, RemovalFlagSchema.parse(flag));
    });
  }

  removalFlags(): { valid: RemovalFlag[]; invalid: string[] } {
    const valid: RemovalFlag[] = [];
    const invalid: string[] = [];
    this.ydoc.getMap<unknown>(REMOVAL_FLAGS).forEach((value, key) => {
      const parsed = RemovalFlagSchema.safeParse(value);
      if (parsed.success) valid.push(parsed.data);
      else invalid.push(key);
    });
    return { valid, invalid };
  }
}
