import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import { eligibleMembers } from '../../shared/proposals/decision-rule';
import { preparePosition, reasonInvited, reasonRequired, type Stance } from '../../shared/proposals/position';
import type { Proposal } from '../../shared/proposals/proposal';
import type { ProposalState } from '../../shared/proposals/proposal-state';
import type { FieldErrors } from '../../shared/validation';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { TextField } from '../ui/fields';
import { FormProblem, RadioGroup } from './proposal-fields';
import { stanceOptions } from './proposal-labels';
import { useFormats } from '../i18n/use-formats';
import { signAndAppend } from './use-consensus';

interface Props {
  workspaceId: string;
  doc: ConsensusDoc;
  integrity: WorkspaceIntegrity;
  proposal: Proposal;
  state: ProposalState;
  me: Member;
  now: Date;
  zone: string;
}

/**
 * Taking (or changing) one's position. Outside the proposal's window the form is replaced by a
 * sentence saying when positions are taken, rather than a button that would only be refused.
 */
export function PositionForm({ workspaceId, doc, integrity, proposal, state, me, now, zone }: Props) {
  const { t } = useTranslation();
  const formats = useFormats(zone);
  const mine = state.tally.current.find((position) => position.memberId === me.id);
  const [stance, setStance] = useState<Stance | ''>(mine?.stance ?? '');
  const [reason, setReason] = useState(mine?.reason ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ key: string; values?: Record<string, string> }>();
  const [saved, setSaved] = useState(false);

  if (now.getTime() < Date.parse(proposal.opensAt))
    return <p>{t('proposals.position.notOpenYet', { when: formats.dateTime(proposal.opensAt, { withZone: true }) })}</p>;
  if (now.getTime() > Date.parse(proposal.closesAt))
    return <p>{t('proposals.position.closed', { when: formats.dateTime(proposal.closesAt, { withZone: true }) })}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(undefined);
    const prepared = preparePosition({ stance, reason }, { proposal, workspaceId, memberId: me.id, now: new Date() });
    setErrors(prepared.ok ? {} : prepared.errors);
    if (!prepared.ok) return;
    const problem = await signAndAppend(integrity, doc, prepared.value);
    if (problem) setFailure(problem);
    else setSaved(true);
  };

  const eligible = eligibleMembers([me], proposal.rule).length > 0;
  const decided = state.decisions.records.some((record) => record.outcome !== 'deferred');
  const reasonHint = stance !== '' && reasonRequired(stance) ? 'proposals.position.reasonRequiredHint' : stance !== '' && reasonInvited(stance) ? 'proposals.position.reasonInvitedHint' : 'proposals.position.reasonHint';
  return (
    <form noValidate aria-label={t('proposals.position.form')} onSubmit={(event) => void submit(event)}>
      {mine ? <p>{t('proposals.position.current', { stance: t(`proposals.stances.${mine.stance}`) })}</p> : null}
      {!eligible ? <p className="notice">{t('proposals.position.notEligible')}</p> : null}
      {decided ? <p className="notice">{t('proposals.position.afterDecision')}</p> : null}
      <RadioGroup<Stance>
        id="position-stance"
        legend={t('proposals.position.stance')}
        value={stance}
        options={stanceOptions(t)}
        error={errors.stance}
        onChange={(value) => {
          setStance(value);
          setSaved(false);
        }}
        required
      />
      <TextField
        id="position-reason"
        label={t('proposals.position.reason')}
        hint={t(reasonHint)}
        value={reason}
        error={errors.reason}
        onChange={setReason}
        multiline
        required={stance !== '' && reasonRequired(stance)}
      />
      <FormProblem error={errors._form} />
      {failure ? <p role="alert" className="field-error">{t(failure.key, failure.values)}</p> : null}
      <button type="submit" className="primary">
        {t('proposals.position.submit')}
      </button>
      <p role="status">{saved ? t('proposals.position.saved') : ''}</p>
    </form>
  );
}
