import type { DecisionRule } from './decision-rule';
import type { ObjectionView } from './objection';
import type { Tally } from './tally';

export type Verdict = 'adoptable' | 'not-adoptable' | 'chair-judgement';
export const BLOCKERS = ['quorum-not-met', 'open-objections', 'no-support', 'tie', 'below-majority', 'below-threshold'] as const;
export type Blocker = (typeof BLOCKERS)[number];

export interface RuleEvaluation {
  verdict: Verdict;
  blockers: Blocker[];
  /** Support and support with reservations. */
  forCount: number;
  /** Objections. */
  againstCount: number;
  /** Stand-asides: counted for quorum, left out of vote shares. */
  abstentions: number;
  /** for / (for + against) × 100, or null when nobody took a side. */
  supportPercent: number | null;
  openObjectionIds: string[];
  quorumMet: boolean;
}

/** What the rule says of the tally as it stands; the chair still records the decision. */
export function evaluateRule(rule: DecisionRule, tally: Pick<Tally, 'counts' | 'quorum'>, objections: readonly ObjectionView[]): RuleEvaluation {
  const forCount = tally.counts.support + tally.counts['support-with-reservations'];
  const againstCount = tally.counts.object;
  const sided = forCount + againstCount;
  const openObjectionIds = objections.filter((objection) => objection.open).map((objection) => objection.id);
  const blockers: Blocker[] = [];
  if (!tally.quorum.met) blockers.push('quorum-not-met');
  switch (rule.kind) {
    case 'consensus':
      if (openObjectionIds.length > 0) blockers.push('open-objections');
      if (forCount === 0) blockers.push('no-support');
      break;
    case 'rough-consensus':
      if (forCount === 0) blockers.push('no-support');
      break;
    case 'majority':
      if (forCount === againstCount) blockers.push(forCount === 0 ? 'no-support' : 'tie');
      else if (forCount < againstCount) blockers.push('below-majority');
      break;
    case 'supermajority':
      // "At least" the threshold: integer arithmetic, so 2 of 3 meets 66.67 % only if the threshold allows it.
      if (sided === 0) blockers.push('no-support');
      else if (forCount * 100 < rule.thresholdPercent * sided) blockers.push('below-threshold');
      break;
  }
  const verdict: Verdict = blockers.length > 0 ? 'not-adoptable' : rule.kind === 'rough-consensus' ? 'chair-judgement' : 'adoptable';
  return {
    verdict,
    blockers,
    forCount,
    againstCount,
    abstentions: tally.counts['stand-aside'],
    supportPercent: sided === 0 ? null : (forCount / sided) * 100,
    openObjectionIds,
    quorumMet: tally.quorum.met,
  };
}
