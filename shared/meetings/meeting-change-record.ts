import { z } from 'zod';
import { entityId, isoDateTime } from '../validation';

/** The fields a change can touch, named so the UI can say which ones ("Edited: duration, invitees"). */
export const CHANGED_FIELDS = ['start', 'durationMinutes', 'format', 'invitedMemberIds'] as const;
export const ChangedFieldSchema = z.enum(CHANGED_FIELDS);
export type ChangedField = z.infer<typeof ChangedFieldSchema>;

/**
 * One entry of a meeting's change history. Kept in the meeting record itself: a change and its explanation then
 * always arrive at a peer together.
 */
export const MeetingChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('edited'),
    at: isoDateTime,
    byMemberId: entityId.optional(),
    fields: z.array(ChangedFieldSchema).min(1),
    /** Present when the start moved: the instants before and after, in UTC. */
    fromStart: isoDateTime.optional(),
    toStart: isoDateTime.optional(),
  }),
  z.object({ kind: z.literal('cancelled'), at: isoDateTime, byMemberId: entityId.optional() }),
]);
export type MeetingChange = z.infer<typeof MeetingChangeSchema>;
