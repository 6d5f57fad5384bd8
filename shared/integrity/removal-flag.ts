import { z } from 'zod';
import { entityId, isoDateTime } from '../validation';
import { EntryKindSchema } from './entry-kind';

export const REMOVAL_REASONS = ['removed', 'altered'] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

/** The visible trace left when a signed entry vanished or changed without its author's signed withdrawal. */
export const RemovalFlagSchema = z.object({
  id: entityId,
  entryId: entityId,
  entryKind: EntryKindSchema,
  subjectId: entityId,
  authorId: entityId,
  reason: z.enum(REMOVAL_REASONS),
  detectedAt: isoDateTime,
  /** Member whose install noticed and restored it. */
  detectedBy: entityId,
});
export type RemovalFlag = z.infer<typeof RemovalFlagSchema>;

/** Deterministic, so two installs restoring the same entry write one flag, not two. */
export function removalFlagId(reason: RemovalReason, entryId: string): string {
  return `${reason}:${entryId}`.slice(0, 64);
}
