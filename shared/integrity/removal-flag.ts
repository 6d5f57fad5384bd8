import { z } from 'zod';
import { entityId, isoDateTime } from '../validation';
import { EntryKindSchema } from './entry-kind';

export const REMOVAL_REASONS = ['removed', 'altered'] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

/**
 * The visible trace left when a signed entry vanished or changed without its author's signed
 * withdrawal. Derived by each install from its own archive and kept locally (never trusted from the
 * shared doc, where a peer could delete or forge it); what others noticed arrives as a signed report.
 */
export const RemovalFlagSchema = z.object({
  id: entityId,
  entryId: entityId,
  entryKind: EntryKindSchema,
  subjectId: entityId,
  authorId: entityId,
  reason: z.enum(REMOVAL_REASONS),
  detectedAt: isoDateTime,
  /** The member using the install that noticed and restored it: always this install, for a local flag. */
  detectedBy: entityId,
});
export type RemovalFlag = z.infer<typeof RemovalFlagSchema>;

/** Deterministic, so noticing the same entry again keeps the first detection. */
export function removalFlagId(reason: RemovalReason, entryId: string): string {
  return `${reason}:${entryId}`.slice(0, 64);
}
