import { z } from 'zod';
import { entityId, isoDateTime } from '../validation';

/**
 * One translated clause: which block of the translation translates which block of the source,
 * and a digest of the source clause's text when the translation was made or last confirmed.
 */
export const ClauseAlignmentSchema = z.object({
  id: entityId,
  translationId: entityId,
  /** The translated block, anchored in the translation's body (clause-anchor.ts). */
  clause: z.string().min(1).max(512),
  /** The source block it translates, anchored in the source's body. */
  source: z.string().min(1).max(512),
  sourceDigest: z.string().min(1).max(128),
  confirmedAt: isoDateTime,
  confirmedBy: z.object({ memberId: entityId, name: z.string().max(200) }),
});
export type ClauseAlignment = z.infer<typeof ClauseAlignmentSchema>;

/** The one authoritative document of a family (a source and its translations), keyed by the source. */
export const TranslationFamilySchema = z.object({
  authoritativeId: entityId,
  setAt: isoDateTime,
  setBy: z.object({ memberId: entityId, name: z.string().max(200) }),
});
export type TranslationFamily = z.infer<typeof TranslationFamilySchema>;
