import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { ConsensusLevel } from '../../shared/proposals/consensus-level';
import type { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import { MAX_CONFIRMATION_DAYS, prepareDecision, type Outcome } from '../../shared/proposals/decision';
import type { Proposal } from '../../shared/proposals/proposal';
import type { ProposalState } from '../../shared/proposals/proposal-state';
import type { FieldErrors } from '../../shared/validation';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { FormErrorSummary, SelectField, TextField } from '../ui/fields';
import { InputField } from '../ui/fields';
import { CheckboxField, FormProblem } from './proposal-fields';
import { levelOptions, outcomeOptions } from './proposal-labels';
import { numberOrUndefined, viewerZone } from './proposal-time';
import { signAndAppend } from './use-consensus';

type LevelChoice = ConsensusLevel | 'none';

interface Props {
  workspaceId: string;
  doc: ConsensusDoc;
  integrity: WorkspaceIntegrity;
  proposal: Proposal;
  state: ProposalState;
  me: Member;
}

/**
 * The officer's record of the decision. prepareDecision() refuses what no record may say (adopting
 * over an open objection under consensus, a level the outcome contradicts); its reasons show on the
 * field concerned, and nothing is signed until it accepts.
 */
export function DecisionForm({ workspaceId, doc, integrity, proposal, state, me }: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  // The level follows the live suggestion until the chair picks one: the chair designates, the app only suggests.
  const [level, setLevel] = useState<LevelChoice | undefined>(undefined);
  const [summary, setSummary] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [provisional, setProvisional] = useState(false);
  const [days, setDays] = useState('14');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ key: string; values?: Record<string, string> }>();
  const [saved, setSaved] = useState(false);
  const shownLevel: LevelChoice = level ?? state.suggestedLevel ?? 'none';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(undefined);
    const input = {
      outcome,
      level: shownLevel === 'none' ? null : shownLevel,
      summary,
      reasoning,
      provisional,
      confirmationDays: provisional ? numberOrUndefined(days) : undefined,
    };
    const prepared = prepareDecision(input, { proposal, decider: me, tally: state.tally, objections: state.objections, workspaceId, now: new Date(), timeZone: viewerZone(me) });
    setErrors(prepared.ok ? {} : prepared.errors);
    if (!prepared.ok) return;
    const problem = await signAndAppend(integrity, doc, prepared.value);
    if (problem) return setFailure(problem);
    setSaved(true);
    setSummary('');
    setReasoning('');
  };

  const roughConsensus = proposal.rule.kind === 'rough-consensus';
  return (
    <form noValidate aria-label={t('proposals.decision.form')} onSubmit={(event) => void submit(event)}>
      <SelectField<Outcome>
        id="decision-outcome"
        label={t('proposals.decision.outcome')}
        placeholder={t('proposals.decision.chooseOutcome')}
        value={outcome}
        options={outcomeOptions(t)}
        error={errors.outcome}
        onChange={setOutcome}
        required
      />
      <SelectField<LevelChoice>
        id="decision-level"
        label={t('proposals.decision.level')}
        hint={state.suggestedLevel ? t('proposals.decision.suggested', { level: t(`proposals.levels.${state.suggestedLevel}`) }) : t('proposals.decision.noSuggestion')}
        value={shownLevel}
        options={[{ value: 'none', label: t('proposals.decision.noLevel') }, ...levelOptions(t)]}
        error={errors.level}
        onChange={setLevel}
      />
      <TextField id="decision-summary" label={t('proposals.decision.summary')} value={summary} error={errors.summary} onChange={setSummary} multiline required />
      <TextField
        id="decision-reasoning"
        label={t('proposals.decision.reasoning')}
        hint={t(roughConsensus ? 'proposals.decision.reasoningRequiredHint' : 'proposals.decision.reasoningHint')}
        value={reasoning}
        error={errors.reasoning}
        onChange={setReasoning}
        multiline
        required={roughConsensus}
      />
      <CheckboxField id="decision-provisional" label={t('proposals.decision.provisional')} hint={t('proposals.decision.provisionalHint')} checked={provisional} onChange={setProvisional} />
      {provisional ? (
        <InputField
          id="decision-days"
          type="number"
          label={t('proposals.decision.confirmationDays')}
          min={1}
          max={MAX_CONFIRMATION_DAYS}
          step="any"
          value={days}
          error={errors.confirmationDays}
          onChange={setDays}
          required
        />
      ) : null}
      <FormProblem error={errors._form} />
      {failure ? <p role="alert" className="field-error">{t(failure.key, failure.values)}</p> : null}
      <FormErrorSummary errors={errors} />
      <button type="submit" className="primary">
        {t('proposals.decision.submit')}
      </button>
      <p role="status">{saved ? t('proposals.decision.saved') : ''}</p>
    </form>
  );
}
