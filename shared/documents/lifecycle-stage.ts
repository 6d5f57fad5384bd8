import { z } from 'zod';
import type { MemberRole } from '../members/member';
import { entityId, isoDateTime } from '../validation';
import type { DocumentStatus } from './document-meta';

export const LIFECYCLE_STAGES = ['draft', 'in-review', 'consensus-call', 'adopted', 'published'] as const;
export const LifecycleStageSchema = z.enum(LIFECYCLE_STAGES, { message: 'errors.unknownStatus' });
export type LifecycleStage = z.infer<typeof LifecycleStageSchema>;

/** Forward steps first: the UI offers them in this order. Going back to draft is always the last. */
export const NEXT_STAGES: Readonly<Record<LifecycleStage, readonly LifecycleStage[]>> = {
  draft: ['in-review'],
  'in-review': ['consensus-call', 'draft'],
  'consensus-call': ['adopted', 'draft'],
  adopted: ['published', 'draft'],
  published: ['draft'],
};

/** Who may move a document between stages unless the workspace says otherwise (decision 0033). */
export const DEFAULT_LIFECYCLE_ROLES: readonly MemberRole[] = ['coordinator', 'chair'];

/** Adopted and published texts are the coalition's word: editing them means starting a new draft. */
export function isLocked(stage: LifecycleStage): boolean {
  return stage === 'adopted' || stage === 'published';
}

export function isAllowedStep(from: LifecycleStage, to: LifecycleStage): boolean {
  return NEXT_STAGES[from].includes(to);
}

/** A document made before transitions were signed starts from its stored status (draft if it has none). */
export function startingStage(status: DocumentStatus | undefined): LifecycleStage {
  return status ?? 'draft';
}

const hash = z.string().regex(/^[0-9a-f]{64}$/);

/** Signed by the officer who moves the document; subjectId is the document id. */
export const TransitionContentSchema = z.object({
  from: LifecycleStageSchema,
  to: LifecycleStageSchema,
  /** The transition this one follows (null for the first): the history is a chain, not a set. */
  previousId: entityId.nullable(),
  /** When the review closes; only on the step into review. */
  reviewEndsAt: isoDateTime.nullable(),
  /** The proposal of the consensus call (on the call and on adoption). */
  proposalId: entityId.nullable(),
  /** The decision that adopted it (on adoption). */
  decisionId: entityId.nullable(),
  /** SHA-256 of the adopted text as stored beside the log (adopted-text.ts), so the text cannot be swapped. */
  adoptedTextDigest: hash.nullable(),
});
export type TransitionContent = z.output<typeof TransitionContentSchema>;
