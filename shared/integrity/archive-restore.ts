import { canonicalJsonOf } from './canonical-json';
import { ENTRY_LOGS, type EntryKind, type EntryLogName } from './entry-kind';
import { removalFlagId, type RemovalFlag } from './removal-flag';
import type { SignedEntry } from './signed-entry';
import type { RawEntry, Verified } from './verify-entry';

/** One entry of the local, append-only archive: every verified entry this install has ever seen. */
export interface ArchivedEntry {
  entry: SignedEntry;
  /** When this install first saw it: the arrival time used for late positions. */
  receivedAt: string;
}

/** The archive rows to add for newly seen verified entries (only verified ones: a forgery must never be "restored"). */
export function recordArrivals(archive: readonly ArchivedEntry[], seen: readonly Verified<SignedEntry>[], now: Date): ArchivedEntry[] {
  const known = new Set(archive.map((row) => row.entry.id));
  const added: ArchivedEntry[] = [];
  for (const entry of seen) {
    if (known.has(entry.id)) continue;
    known.add(entry.id);
    added.push({ entry: structuredClone(entry) as SignedEntry, receivedAt: now.toISOString() });
  }
  return added;
}

/** Withdrawal kinds, and the kind of entry each one legitimately retires when signed by the same author. */
const WITHDRAWS: Partial<Record<EntryKind, { kind: EntryKind; by: 'id' | 'subject' }>> = {
  'dissent-withdrawal': { kind: 'dissent', by: 'id' },
  'cosign-withdrawal': { kind: 'cosign', by: 'subject' },
  'endorsement-withdrawal': { kind: 'endorsement', by: 'id' },
};

function withdrawnByAuthor(entry: SignedEntry, archive: readonly ArchivedEntry[]): boolean {
  return archive.some(({ entry: other }) => {
    const rule = WITHDRAWS[other.kind];
    if (!rule || rule.kind !== entry.kind || other.authorId !== entry.authorId) return false;
    return rule.by === 'id' ? other.subjectId === entry.id : other.subjectId === entry.subjectId && Date.parse(other.at) >= Date.parse(entry.at);
  });
}

export interface RestorePlan {
  restore: { log: EntryLogName; entry: SignedEntry }[];
  flags: RemovalFlag[];
}

/**
 * Compares the archive with the shared logs. Anything archived that is gone or altered is written
 * back; a flag records it unless the author had signed a withdrawal. Withdrawn entries are still
 * restored, because a withdrawal is recorded, not erased. Trusts only the archive, which holds
 * verified entries, so it is a pure function and needs no keys.
 */
export function planRestore(options: {
  archive: readonly ArchivedEntry[];
  current: Partial<Record<EntryLogName, readonly RawEntry[]>>;
  detectedBy: string;
  now: Date;
}): RestorePlan {
  const current = new Map<string, string | undefined>();
  for (const [log, entries] of Object.entries(options.current)) {
    for (const { key, value } of entries ?? []) current.set(`${log}\u0000${key}`, canonicalJsonOf(value) ?? '');
  }
  const plan: RestorePlan = { restore: [], flags: [] };
  for (const { entry } of options.archive) {
    const log = ENTRY_LOGS[entry.kind];
    const shared = current.get(`${log}\u0000${entry.id}`);
    if (shared === canonicalJsonOf(entry)) continue;
    plan.restore.push({ log, entry });
    const reason = shared === undefined ? 'removed' : 'altered';
    if (reason === 'removed' && withdrawnByAuthor(entry, options.archive)) continue;
    plan.flags.push({
      id: removalFlagId(reason, entry.id),
      entryId: entry.id,
      entryKind: entry.kind,
      subjectId: entry.subjectId,
      authorId: entry.authorId,
      reason,
      detectedAt: options.now.toISOString(),
      detectedBy: options.detectedBy,
    });
  }
  return plan;
}
