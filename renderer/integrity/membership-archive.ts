import { z } from 'zod';
import { canonicalJsonOf } from '../../shared/integrity/canonical-json';
import { MembershipEntrySchema, type MembershipEntry } from '../../shared/integrity/membership-entry';
import type { MembershipView } from '../../shared/integrity/membership-log';
import type { MembershipLogDoc } from '../../shared/integrity/membership-log-doc';
import type { DeskDatabase } from '../db/database';

const rowKey = (workspaceId: string) => `membershipArchive:${workspaceId}`;
const ArchiveSchema = z.record(z.string(), z.unknown());

/**
 * This install's copy of every membership entry that passed its checks. A peer can delete or
 * overwrite a key in the shared map; the entry comes back from here, as signed entries do from the
 * integrity archive.
 */
export async function restoreMembershipEntries(db: DeskDatabase, workspaceId: string, log: MembershipLogDoc): Promise<number> {
  const archived = ArchiveSchema.safeParse((await db.local.get(rowKey(workspaceId)))?.value);
  if (!archived.success) return 0;
  const present = new Map(log.raw().map(({ key, value }) => [key, value]));
  let restored = 0;
  for (const [hash, value] of Object.entries(archived.data)) {
    const entry = MembershipEntrySchema.safeParse(value);
    if (!entry.success || canonicalJsonOf(present.get(hash)) === canonicalJsonOf(value)) continue;
    await log.append(entry.data);
    restored += 1;
  }
  return restored;
}

/** Adds what the view checked (accepted, refused or pending alike: all are genuine signed entries). */
export async function archiveMembershipEntries(db: DeskDatabase, workspaceId: string, log: MembershipLogDoc, view: MembershipView): Promise<void> {
  const archived = ArchiveSchema.safeParse((await db.local.get(rowKey(workspaceId)))?.value);
  const archive: Record<string, unknown> = archived.success ? { ...archived.data } : {};
  const checked = new Set([...view.accepted, ...view.rejected.map((rejection) => rejection.hash), ...view.pending, ...view.competingRoots]);
  let added = false;
  for (const { key, value } of log.raw()) {
    if (!checked.has(key) || key in archive) continue;
    archive[key] = value as MembershipEntry;
    added = true;
  }
  if (added) await db.local.put({ key: rowKey(workspaceId), value: archive });
}
