import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import { createProposal, type ProposalTarget } from '../../shared/proposals/proposal';
import type { FieldErrors } from '../../shared/validation';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { navigate } from '../app/router';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { addSignedProposal } from './proposal-revisions';
import { FormErrorSummary, SelectField, TextField } from '../ui/fields';
import { DateTimeField } from '../ui/date-time-field';
import { FormProblem } from './proposal-fields';
import { fromLocalInput, numberOrUndefined, toLocalInput, viewerZone } from './proposal-time';
import { DEFAULT_RULE_DRAFT, RuleFields, type RuleDraft } from './RuleFields';
import { addDays } from '../../shared/calendar-days';
import './proposals.css';

const STANDALONE = '';

interface Draft extends RuleDraft {
  title: string;
  text: string;
  /** Chosen in the panel; '' is a standalone proposal. Ignored when the form was given a target. */
  documentId: string;
  opensAt: string;
  closesAt: string;
}

/**
 * Creating a proposal. In the Proposals tab it is standalone or about a whole document; the
 * document screen renders it inline with a passage or document target. Nothing is written unless
 * createProposal() accepts every field; its per-field errors show beside the fields.
 */
export function NewProposalForm({
  workspaceId,
  workspace,
  members,
  me,
  integrity,
  target,
}: {
  workspaceId: string;
  workspace: WorkspaceDoc;
  members: Member[];
  me: Member | undefined;
  integrity: Pick<WorkspaceIntegrity, 'sign'>;
  target?: ProposalTarget;
}) {
  const { t } = useTranslation();
  const zone = viewerZone(me);
  const [draft, setDraft] = useState<Draft>(() => ({
    ...DEFAULT_RULE_DRAFT,
    title: '',
    // From a passage, start from its current wording: the proposal is usually an amendment of it.
    text: target?.kind === 'passage' ? target.anchor.quote : '',
    documentId: STANDALONE,
    opensAt: '',
    closesAt: toLocalInput(addDays(new Date(), 7, zone), zone),
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const documents = workspace.documents().valid;

  if (!me) return <p className="notice">{t('proposals.form.membersOnly')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = target ?? (draft.documentId === STANDALONE ? { kind: 'standalone' as const } : { kind: 'document' as const, documentId: draft.documentId });
    const input = {
      title: draft.title,
      text: draft.text,
      targetKind: chosen.kind,
      documentId: chosen.kind === 'standalone' ? '' : chosen.documentId,
      anchor: chosen.kind === 'passage' ? chosen.anchor : undefined,
      opensAt: fromLocalInput(draft.opensAt, zone),
      closesAt: fromLocalInput(draft.closesAt, zone) ?? '',
      ruleKind: draft.ruleKind,
      thresholdPercent: draft.ruleKind === 'supermajority' ? numberOrUndefined(draft.thresholdPercent) : undefined,
      quorumKind: draft.quorumKind,
      quorumCount: numberOrUndefined(draft.quorumCount),
      quorumPercent: numberOrUndefined(draft.quorumPercent),
      includeObservers: draft.includeObservers,
      arrivalGraceHours: numberOrUndefined(draft.arrivalGraceHours),
    };
    const result = createProposal(input, { id: crypto.randomUUID(), proposerId: me.id, now: new Date(), members });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    // The proposer signs the terms as written, so a peer cannot rewrite them unnoticed.
    const problem = await addSignedProposal(integrity, new ConsensusDoc(workspace.ydoc), result.value, workspaceId);
    if (problem) return setErrors({ _form: problem.key });
    navigate({ name: 'proposal', workspaceId, proposalId: result.value.id });
  };

  const targetDocument = target && target.kind !== 'standalone' ? documents.find((meta) => meta.id === target.documentId) : undefined;
  return (
    <form noValidate aria-label={t('proposals.form.name')} className="proposal-form" onSubmit={(event) => void submit(event)}>
      <TextField id="new-proposal-title" label={t('proposals.form.title')} value={draft.title} error={errors.title} onChange={(title) => change({ title })} required />
      {target?.kind === 'passage' ? (
        <figure className="passage-quote">
          <figcaption>{t('proposals.form.passage', { title: targetDocument?.title ?? t('proposals.log.unknownDocument') })}</figcaption>
          <blockquote>{target.anchor.quote}</blockquote>
        </figure>
      ) : null}
      {target?.kind === 'document' ? <p>{t('proposals.form.aboutDocument', { title: targetDocument?.title ?? t('proposals.log.unknownDocument') })}</p> : null}
      <TextField
        id="new-proposal-text"
        label={t('proposals.form.text')}
        hint={t('proposals.form.textHint')}
        value={draft.text}
        error={errors.text}
        onChange={(text) => change({ text })}
        multiline
        required
      />
      {target ? null : (
        <SelectField
          id="new-proposal-document"
          label={t('proposals.form.document')}
          value={draft.documentId}
          error={errors.documentId ?? errors.targetKind}
          options={[{ value: STANDALONE, label: t('proposals.form.standalone') }, ...documents.map((meta) => ({ value: meta.id, label: meta.title }))]}
          onChange={(documentId) => change({ documentId })}
        />
      )}
      <DateTimeField
        id="new-proposal-opens"
        kind="date-time"
        label={t('proposals.form.opens')}
        hint={t('proposals.form.opensHint', { zone })}
        value={draft.opensAt}
        error={errors.opensAt}
        onChange={(opensAt) => change({ opensAt })}
      />
      <DateTimeField
        id="new-proposal-closes"
        kind="date-time"
        label={t('proposals.form.closes')}
        hint={t('proposals.form.closesHint', { zone })}
        value={draft.closesAt}
        error={errors.closesAt}
        onChange={(closesAt) => change({ closesAt })}
        required
      />
      <RuleFields idPrefix="new-proposal" draft={draft} errors={errors} onChange={change} />
      <FormProblem error={errors.anchor ?? (target ? errors.documentId : undefined) ?? errors._form} />
      <FormErrorSummary errors={errors} />
      <button type="submit" className="primary">
        {t('proposals.form.create')}
      </button>
    </form>
  );
}
