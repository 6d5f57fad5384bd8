import type { TFunction } from 'i18next';
import { CONSENSUS_LEVELS } from '../../shared/proposals/consensus-level';
import { OUTCOMES } from '../../shared/proposals/decision';
import { RULE_KINDS, type DecisionRule } from '../../shared/proposals/decision-rule';
import { STANCES } from '../../shared/proposals/position';
import type { ProposalStatus } from './proposal-records';
import type { Formats } from '../../shared/i18n/formats';

// Option lists come from the domain's own enumerations, so a new stance or outcome cannot be missing from a form.
export const stanceOptions = (t: TFunction) => STANCES.map((value) => ({ value, label: t(`proposals.stances.${value}`) }));
export const outcomeOptions = (t: TFunction) => OUTCOMES.map((value) => ({ value, label: t(`proposals.outcomes.${value}`) }));
export const levelOptions = (t: TFunction) => CONSENSUS_LEVELS.map((value) => ({ value, label: t(`proposals.levels.${value}`) }));
export const ruleOptions = (t: TFunction) => RULE_KINDS.map((value) => ({ value, label: t(`proposals.rules.${value}`) }));

/** The rule in words: kind, threshold, quorum and whether observers take part. */
export function ruleLabel(t: TFunction, rule: DecisionRule): string {
  const parts = [rule.kind === 'supermajority' ? t('proposals.ruleText.supermajority', { percent: rule.thresholdPercent }) : t(`proposals.rules.${rule.kind}`)];
  if (rule.quorum?.kind === 'count') parts.push(t('proposals.ruleText.quorumCount', { count: rule.quorum.count }));
  if (rule.quorum?.kind === 'share') parts.push(t('proposals.ruleText.quorumShare', { percent: rule.quorum.percent }));
  if (rule.includeObservers) parts.push(t('proposals.ruleText.observersIncluded'));
  return parts.join(t('proposals.ruleText.separator'));
}

export function statusLabel(t: TFunction, status: ProposalStatus, formats: Formats): string {
  if (status.kind !== 'decided') return t(`proposals.status.${status.kind}`);
  const outcome = t(`proposals.outcomes.${status.record.outcome}`);
  if (status.record.status === 'provisional')
    return t('proposals.status.decidedProvisional', { outcome, until: formats.dateTime(status.record.finalAt, { withZone: true }) });
  return t('proposals.status.decided', { outcome, status: t(`proposals.decisionStatus.${status.record.status}`) });
}
