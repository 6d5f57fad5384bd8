import type { RemovalFlag } from '../../shared/integrity/removal-flag';
import { flagsWithReports } from '../../shared/integrity/tamper-report';
import type { SignedEntry } from '../../shared/integrity/signed-entry';
import { entriesOfKind, type UnverifiedEntry, type Verified } from '../../shared/integrity/verify-entry';
import type { Member } from '../../shared/members/member';
import type { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import { DecisionContentSchema } from '../../shared/proposals/decision';
import { buildDecisionLog, DecisionObjectionContentSchema, type DecisionLog, type DecisionRecord } from '../../shared/proposals/decision-log';
import type { Proposal } from '../../shared/proposals/proposal';
import type { ProposalState } from '../../shared/proposals/proposal-state';
import type { IntegritySnapshot } from '../integrity/workspace-integrity';

/**
 * The decisions of every proposal in one log, for the list and the decisions log. The same
 * buildDecisionLog() proposalState() uses per proposal, so statuses agree between the two screens.
 */
export function workspaceDecisions(snapshot: IntegritySnapshot, members: readonly Member[], now: Date): DecisionLog {
  const decisions = entriesOfKind(snapshot.verified, 'decision', DecisionContentSchema).verified;
  const contests = entriesOfKind(snapshot.verified, 'decision-objection', DecisionObjectionContentSchema).verified;
  return buildDecisionLog({
    decisions,
    objections: contests.map((entry) => ({ entry, receivedAt: snapshot.receivedAt.get(entry.id) ?? now.toISOString() })),
    members,
    now,
  });
}

export type ProposalStatus =
  | { kind: 'upcoming' | 'open' | 'closed' }
  | { kind: 'decided'; record: DecisionRecord };

/** Decided once a decision other than "deferred" stands (as proposalState() closes it); otherwise by its times. */
export function proposalStatus(proposal: Proposal, records: readonly DecisionRecord[], now: Date): ProposalStatus {
  const closing = records.filter((record) => record.proposalId === proposal.id && record.outcome !== 'deferred').at(-1);
  if (closing) return { kind: 'decided', record: closing };
  if (now.getTime() < Date.parse(proposal.opensAt)) return { kind: 'upcoming' };
  return now.getTime() > Date.parse(proposal.closesAt) ? { kind: 'closed' } : { kind: 'open' };
}

export interface IntegrityIssues {
  /** Entries about this proposal that failed verification or whose content was malformed: never counted. */
  notCounted: UnverifiedEntry[];
  /** Signed entries about this proposal that were removed or altered, and restored from an archive. */
  restored: RemovalFlag[];
}

function subjectOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const subject = (value as { subjectId?: unknown }).subjectId;
  return typeof subject === 'string' ? subject : undefined;
}

/**
 * Which integrity problems concern this proposal. An unverified entry cannot be trusted, but its
 * claimed subject still says where to warn; objections to a decision point at the decision's id.
 * state.flagged spans every proposal (entriesOfKind is not per subject), so it is narrowed here too.
 */
export function integrityIssues(options: {
  doc: ConsensusDoc;
  snapshot: IntegritySnapshot;
  proposalId: string;
  state: ProposalState;
}): IntegrityIssues {
  const { doc, snapshot, proposalId, state } = options;
  const subjects = new Set<string>([proposalId, ...state.decisions.records.map((record) => record.id), ...state.decisions.rejected.map((item) => item.entryId)]);
  const rawSubject = new Map(doc.rawEntries().map((raw) => [raw.key, subjectOf(raw.value)]));
  const verifiedSubject = new Map(snapshot.verified.map((entry: Verified<SignedEntry>) => [entry.id, entry.subjectId]));
  const concerns = (subject: string | undefined): boolean => subject !== undefined && subjects.has(subject);
  return {
    notCounted: [
      ...snapshot.unverified.filter((entry) => concerns(rawSubject.get(entry.key))),
      ...state.flagged.filter((entry) => concerns(verifiedSubject.get(entry.entryId ?? entry.key))),
    ],
    // Other members' signed reports count as theirs: each line names who noticed.
    restored: flagsWithReports(snapshot.flags, snapshot.reports).filter((flag) => concerns(flag.subjectId)),
  };
}

export function nameOf(members: readonly Member[], id: string): string {
  return members.find((member) => member.id === id)?.name ?? id;
}
