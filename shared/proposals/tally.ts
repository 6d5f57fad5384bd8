import type { Member } from '../members/member';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../members/stakeholder-group';
import { byTime } from '../integrity/verify-entry';
import { eligibleMembers, quorumRequired } from './decision-rule';
import { STANCES, type PositionEntry, type Stance } from './position';
import type { Proposal } from './proposal';

const HOUR_MS = 60 * 60 * 1000;

/** A verified position and when this install first saw it (from the local archive). */
export interface ReceivedPosition {
  entry: PositionEntry;
  receivedAt: string;
}

export const UNCOUNTED_REASONS = [
  'cast-before-opening',
  'cast-after-closing',
  'arrived-after-grace',
  'arrived-after-decision',
  'not-a-member',
  'not-eligible',
  /** The proposal's stored terms are not the ones its proposer signed: nothing counts. */
  'terms-tampered',
  /** Given to a revision this install does not know to be the current one. */
  'unknown-revision',
] as const;
export type UncountedReason = (typeof UNCOUNTED_REASONS)[number];

export interface CountedPosition {
  entryId: string;
  memberId: string;
  stance: Stance;
  reason: string;
  castAt: string;
  /** Cast before closing but synced after it, within the grace period. */
  arrivedLate: boolean;
}

/** Shown, never counted, with the reason why. */
export interface UncountedPosition {
  entryId: string;
  memberId: string;
  stance: Stance;
  castAt: string;
  why: UncountedReason;
}

/** A position given to an earlier revision of the terms: shown, not counted for the current one unless renewed. */
export interface EarlierRevisionPosition {
  entryId: string;
  memberId: string;
  stance: Stance;
  castAt: string;
  revision: number;
}

/** The revision positions must have been given to in order to count. */
export interface CurrentTerms {
  revision: number;
  /** The signed terms entry of that revision; undefined for a proposal made before terms were signed. */
  termsId?: string;
  /** Stored terms that do not match the proposer's signature, or a signature not yet checked. */
  countable: boolean;
}

export type StanceCounts = Record<Stance, number>;

export interface GroupTally {
  group: StakeholderGroup;
  eligible: number;
  counts: StanceCounts;
  notResponded: string[];
}

export interface Tally {
  /** Member ids who may take a position under the rule. */
  eligible: string[];
  /** The current position of each member who responded: their latest counted one. */
  current: CountedPosition[];
  /** Every counted position, oldest first, including ones later changed: the history. */
  history: CountedPosition[];
  uncounted: UncountedPosition[];
  /** Positions given to earlier revisions, oldest first. */
  earlier: EarlierRevisionPosition[];
  counts: StanceCounts;
  notResponded: string[];
  byGroup: GroupTally[];
  quorum: { required: number; responded: number; met: boolean };
  /** The instant positions stopped counting: the closing time, or an earlier decision. */
  closedAt: string;
}

export function emptyCounts(): StanceCounts {
  return Object.fromEntries(STANCES.map((stance) => [stance, 0])) as StanceCounts;
}

/** Why a position does not count on timing, or undefined when it does. */
export function timingProblem(
  proposal: Pick<Proposal, 'opensAt' | 'closesAt' | 'arrivalGraceHours'>,
  castAt: string,
  receivedAt: string,
  closedAt: string = proposal.closesAt,
): UncountedReason | undefined {
  const cast = Date.parse(castAt);
  const closed = Math.min(Date.parse(closedAt), Date.parse(proposal.closesAt));
  if (cast < Date.parse(proposal.opensAt)) return 'cast-before-opening';
  if (cast > closed) return 'cast-after-closing';
  // A claimed cast time cannot be checked, so the grace period bounds how late a backdated position may appear.
  if (Date.parse(receivedAt) > closed + proposal.arrivalGraceHours * HOUR_MS) return 'arrived-after-grace';
  return undefined;
}

/**
 * The live tally of a proposal. Takes verified positions only (the type insists); an unverified
 * position never gets here. Pure: same inputs, same tally, on every install.
 */
