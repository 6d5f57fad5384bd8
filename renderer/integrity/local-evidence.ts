import { z } from 'zod';
import { entityId } from '../../shared/validation';
import { RemovalFlagSchema, type RemovalFlag } from '../../shared/integrity/removal-flag';
import type { DeskDatabase } from '../db/database';

/**
 * What this install noticed, kept in its own database (the key-value `local` table, so no schema
 * version): nobody else can delete it, and it survives reloads after the entry is restored and
 * the shared doc looks clean again.
 */
const EvidenceRowSchema = z.object({
  flag: RemovalFlagSchema,
  /** The signed report this install shared about it, once written: so each flag is reported once. */
  reportId: entityId.optional(),
});
export type LocalEvidence = z.infer<typeof EvidenceRowSchema>;

const prefix = (workspaceId: string) => `evidence:${workspaceId}:`;

export async function loadEvidence(db: DeskDatabase, workspaceId: string): Promise<LocalEvidence[]> {
  const rows = await db.local.where('key').startsWith(prefix(workspaceId)).toArray();
  // A damaged row is skipped, not fatal: the next check notices the entry again only if it is still gone.
  return rows.flatMap((row) => {
    const parsed = EvidenceRowSchema.safeParse(row.value);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Adds flags not yet recorded; one already there keeps its first detection time. Returns every row. */
export async function recordEvidence(db: DeskDatabase, workspaceId: string, flags: readonly RemovalFlag[]): Promise<LocalEvidence[]> {
  const known = await loadEvidence(db, workspaceId);
  const ids = new Set(known.map((row) => row.flag.id));
  const added = flags.filter((flag) => !ids.has(flag.id)).map((flag): LocalEvidence => ({ flag: RemovalFlagSchema.parse(flag) }));
  if (added.length > 0) await db.local.bulkPut(added.map((row) => ({ key: prefix(workspaceId) + row.flag.id, value: row })));
  return [...known, ...added];
}

export async function markReported(db: DeskDatabase, workspaceId: string, row: LocalEvidence, reportId: string): Promise<void> {
  await db.local.put({ key: prefix(workspaceId) + row.flag.id, value: { ...row, reportId } });
}
