import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFullMember, type Member } from '../../shared/members/member';
import type { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import { prepareDecisionObjection, type DecisionRecord } from '../../shared/proposals/decision-log';
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
  members: readonly Member[];
  me: Member | undefined;
  zone: string;
  now: Date;
}

/** The decisions recorded on this proposal, newest last, each with its status and the minority it noted. */
export function RecordedDecisions({ records, ...context }: Context & { records: readonly DecisionRecord[] }) {
  const { t } = useTranslation();
  if (records.length === 0) return <p>{t('proposals.decisions.none')}</p>;
  return (
    <ol className="decision-records">
      {records.map((record) => (
        <DecisionItem key={record.id} record={record} {...context} />
      ))}
    </ol>
  );
}

function DecisionItem({ record, ...context }: Context & { record: DecisionRecord }) {
  const { t } = useTranslation();
  const { members, zone, me, now } = context;
  const formats = useFormats(zone);
  const when = (iso: string) => formats.dateTime(iso, { withZone: true });
  const status =
    record.status === 'provisional' ? t('proposals.decisions.provisionalUntil', { when: when(record.finalAt) }) : t(`proposals.decisionStatus.${record.status}`);
  const { content } = record;
  const contestable =
    record.status !== 'superseded' && content.provisional && content.confirmationEndsAt !== null && now.getTime() <= Date.parse(content.confirmationEndsAt) && me && isFullMember(me);
  return (
    <li className="decision-record" data-search-item={record.id}>
      <p>
        <strong>{t(`proposals.outcomes.${record.outcome}`)}</strong>
        {content.level ? ` — ${t(`proposals.levels.${content.level}`)}` : null} · {t('proposals.decisions.status', { status })}
      </p>
      <p className="document-facts">{t('proposals.decisions.by', { name: nameOf(members, record.decidedBy), when: when(record.decidedAt) })}</p>
      <p>{content.summary}</p>
      {content.reasoning ? <p>{t('proposals.decisions.reasoning', { reasoning: content.reasoning })}</p> : null}
      <p className="document-facts">
        {t('proposals.decisions.counts', {
          support: content.counts.support,
          reservations: content.counts['support-with-reservations'],
          standAside: content.counts['stand-aside'],
          object: content.counts.object,
          notResponded: content.notResponded,
        })}
      </p>
      {content.objectionsNoted.length > 0 ? <p>{t('proposals.decisions.objectionsNoted', { count: content.objectionsNoted.length })}</p> : null}
      {record.contestedBy.map((contest) => (
        <p key={contest.entryId} className="warning-text">
          {t('proposals.decisions.contestedBy', { name: nameOf(members, contest.memberId), when: when(contest.at), reason: contest.reason })}
        </p>
      ))}
      {contestable ? <ContestForm record={record} {...context} /> : null}
    </li>
  );
}

/** During the confirmation period any full member may object to a provisional decision; a valid objection contests it. */
function ContestForm({ record, workspaceId, doc, integrity, me }: Context & { record: DecisionRecord }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ key: string; values?: Record<string, string> }>();
  const submit = async () => {
    setFailure(undefined);
    const prepared = prepareDecisionObjection({ reason }, { decision: record, member: me, workspaceId, now: new Date() });
    setErrors(prepared.ok ? {} : prepared.errors);
    if (!prepared.ok) return;
    const problem = await signAndAppend(integrity, doc, prepared.value);
    if (problem) setFailure(problem);
    else setReason('');
  };
  return (
    <form
      noValidate
      aria-label={t('proposals.decisions.contestForm')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField id={`contest-${record.id}`} label={t('proposals.decisions.contestReason')} value={reason} error={errors.reason} onChange={setReason} multiline required />
      <FormProblem error={errors._form} />
      {failure ? <p role="alert" className="field-error">{t(failure.key, failure.values)}</p> : null}
      <button type="submit">{t('proposals.decisions.contest')}</button>
    </form>
  );
}
