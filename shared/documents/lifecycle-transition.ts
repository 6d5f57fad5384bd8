import type { MemberRole } from '../members/member';
import { unsignedEntry, type UnsignedEntry } from '../integrity/signed-entry';
import type { Parsed } from '../validation';
import type { Lifecycle } from './lifecycle-log';
import { DEFAULT_LIFECYCLE_ROLES, isAllowedStep, type LifecycleStage, type TransitionContent } from './lifecycle-stage';

export interface TransitionRequest {
  to: LifecycleStage;
  /** For the step into review. */
  reviewEndsAt?: string | undefined;
  /** For the consensus call. */
  proposalId?: string | undefined;
  /** For adoption: computed by the caller from the body it is about to store (adopted-text.ts). */
  adoptedTextDigest?: string | undefined;
}

export function mayMoveDocuments(role: MemberRole | undefined, allowedRoles: readonly MemberRole[] = DEFAULT_LIFECYCLE_ROLES): boolean {
  return role !== undefined && allowedRoles.includes(role);
}

/** The adopting decision of the proposal under consensus call, latest first; undefined while there is none. */
export function adoptingDecisionFor(proposalId: string | null, adoptingDecisions: ReadonlyMap<string, string>): string | undefined {
  if (proposalId === null) return undefined;
  return [...adoptingDecisions].filter(([, proposal]) => proposal === proposalId).at(-1)?.[0];
}

/**
 * Validates and builds the transition an officer will sign, with the same rules deriveLifecycle()
 * applies to what arrives from peers, so the app never signs a step every install would ignore.
 */
export function prepareTransition(
  request: TransitionRequest,
  context: {
    lifecycle: Lifecycle;
    actorId: string | undefined;
    actorRole: MemberRole | undefined;
    adoptingDecisions: ReadonlyMap<string, string>;
    workspaceId: string;
    documentId: string;
    now: Date;
    allowedRoles?: readonly MemberRole[];
    id?: string;
  },
): Parsed<UnsignedEntry<TransitionContent>> {
  const { lifecycle, now } = context;
  if (context.actorId === undefined || !mayMoveDocuments(context.actorRole, context.allowedRoles)) return { ok: false, errors: { _form: 'errors.notAllowedToMoveDocument' } };
  if (!isAllowedStep(lifecycle.stage, request.to)) return { ok: false, errors: { _form: 'errors.stepNotAllowed' } };
  const content: TransitionContent = {
    from: lifecycle.stage,
    to: request.to,
    previousId: lifecycle.history.at(-1)?.id ?? null,
    reviewEndsAt: null,
    proposalId: null,
    decisionId: null,
    adoptedTextDigest: null,
  };
  if (request.to === 'in-review') {
    const end = request.reviewEndsAt === undefined ? Number.NaN : Date.parse(request.reviewEndsAt);
    if (Number.isNaN(end)) return { ok: false, errors: { reviewEndsAt: 'errors.reviewEndRequired' } };
    if (end <= now.getTime()) return { ok: false, errors: { reviewEndsAt: 'errors.reviewEndInPast' } };
    content.reviewEndsAt = new Date(end).toISOString();
  }
  if (request.to === 'consensus-call') {
    if (!request.proposalId) return { ok: false, errors: { proposalId: 'errors.proposalRequired' } };
    content.proposalId = request.proposalId;
  }
  if (request.to === 'adopted') {
    const decisionId = adoptingDecisionFor(lifecycle.proposalId, context.adoptingDecisions);
    if (decisionId === undefined) return { ok: false, errors: { _form: 'errors.noAdoptingDecision' } };
    if (!request.adoptedTextDigest) return { ok: false, errors: { _form: 'errors.invalid' } };
    content.proposalId = lifecycle.proposalId;
    content.decisionId = decisionId;
    content.adoptedTextDigest = request.adoptedTextDigest;
  }
  return { ok: true, value: unsignedEntry('document-transition', { workspaceId: context.workspaceId, subjectId: context.documentId, authorId: context.actorId, now, ...(context.id ? { id: context.id } : {}) }, content) };
}
