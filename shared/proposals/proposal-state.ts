import type { Member } from '../members/member';
import type { SignedEntry } from '../integrity/signed-entry';
import { entriesOfKind, type UnverifiedEntry, type Verified } from '../integrity/verify-entry';
import { suggestConsensusLevel, type ConsensusLevel } from './consensus-level';
import { DecisionContentSchema, type DecisionEntry } from './decision';
import { buildDecisionLog, DecisionObjectionContentSchema, type DecisionLog } from './decision-log';
import { ObjectionChangeContentSchema, trackObjections, type ObjectionView } from './objection';
import { PositionContentSchema } from './position';
import type { Proposal } from './proposal';
import { resolveTerms, type TermsStatus } from './proposal-terms';
import { evaluateRule, type RuleEvaluation } from './rule-evaluation';
import { tallyPositions, type Tally } from './tally';

export interface ProposalState {
  tally: Tally;
  objections: ObjectionView[];
  evaluation: RuleEvaluation;
  suggestedLevel: ConsensusLevel | undefined;
  decisions: DecisionLog;
  /** Which revision of the terms is current, or why the stored terms cannot be trusted. */
  terms: TermsStatus;
  /** Entries whose content did not match their kind although their signature did. */
  flagged: UnverifiedEntry[];
}

/**
 * Everything the proposal screen shows, from verified entries only. The latest decision (other than
 * "deferred") closes the proposal: it fixes what counted, and positions cast after it are shown, not counted.
 */
export function proposalState(options: {
  proposal: Proposal;
  members: readonly Member[];
  /** Output of verifyEntries() over ConsensusDoc.rawEntries(). */
  verified: readonly Verified<SignedEntry>[];
  /** First-seen time of an entry, from the local archive; entries never archived count as arriving now. */
  receivedAt: (entryId: string) => string | undefined;
  now: Date;
  /** Entry ids in the shared log not yet verified, so a just-written revision reads as "checking", not tampered. */
  awaiting?: (entryId: string) => boolean;
}): ProposalState {
  const { proposal, members, now } = options;
  const arrival = (id: string): string => options.receivedAt(id) ?? now.toISOString();
  const positions = entriesOfKind(options.verified, 'position', PositionContentSchema);
  const changes = entriesOfKind(options.verified, 'objection-change', ObjectionChangeContentSchema);
  const decisionEntries = entriesOfKind(options.verified, 'decision', DecisionContentSchema);
  const contests = entriesOfKind(options.verified, 'decision-objection', DecisionObjectionContentSchema);
  const ownDecisions: DecisionEntry[] = decisionEntries.verified.filter((entry) => entry.subjectId === proposal.id);
  const decisions = buildDecisionLog({
    decisions: ownDecisions,
    objections: contests.verified.map((entry) => ({ entry, receivedAt: arrival(entry.id) })),
    members,
    now,
  });
  const terms = resolveTerms({ proposal, verified: options.verified, awaiting: options.awaiting });
  const closing = decisions.records.filter((record) => record.outcome !== 'deferred').at(-1);
  const tally = tallyPositions({
    proposal,
    members,
    positions: positions.verified.map((entry) => ({ entry, receivedAt: arrival(entry.id) })),
    closedAt: closing?.decidedAt,
    decidedPositionIds: closing?.content.countedPositionIds,
    terms: {
      revision: terms.status.revision,
      termsId: terms.status.kind === 'signed' ? terms.status.termsId : undefined,
      countable: terms.status.kind === 'signed' || terms.status.kind === 'unsigned',
    },
  });
  const objections = trackObjections({ proposal, members, tally, changes: changes.verified });
  return {
    tally,
    objections,
    evaluation: evaluateRule(proposal.rule, tally, objections),
    suggestedLevel: suggestConsensusLevel(tally.counts),
    decisions,
    terms: terms.status,
    flagged: [...terms.flagged, ...positions.unverified, ...changes.unverified, ...decisionEntries.unverified, ...contests.unverified],
  };
}
