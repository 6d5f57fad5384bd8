import { z } from 'zod';

/** The kinds of things search finds, in the order their groups are shown. */
export const SEARCH_KINDS = ['document', 'proposal', 'position', 'decision', 'view', 'meeting', 'minutes', 'action', 'member'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const id = z.string().min(1).max(200);

/** Where a result opens: enough to reach the screen and the item on it without the Y.Doc. */
export const SearchTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), documentId: id }),
  /** A top-level block of a document's body (and, in a very long block, which chunk), as of indexing. */
  z.object({ kind: z.literal('passage'), documentId: id, block: z.number().int().min(0), chunk: z.number().int().min(0).optional() }),
  z.object({ kind: z.literal('proposal'), proposalId: id, itemId: id.optional() }),
  z.object({ kind: z.literal('meeting'), meetingId: id, itemId: id.optional() }),
  z.object({ kind: z.literal('actions'), actionId: id }),
  z.object({ kind: z.literal('member'), memberId: id }),
]);
export type SearchTarget = z.infer<typeof SearchTargetSchema>;

/**
 * One searchable record. `source` and `key` say where in the Y.Doc it came from (a map and a key
 * in it, or a document body), so a change there re-indexes only the records it owns.
 */
export interface SearchRecord {
  id: string;
  kind: SearchKind;
  title: string;
  text: string;
  target: SearchTarget;
  source: string;
  key: string;
}

/** What the index stores with each record, to show and open a result without the Y.Doc. */
export const StoredFieldsSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  title: z.string(),
  text: z.string(),
  target: SearchTargetSchema,
});
export type StoredFields = z.infer<typeof StoredFieldsSchema>;
