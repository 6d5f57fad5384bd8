import { z } from 'zod';
import { entityId, isoDateTime, requiredName } from '../validation';

/** A workspace as the local registry knows it: enough to list it without opening its Y.Doc. */
export const WorkspaceEntrySchema = z.object({
  id: entityId,
  name: requiredName,
  createdAt: isoDateTime,
  lastOpenedAt: isoDateTime.optional(),
  archived: z.boolean(),
});
export type WorkspaceEntry = z.infer<typeof WorkspaceEntrySchema>;
