import { useTranslation } from 'react-i18next';
import type { AppliedTransition } from '../../shared/documents/lifecycle-log';
import type { Member } from '../../shared/members/member';
import type { DecisionRecord } from '../../shared/proposals/decision-log';
import type { Proposal } from '../../shared/proposals/proposal';
import { routeHref } from '../app/router';
import { nameOf } from '../proposals/proposal-records';
import { useFormats } from '../i18n/use-formats';

/** Who moved the document, when, and on which decision: only steps the log lets stand. */
export function TransitionHistory({
  workspaceId,
  history,
  members,
  proposals,
  decisions,
  zone,
}: {
  workspaceId: string;
  history: readonly AppliedTransition[];
  members: readonly Member[];
  proposals: readonly Proposal[];
  decisions: readonly DecisionRecord[];
  zone: string;
}) {
  const { t } = useTranslation();
  const formats = useFormats(zone);
  const when = (iso: string) => formats.dateTime(iso, { withZone: true });
  return (
    <>
      <h3>{t('lifecycle.historyTitle')}</h3>
      {history.length === 0 ? (
        <p>{t('lifecycle.noHistory')}</p>
      ) : (
        <ol className="lifecycle-history" aria-label={t('lifecycle.historyTitle')}>
          {history.map((step) => {
            const proposal = proposals.find((item) => item.id === step.proposalId);
            const decision = decisions.find((item) => item.id === step.decisionId);
            return (
              <li key={step.id}>
                {t('lifecycle.historyLine', {
                  from: t(`lifecycle.stages.${step.from}`),
                  to: t(`lifecycle.stages.${step.to}`),
                  name: nameOf(members, step.authorId),
                  when: when(step.at),
                })}
                {step.reviewEndsAt ? <> · {t('lifecycle.historyReviewEnds', { when: when(step.reviewEndsAt) })}</> : null}
                {proposal && step.to === 'consensus-call' ? (
                  <>
                    {' · '}
                    <a href={routeHref({ name: 'proposal', workspaceId, proposalId: proposal.id })}>{t('lifecycle.historyProposal', { title: proposal.title })}</a>
                  </>
                ) : null}
                {step.decisionId ? (
                  <>
                    {' · '}
                    {t('lifecycle.historyDecision', {
                      title: proposal?.title ?? '',
                      outcome: decision ? t(`proposals.outcomes.${decision.outcome}`) : '',
                      when: decision ? when(decision.decidedAt) : '',
                    })}
                  </>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
