import { z } from 'zod';
import { canonicalJson, type JsonObject } from '../integrity/canonical-json';
import { unsignedEntry, type SignedEntry, type UnsignedEntry } from '../integrity/signed-entry';
import { byTime, entriesOfKind, type UnverifiedEntry, type Verified } from '../integrity/verify-entry';
import { entityId, isoDateTime } from '../validation';
import { DecisionRuleSchema } from './decision-rule';
import { MAX_GRACE_HOURS, MAX_PROPOSAL_TEXT_LENGTH, type Proposal } from './proposal';

/**
 * What members take a position on, signed by the proposer: the wording, the rule (with its
 * threshold and quorum) and the times that decide which positions count. subjectId is the proposal id.
 */
export const ProposalTermsContentSchema = z.object({
  revision: z.number().int().min(1),
  text: z.string().min(1).max(MAX_PROPOSAL_TEXT_LENGTH),
  rule: DecisionRuleSchema,
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  arrivalGraceHours: z.number().min(0).max(MAX_GRACE_HOURS),
  /** The terms entry this one replaces; null for revision 1. */
  previousTermsId: entityId.nullable(),
});
export type ProposalTermsContent = z.output<typeof ProposalTermsContentSchema>;
export type ProposalTermsEntry = Verified<SignedEntry<ProposalTermsContent>>;

export type TermsFields = Pick<Proposal, 'text' | 'rule' | 'opensAt' | 'closesAt' | 'arrivalGraceHours'>;

function fieldsOf(terms: TermsFields): TermsFields {
  return { text: terms.text, rule: terms.rule, opensAt: terms.opensAt, closesAt: terms.closesAt, arrivalGraceHours: terms.arrivalGraceHours };
}

function sameTerms(a: TermsFields, b: TermsFields): boolean {
  return canonicalJson(fieldsOf(a) as unknown as JsonObject) === canonicalJson(fieldsOf(b) as unknown as JsonObject);
}

/**
 * The terms entry the proposer signs: revision 1 for a new proposal, else the next revision. The
 * record that goes with it is `withTerms(proposal, signed)`; ConsensusDoc writes both together.
 */
export function prepareTerms(
  proposal: Proposal,
  terms: TermsFields,
  context: { workspaceId: string; now: Date; next: boolean; id?: string },
): UnsignedEntry<ProposalTermsContent> {
  // An older, unsigned proposal was revision 1, so its first signed revision is 2: positions given to it stay apart.
  const revision = context.next ? (proposal.revision ?? 1) + 1 : 1;
  return unsignedEntry('proposal-terms', { ...context, subjectId: proposal.id, authorId: proposal.proposerId }, {
    ...fieldsOf(terms),
    revision,
    previousTermsId: context.next ? (proposal.termsId ?? null) : null,
  });
}

/** The proposal record holding a signed revision's terms. */
export function withTerms(proposal: Proposal, terms: SignedEntry<ProposalTermsContent>): Proposal {
  return { ...proposal, ...fieldsOf(terms.content), revision: terms.content.revision, termsId: terms.id };
}

export const TAMPER_REASONS = ['terms-mismatch', 'signature-missing', 'proposer-mismatch', 'proposer-contested'] as const;
export type TamperReason = (typeof TAMPER_REASONS)[number];

export type TermsStatus =
  /** Made before terms were signed: revision 1, counted as before. */
  | { kind: 'unsigned'; revision: 1 }
  | { kind: 'signed'; revision: number; termsId: string; revisions: ProposalTermsEntry[] }
  /** The record's terms entry is in the shared log but not yet verified here: nothing counts until it is. */
  | { kind: 'checking'; revision: number }
  | { kind: 'tampered'; revision: number; why: TamperReason };

/**
 * Whether the proposal's stored terms are the ones its proposer signed last. The proposer is the
 * signer of revision 1; any other signer's terms are flagged and ignored. Pure, so every install agrees.
 */
export function resolveTerms(options: {
  proposal: Proposal;
  verified: readonly Verified<SignedEntry>[];
  /** Entry ids present in the shared log but not yet verified (the integrity check runs after each change). */
  awaiting?: (entryId: string) => boolean;
}): { status: TermsStatus; flagged: UnverifiedEntry[] } {
  const { proposal } = options;
  const report = entriesOfKind(options.verified, 'proposal-terms', ProposalTermsContentSchema);
  const own = report.verified.filter((entry) => entry.subjectId === proposal.id).sort(byTime);
  const ofProposal = new Set(options.verified.filter((entry) => entry.subjectId === proposal.id).map((entry) => entry.id));
  const flagged = report.unverified.filter((entry) => entry.entryId !== undefined && ofProposal.has(entry.entryId));
  const revision = proposal.revision ?? 1;
  const tampered = (why: TamperReason): { status: TermsStatus; flagged: UnverifiedEntry[] } => ({ status: { kind: 'tampered', revision, why }, flagged });
  if (own.length === 0) {
    if (proposal.termsId === undefined && proposal.revision === undefined) return { status: { kind: 'unsigned', revision: 1 }, flagged };
    if (proposal.termsId !== undefined && options.awaiting?.(proposal.termsId)) return { status: { kind: 'checking', revision }, flagged };
    return tampered('signature-missing');
  }
  // Revision 1 names the proposer; two signers of it means someone re-signed another's proposal.
  const firstSigners = new Set(own.filter((entry) => entry.content.revision === 1).map((entry) => entry.authorId));
  if (firstSigners.size > 1) return tampered('proposer-contested');
  const proposer = [...firstSigners][0] ?? own[0]?.authorId;
  if (proposer !== proposal.proposerId) return tampered('proposer-mismatch');
  // Terms signed by anyone else are not the proposer's and are simply not applied.
  const revisions = own.filter((entry) => entry.authorId === proposer);
  const latest = revisions.reduce((best, entry) => (entry.content.revision >= best.content.revision ? entry : best));
  if (proposal.termsId !== latest.id || proposal.revision !== latest.content.revision || !sameTerms(proposal, latest.content)) return tampered('terms-mismatch');
  return { status: { kind: 'signed', revision: latest.content.revision, termsId: latest.id, revisions }, flagged };
}
