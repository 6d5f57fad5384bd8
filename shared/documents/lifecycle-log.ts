import type { MemberRole } from '../members/member';
import type { SignedEntry } from '../integrity/signed-entry';
import { byTime, entriesOfKind, type UnverifiedEntry, type Verified } from '../integrity/verify-entry';
import type { DocumentStatus } from './document-meta';
import { DEFAULT_LIFECYCLE_ROLES, isAllowedStep, startingStage, TransitionContentSchema, type LifecycleStage, type TransitionContent } from './lifecycle-stage';

export type TransitionEntry = Verified<SignedEntry<TransitionContent>>;

export const IGNORED_REASONS = ['not-allowed', 'out-of-order', 'incomplete', 'unknown-decision', 'concurrent'] as const;
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

export interface AppliedTransition {
  id: string;
  authorId: string;
  at: string;
  from: LifecycleStage;
  to: LifecycleStage;
  reviewEndsAt: string | null;
  proposalId: string | null;
  decisionId: string | null;
  adoptedTextDigest: string | null;
}

export interface IgnoredTransition {
  id: string;
  authorId: string;
  at: string;
  to: LifecycleStage;
  reason: IgnoredReason;
}

export interface Lifecycle {
  stage: LifecycleStage;
  /** Where the chain starts: the first signed step's "from", else (no step signed yet) the stored status. */
  startedFrom: LifecycleStage;
  history: AppliedTransition[];
  /** Validly signed transitions no honest app could have applied: flagged, never counted. */
  ignored: IgnoredTransition[];
  reviewEndsAt: string | null;
  proposalId: string | null;
  /** The latest adoption, whose stored text stays the adopted text while a new draft is worked on. */
  adoption: AppliedTransition | null;
}

export interface LifecycleOptions {
  documentId: string;
  /** The document's stored status: the starting point of documents made before the lifecycle was signed. */
  storedStatus: DocumentStatus | undefined;
  /** The role the author held at that instant (the membership log's history); undefined: not a member then. */
  roleOf: (memberId: string, at: Date) => MemberRole | undefined;
  /** Decisions that adopted a proposal: decision id → proposal id (verified and not rejected). */
  adoptingDecisions: ReadonlyMap<string, string>;
  allowedRoles?: readonly MemberRole[];
}

function problemOf(entry: TransitionEntry, state: Lifecycle, options: LifecycleOptions, previousAt: string | null): IgnoredReason | undefined {
  const { content } = entry;
  const role = options.roleOf(entry.authorId, new Date(entry.at));
  if (role === undefined || !(options.allowedRoles ?? DEFAULT_LIFECYCLE_ROLES).includes(role)) return 'not-allowed';
  // The first step names, under an officer's signature, the stage it starts from: the plain stored
  // status counts only while no step is signed, so rewriting it later cannot derail the chain.
  const from = previousAt === null ? content.from : state.stage;
  if (content.from !== from || !isAllowedStep(content.from, content.to)) return 'out-of-order';
  if (previousAt !== null && Date.parse(entry.at) < Date.parse(previousAt)) return 'out-of-order';
  if (content.to === 'in-review' && (content.reviewEndsAt === null || Date.parse(content.reviewEndsAt) <= Date.parse(entry.at))) return 'incomplete';
  if (content.to === 'consensus-call' && content.proposalId === null) return 'incomplete';
  if (content.to === 'adopted') {
    if (content.adoptedTextDigest === null || content.decisionId === null) return 'incomplete';
    if (content.proposalId !== state.proposalId || options.adoptingDecisions.get(content.decisionId) !== state.proposalId) return 'unknown-decision';
  }
  return undefined;
}

function applied(entry: TransitionEntry): AppliedTransition {
  const { from, to, reviewEndsAt, proposalId, decisionId, adoptedTextDigest } = entry.content;
  return { id: entry.id, authorId: entry.authorId, at: entry.at, from, to, reviewEndsAt, proposalId, decisionId, adoptedTextDigest };
}

/**
 * A document's stage as a pure function of its verified transitions: a chain from its starting
 * stage, each link naming the one before. At each link the earliest (time, id) candidate that an
 * allowed member signed in the allowed order wins; invalid ones are set aside first, so a forgery
 * cannot crowd out an honest step. The same on every install holding the same entries.
 */
export function deriveLifecycle(verified: readonly Verified<SignedEntry>[], options: LifecycleOptions): Lifecycle & { malformed: UnverifiedEntry[] } {
  const report = entriesOfKind(verified, 'document-transition', TransitionContentSchema);
  const startedFrom = startingStage(options.storedStatus);
  const state: Lifecycle = { stage: startedFrom, startedFrom, history: [], ignored: [], reviewEndsAt: null, proposalId: null, adoption: null };
  const remaining = report.verified.filter((entry) => entry.subjectId === options.documentId).sort(byTime);
  const ignore = (entry: TransitionEntry, reason: IgnoredReason) =>
    state.ignored.push({ id: entry.id, authorId: entry.authorId, at: entry.at, to: entry.content.to, reason });
  let lastId: string | null = null;
  let lastAt: string | null = null;
  for (;;) {
    const candidates = remaining.filter((entry) => entry.content.previousId === lastId);
    let next: TransitionEntry | undefined;
    for (const candidate of candidates) {
      remaining.splice(remaining.indexOf(candidate), 1);
      if (next) {
        ignore(candidate, 'concurrent');
        continue;
      }
      const problem = problemOf(candidate, state, options, lastAt);
      if (problem) ignore(candidate, problem);
      else next = candidate;
    }
    if (!next) break;
    const step = applied(next);
    if (state.history.length === 0) state.startedFrom = step.from;
    state.history.push(step);
    state.stage = step.to;
    lastId = step.id;
    lastAt = step.at;
    if (step.to === 'in-review') state.reviewEndsAt = step.reviewEndsAt;
    if (step.to === 'consensus-call') state.proposalId = step.proposalId;
    if (step.to === 'adopted') state.adoption = step;
    if (step.to === 'draft') {
      state.reviewEndsAt = null;
      state.proposalId = null;
    }
  }
  // Whatever is left hangs off no applied step: an invalid predecessor, a made-up one, or a cycle.
  for (const entry of remaining) ignore(entry, 'out-of-order');
  const malformed = report.unverified.filter((entry) => verified.some((item) => item.id === entry.entryId && item.subjectId === options.documentId));
  return { ...state, malformed };
}

/** One line per applied transition, oldest first: what exports print as the document's record. */
export interface LifecycleRecordLine {
  at: string;
  by: string;
  from: LifecycleStage;
  to: LifecycleStage;
  reviewEndsAt: string | null;
  proposalId: string | null;
  decisionId: string | null;
}

/** The lifecycle record of a document for exports: pure, from the derived lifecycle only. */
export function lifecycleRecord(lifecycle: Pick<Lifecycle, 'history'>, nameOf: (memberId: string) => string): LifecycleRecordLine[] {
  return lifecycle.history.map((step) => ({
    at: step.at,
    by: nameOf(step.authorId),
    from: step.from,
    to: step.to,
    reviewEndsAt: step.reviewEndsAt,
    proposalId: step.proposalId,
    decisionId: step.decisionId,
  }));
}
