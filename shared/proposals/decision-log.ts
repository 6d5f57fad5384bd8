import { z } from 'zod';
import { isFullMember, type Member } from '../members/member';
import { unsignedEntry, type SignedEntry, type UnsignedEntry } from '../integrity/signed-entry';
import { byTime, type Verified } from '../integrity/verify-entry';
import { MAX_TEXT_LENGTH, parseForm, type Parsed } from '../validation';
import { recordedDecisionProblem, type DecisionContent, type DecisionEntry, type Outcome } from './decision';

const HOUR_MS = 60 * 60 * 1000;

/** An objection to a provisional decision during its confirmation period; subjectId is the decision id. */
export const DecisionObjectionContentSchema = z.object({
  reason: z.string().trim().min(1, { message: 'errors.reasonRequired' }).max(MAX_TEXT_LENGTH, { message: 'errors.tooLong' }),
});
export type DecisionObjectionContent = z.output<typeof DecisionObjectionContentSchema>;
export type DecisionObjectionEntry = Verified<SignedEntry<DecisionObjectionContent>>;

export interface ReceivedDecisionObjection {
  entry: DecisionObjectionEntry;
  receivedAt: string;
}

export const DECISION_STATUSES = ['provisional', 'final', 'contested', 'superseded'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export interface DecisionRecord {
  id: string;
  proposalId: string;
  decidedBy: string;
  decidedAt: string;
  outcome: Outcome;
  content: DecisionContent;
  status: DecisionStatus;
  /** When it became (or will become, absent objections) final. */
  finalAt: string;
  contestedBy: { entryId: string; memberId: string; reason: string; at: string }[];
}

export interface DecisionLog {
  records: DecisionRecord[];
  /** Validly signed decisions no honest install could have made: flagged, left out. */
  rejected: { entryId: string; error: string }[];
}

function finalAt(content: DecisionContent, decidedAt: string): number {
  if (!content.provisional || content.confirmationEndsAt === null) return Date.parse(decidedAt);
  return Date.parse(content.confirmationEndsAt) + content.confirmationGraceHours * HOUR_MS;
}

/**
 * Every decision with its status, as a pure function of time and objections: a provisional
 * decision becomes final when its confirmation period (plus the arrival grace) ends without a
 * valid objection; a later decision on the same proposal supersedes it.
 */
export function buildDecisionLog(options: {
  decisions: readonly DecisionEntry[];
  objections: readonly ReceivedDecisionObjection[];
  members: readonly Member[];
  now: Date;
}): DecisionLog {
  const memberById = new Map(options.members.map((member) => [member.id, member]));
  const log: DecisionLog = { records: [], rejected: [] };
  const accepted = [...options.decisions].sort(byTime).filter((entry) => {
    const error = recordedDecisionProblem(entry, memberById.get(entry.authorId));
    if (error) log.rejected.push({ entryId: entry.id, error });
    return !error;
  });
  const now = options.now.getTime();
  for (const [index, entry] of accepted.entries()) {
    const { content } = entry;
    const superseded = accepted.slice(index + 1).some((later) => later.subjectId === entry.subjectId);
    const contestedBy = options.objections
      .filter(({ entry: objection, receivedAt }) => {
        const member = memberById.get(objection.authorId);
        if (objection.subjectId !== entry.id || !content.provisional || content.confirmationEndsAt === null) return false;
        if (!member || !isFullMember(member)) return false;
        const at = Date.parse(objection.at);
        return at >= Date.parse(entry.at) && at <= Date.parse(content.confirmationEndsAt) && Date.parse(receivedAt) <= finalAt(content, entry.at);
      })
      .map(({ entry: objection }) => ({ entryId: objection.id, memberId: objection.authorId, reason: objection.content.reason, at: objection.at }));
    const final = finalAt(content, entry.at);
    const status: DecisionStatus = superseded ? 'superseded' : contestedBy.length > 0 ? 'contested' : now >= final ? 'final' : 'provisional';
    log.records.push({
      id: entry.id,
      proposalId: entry.subjectId,
      decidedBy: entry.authorId,
      decidedAt: entry.at,
      outcome: content.outcome,
      content,
      status,
      finalAt: new Date(final).toISOString(),
      contestedBy,
    });
  }
  return log;
}

/** The decisions log: filter by status and by decision date (inclusive), newest first. */
export function queryDecisionLog(
  records: readonly DecisionRecord[],
  filter: { statuses?: readonly DecisionStatus[]; outcomes?: readonly Outcome[]; from?: Date; to?: Date; proposalId?: string } = {},
): DecisionRecord[] {
  return records
    .filter((record) => {
      const at = Date.parse(record.decidedAt);
      return (
        (!filter.statuses || filter.statuses.includes(record.status)) &&
        (!filter.outcomes || filter.outcomes.includes(record.outcome)) &&
        (!filter.from || at >= filter.from.getTime()) &&
        (!filter.to || at <= filter.to.getTime()) &&
        (!filter.proposalId || record.proposalId === filter.proposalId)
      );
    })
    .sort((a, b) => byTime({ at: b.decidedAt, id: b.id }, { at: a.decidedAt, id: a.id }));
}

/** Validates an objection to a provisional decision before it is signed. */
export function prepareDecisionObjection(
  input: unknown,
  context: { decision: DecisionRecord; member: Member | undefined; workspaceId: string; now: Date; id?: string },
): Parsed<UnsignedEntry<DecisionObjectionContent>> {
  const parsed = parseForm(DecisionObjectionContentSchema, input);
  if (!parsed.ok) return parsed;
  const { decision, member } = context;
  if (!member || !isFullMember(member)) return { ok: false, errors: { _form: 'errors.notAllowed' } };
  const endsAt = decision.content.confirmationEndsAt;
  if (!decision.content.provisional || endsAt === null || decision.status === 'superseded')
    return { ok: false, errors: { _form: 'errors.decisionNotProvisional' } };
  if (context.now.getTime() > Date.parse(endsAt)) return { ok: false, errors: { _form: 'errors.confirmationEnded' } };
  return { ok: true, value: unsignedEntry('decision-objection', { ...context, subjectId: decision.id, authorId: member.id }, parsed.value) };
}
