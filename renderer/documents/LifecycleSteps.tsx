import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocked, NEXT_STAGES, type LifecycleStage } from '../../shared/documents/lifecycle-stage';
import type { Proposal } from '../../shared/proposals/proposal';
import type { DecisionRecord } from '../../shared/proposals/decision-log';
import type { FieldErrors } from '../../shared/validation';
import type { TransitionRequest } from '../../shared/documents/lifecycle-transition';
import { useFormats } from '../i18n/use-formats';
import { dayBoundary } from '../proposals/proposal-time';
import { DateTimeField } from '../ui/date-time-field';
import { SelectField } from '../ui/fields';

/**
 * The next steps an officer may take from here, each with what it needs (an end date for the
 * review, a proposal for the consensus call, the adopting decision for adoption).
 */
export function LifecycleSteps({
  stage,
  mayMove,
  proposals,
  linkedProposal,
  adoptingDecision,
  zone,
  onMove,
}: {
  stage: LifecycleStage;
  mayMove: boolean;
  proposals: readonly Proposal[];
  linkedProposal: Proposal | undefined;
  adoptingDecision: DecisionRecord | undefined;
  zone: string;
  onMove: (request: Omit<TransitionRequest, 'adoptedTextDigest'>) => Promise<FieldErrors | undefined>;
}) {
  const { t } = useTranslation();
  const formats = useFormats(zone);
  const [reviewEnd, setReviewEnd] = useState('');
  const [proposalId, setProposalId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  if (!mayMove) return <p className="hint lifecycle-not-allowed">{t('lifecycle.onlyOfficers')}</p>;

  // Going back to draft from a locked stage is the lock note's "Start a new draft", beside the text.
  const steps = NEXT_STAGES[stage].filter((to) => !(to === 'draft' && isLocked(stage)) && !(to === 'adopted' && !adoptingDecision));
  const move = async (to: LifecycleStage) => {
    const end = to === 'in-review' ? dayBoundary(reviewEnd, zone, 'end') : undefined;
    setPending(true);
    try {
      setErrors((await onMove({ to, reviewEndsAt: end?.toISOString(), proposalId: proposalId || undefined })) ?? {});
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="lifecycle-steps">
      {NEXT_STAGES[stage].includes('in-review') ? (
        <DateTimeField id="review-ends" kind="date" label={t('lifecycle.reviewEndsLabel')} hint={t('lifecycle.reviewEndsHint')} value={reviewEnd} onChange={setReviewEnd} error={errors.reviewEndsAt} />
      ) : null}
      {NEXT_STAGES[stage].includes('consensus-call') ? (
        <SelectField<string>
          id="consensus-proposal"
          label={t('lifecycle.proposalLabel')}
          hint={proposals.length === 0 ? t('lifecycle.noProposals') : undefined}
          placeholder={t('lifecycle.proposalPlaceholder')}
          value={proposalId}
          onChange={setProposalId}
          options={proposals.map((proposal) => ({ value: proposal.id, label: proposal.title }))}
          error={errors.proposalId}
        />
      ) : null}
      {NEXT_STAGES[stage].includes('adopted') ? (
        <p className={adoptingDecision ? undefined : 'hint'}>
          {adoptingDecision
            ? t('lifecycle.adoptingDecision', {
                title: linkedProposal?.title ?? '',
                outcome: t(`proposals.outcomes.${adoptingDecision.outcome}`),
                when: formats.dateTime(adoptingDecision.decidedAt, { withZone: true }),
              })
            : t('lifecycle.noAdoptingDecision', { title: linkedProposal?.title ?? '' })}
        </p>
      ) : null}
      <div className="item-actions">
        {steps.map((to) => (
          <button key={to} type="button" disabled={pending} onClick={() => void move(to)}>
            {t(`lifecycle.steps.${to}`)}
          </button>
        ))}
      </div>
      {errors._form ? (
        <p className="field-error" role="alert">
          {t(errors._form)}
        </p>
      ) : null}
    </div>
  );
}
