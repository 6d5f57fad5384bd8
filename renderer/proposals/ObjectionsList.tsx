import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import { OBJECTION_TRANSITIONS, prepareObjectionChange, transitionError, type ObjectionState, type ObjectionView } from '../../shared/proposals/objection';
import type { Proposal } from '../../shared/proposals/proposal';
import type { FieldErrors } from '../../shared/validation';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { TextField } from '../ui/fields';
import { FormProblem } from './proposal-fields';
import { nameOf } from './proposal-records';
import { useFormats } from '../i18n/use-formats';
import { signAndAppend } from './use-consensus';

interface Context {
  workspaceId: string;
  doc: ConsensusDoc;
  integrity: WorkspaceIntegrity;
  proposal: Proposal;
  members: readonly Member[];
  me: Member | undefined;
  zone: string;
}

/** Each objection with its state, its history of changes, and the changes this member may make. */
export function ObjectionsList({ objections, ...context }: Context & { objections: readonly ObjectionView[] }) {
  const { t } = useTranslation();
  if (objections.length === 0) return <p>{t('proposals.objections.none')}</p>;
  return (
    <>
      {objections.map((objection) => (
        <ObjectionItem key={objection.id} objection={objection} {...context} />
      ))}
    </>
  );
}

function ObjectionItem({ objection, ...context }: Context & { objection: ObjectionView }) {
  const { t } = useTranslation();
  const { members, zone } = context;
  const formats = useFormats(zone);
  const name = nameOf(members, objection.objectorId);
  const headingId = `objection-${objection.id}`;
  return (
    <article className="objection" aria-labelledby={headingId}>
      <h4 id={headingId}>{t(objection.current ? 'proposals.objections.by' : 'proposals.objections.earlierBy', { name })}</h4>
      <p>
        {t('proposals.objections.stateLabel')} <strong className={`objection-state state-${objection.state}`}>{t(`proposals.objectionStates.${objection.state}`)}</strong>
        {' · '}
        {t('proposals.objections.raisedAt', { when: formats.dateTime(objection.raisedAt, { withZone: true }) })}
      </p>
      <blockquote>{objection.reason}</blockquote>
      {objection.changes.length > 0 ? (
        <ol className="objection-changes" aria-label={t('proposals.objections.changes')}>
          {objection.changes.map((change) => (
            <li key={change.entryId}>
              {t('proposals.objections.change', {
                from: t(`proposals.objectionStates.${change.from}`),
                to: t(`proposals.objectionStates.${change.to}`),
                by: nameOf(members, change.byId),
                when: formats.dateTime(change.at, { withZone: true }),
                reason: change.reason,
              })}
            </li>
          ))}
        </ol>
      ) : null}
      {objection.rejected.length > 0 ? <p className="warning-text">{t('proposals.objections.rejected', { count: objection.rejected.length })}</p> : null}
      {objection.current ? <ObjectionActions objection={objection} name={name} {...context} /> : <p>{t('proposals.objections.notCurrent')}</p>}
    </article>
  );
}

/**
 * Only the transitions this member may make get a button; the domain's own transitionError() decides,
 * so the UI cannot offer what prepareObjectionChange() would refuse. When nothing is allowed, a sentence says why.
 */
function ObjectionActions({ objection, name, workspaceId, doc, integrity, proposal, me }: Context & { objection: ObjectionView; name: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ key: string; values?: Record<string, string> }>();
  const possible = OBJECTION_TRANSITIONS[objection.state];
  const problems = possible.map((to) => ({
    to,
    error: transitionError(objection.state, to, me, { objectorId: objection.objectorId, proposerId: proposal.proposerId, ruleKind: proposal.rule.kind }),
  }));
  const allowed = problems.filter((problem) => !problem.error).map((problem) => problem.to);
  if (possible.length === 0) return <p>{t('proposals.objections.final')}</p>;
  if (allowed.length === 0) return <p>{t('proposals.objections.noActions')}</p>;
  // Chairs look for 'Overrule' under plain consensus; say why it is not there instead of leaving them guessing.
  const overruleNote = problems.some((problem) => problem.error === 'errors.overruleNeedsRoughConsensus');

  const change = async (to: ObjectionState) => {
    setFailure(undefined);
    const prepared = prepareObjectionChange({ to, reason }, { objection, actor: me, proposal, workspaceId, now: new Date() });
    setErrors(prepared.ok ? {} : prepared.errors);
    if (!prepared.ok) return;
    const problem = await signAndAppend(integrity, doc, prepared.value);
    if (problem) setFailure(problem);
    else setReason('');
  };

  return (
    <form noValidate aria-label={t('proposals.objections.changeForm', { name })} onSubmit={(event) => event.preventDefault()}>
      <TextField id={`objection-reason-${objection.id}`} label={t('proposals.objections.reason')} value={reason} error={errors.reason} onChange={setReason} required />
      <FormProblem error={errors.to ?? errors._form} />
      {failure ? <p role="alert" className="field-error">{t(failure.key, failure.values)}</p> : null}
      <div className="item-actions">
        {allowed.map((to) => (
          <button key={to} type="button" onClick={() => void change(to)}>
            {t(`proposals.objectionActions.${to}`)}
          </button>
        ))}
      </div>
      {overruleNote ? <p className="hint">{t('errors.overruleNeedsRoughConsensus')}</p> : null}
    </form>
  );
}