export function tallyPositions(options: {
  proposal: Proposal;
  members: readonly Member[];
  positions: readonly ReceivedPosition[];
  /** When a decision closed the proposal before its closing time. */
  closedAt?: string;
  /**
   * The positions a recorded decision counted. Arrival times are local to each install, so once
   * the decider signed this list it, not this install's arrival times, says what counted.
   */
  decidedPositionIds?: readonly string[];
  /** Absent: a proposal made before terms were signed, at revision 1. */
  terms?: CurrentTerms;
}): Tally {
  const { proposal } = options;
  const closedAt = new Date(Math.min(Date.parse(options.closedAt ?? proposal.closesAt), Date.parse(proposal.closesAt))).toISOString();
  const memberById = new Map(options.members.map((member) => [member.id, member]));
  const eligible = eligibleMembers(options.members, proposal.rule);
  const eligibleIds = new Set(eligible.map((member) => member.id));
  const decided = options.decidedPositionIds ? new Set(options.decidedPositionIds) : undefined;
  const timing = (entry: PositionEntry, receivedAt: string): UncountedReason | undefined => {
    if (!decided) return timingProblem(proposal, entry.at, receivedAt, closedAt);
    const problem = timingProblem(proposal, entry.at, entry.at, closedAt);
    return problem ?? (decided.has(entry.id) ? undefined : 'arrived-after-decision');
  };
  const terms = options.terms ?? { revision: 1, countable: true };
  const history: CountedPosition[] = [];
  const uncounted: UncountedPosition[] = [];
  const earlier: EarlierRevisionPosition[] = [];
  const ordered = options.positions.filter(({ entry }) => entry.subjectId === proposal.id).sort((a, b) => byTime(a.entry, b.entry));
  for (const { entry, receivedAt } of ordered) {
    const base = { entryId: entry.id, memberId: entry.authorId, stance: entry.content.stance, castAt: entry.at };
    const given = revisionMatch(entry, terms);
    if (given === 'earlier') {
      earlier.push({ ...base, revision: entry.content.revision ?? 1 });
      continue;
    }
    const why: UncountedReason | undefined = !terms.countable
      ? 'terms-tampered'
      : given === 'unknown'
        ? 'unknown-revision'
        : !memberById.has(entry.authorId)
      ? 'not-a-member'
      : !eligibleIds.has(entry.authorId)
        ? 'not-eligible'
        : timing(entry, receivedAt);
    if (why) uncounted.push({ ...base, why });
    else history.push({ ...base, reason: entry.content.reason, arrivedLate: Date.parse(receivedAt) > Date.parse(closedAt) });
  }
  const latest = new Map<string, CountedPosition>();
  for (const position of history) latest.set(position.memberId, position);
  const current = eligible.flatMap((member) => latest.get(member.id) ?? []);
  const counts = countStances(current);
  const notResponded = eligible.filter((member) => !latest.has(member.id)).map((member) => member.id);
  const required = quorumRequired(proposal.rule, eligible.length);
  return {
    eligible: eligible.map((member) => member.id),
    current,
    history,
    uncounted,
    earlier,
    counts,
    notResponded,
    byGroup: groupTallies(eligible, latest),
    quorum: { required, responded: current.length, met: current.length >= required },
    closedAt,
  };
}

/**
 * Positions signed before terms were revisable carry no revision: they were given to revision 1.
 * A position naming the current revision but another terms entry was given to other wording.
 */
function revisionMatch(entry: PositionEntry, terms: CurrentTerms): 'current' | 'earlier' | 'unknown' {
  const revision = entry.content.revision ?? 1;
  if (revision < terms.revision) return 'earlier';
  if (revision > terms.revision) return 'unknown';
  const { termsId } = entry.content;
  return termsId === undefined || terms.termsId === undefined || termsId === terms.termsId ? 'current' : 'unknown';
}

function countStances(positions: readonly { stance: Stance }[]): StanceCounts {
  const counts = emptyCounts();
  for (const position of positions) counts[position.stance] += 1;
  return counts;
}

function groupTallies(eligible: readonly Member[], latest: ReadonlyMap<string, CountedPosition>): GroupTally[] {
  return STAKEHOLDER_GROUPS.flatMap((group) => {
    const members = eligible.filter((member) => member.stakeholderGroup === group);
    if (members.length === 0) return [];
    return [
      {
        group,
        eligible: members.length,
        counts: countStances(members.flatMap((member) => latest.get(member.id) ?? [])),
        notResponded: members.filter((member) => !latest.has(member.id)).map((member) => member.id),
      },
    ];
  });
}

/** One member's positions on a proposal, oldest first, counted or not: the audit trail of their changes. */
export function positionHistory(tally: Pick<Tally, 'history' | 'uncounted'>, memberId: string): (CountedPosition | UncountedPosition)[] {
  return [...tally.history, ...tally.uncounted]
    .filter((position) => position.memberId === memberId)
    .sort((a, b) => byTime({ at: a.castAt, id: a.entryId }, { at: b.castAt, id: b.entryId }));
}
