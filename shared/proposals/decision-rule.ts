import { z } from 'zod';
import { isFullMember, type Member } from '../members/member';

export const RULE_KINDS = ['consensus', 'rough-consensus', 'majority', 'supermajority'] as const;
export const RuleKindSchema = z.enum(RULE_KINDS, { message: 'errors.unknownDecisionRule' });
export type RuleKind = z.infer<typeof RuleKindSchema>;

export const MIN_THRESHOLD_PERCENT = 50;
export const MAX_THRESHOLD_PERCENT = 100;

export const QuorumSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), count: z.number().int({ message: 'errors.invalidNumber' }).min(1, { message: 'errors.quorumTooSmall' }) }),
  z.object({
    kind: z.literal('share'),
    percent: z.number().gt(0, { message: 'errors.quorumTooSmall' }).max(100, { message: 'errors.quorumOutOfRange' }),
  }),
]);
export type Quorum = z.infer<typeof QuorumSchema>;

const common = {
  quorum: QuorumSchema.nullable(),
  /** Observers neither vote nor count towards quorum unless the rule says so. */
  includeObservers: z.boolean(),
};

/**
 * consensus: adopted when no one objects (stand-asides allowed); rough-consensus: the chair judges
 * and gives reasoning (RFC 7282); majority: more for than against; supermajority: at least the threshold.
 */
export const DecisionRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('consensus'), ...common }),
  z.object({ kind: z.literal('rough-consensus'), ...common }),
  z.object({ kind: z.literal('majority'), ...common }),
  z.object({
    kind: z.literal('supermajority'),
    thresholdPercent: z
      .number({ message: 'errors.thresholdOutOfRange' })
      .min(MIN_THRESHOLD_PERCENT, { message: 'errors.thresholdOutOfRange' })
      .max(MAX_THRESHOLD_PERCENT, { message: 'errors.thresholdOutOfRange' }),
    ...common,
  }),
]);
export type DecisionRule = z.infer<typeof DecisionRuleSchema>;

export function isConsensusRule(rule: Pick<DecisionRule, 'kind'>): boolean {
  return rule.kind === 'consensus' || rule.kind === 'rough-consensus';
}

export function eligibleMembers<M extends Pick<Member, 'role'>>(members: readonly M[], rule: Pick<DecisionRule, 'includeObservers'>): M[] {
  return members.filter((member) => rule.includeObservers || isFullMember(member));
}

/** How many responses the quorum needs out of this many eligible members; 0 when there is no quorum. */
export function quorumRequired(rule: Pick<DecisionRule, 'quorum'>, eligibleCount: number): number {
  if (!rule.quorum) return 0;
  return rule.quorum.kind === 'count' ? rule.quorum.count : Math.ceil((rule.quorum.percent / 100) * eligibleCount - 1e-9);
}

/** Roles that may close a proposal, record a decision or overrule an objection. */
export const OFFICER_ROLES = ['chair', 'vice-chair', 'coordinator'] as const satisfies readonly Member['role'][];

export function isOfficer(member: Pick<Member, 'role'>): boolean {
  return (OFFICER_ROLES as readonly string[]).includes(member.role);
}
