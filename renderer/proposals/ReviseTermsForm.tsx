import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import { MAX_PROPOSAL_TEXT_LENGTH, type Proposal } from '../../shared/proposals/proposal';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { TextField } from '../ui/fields';
import { DateTimeField } from '../ui/date-time-field';
import { FormProblem } from './proposal-fields';
import { signRevision } from './proposal-revisions';
import { fromLocalInput, toLocalInput } from './proposal-time';

interface Props {
  workspaceId: string;
  doc: ConsensusDoc;
  integrity: Pick<WorkspaceIntegrity, 'sign'>;
  proposal: Proposal;
  zone: string;
  /** Whether any position exists: the form then says positions will have to be renewed. */
  hasPositions: boolean;
}

/** The proposer changes the wording or closing time; saving signs a new revision instead of rewriting the old one. */
export function ReviseTermsForm({ workspaceId, doc, integrity, proposal, zone, hasPositions }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(proposal.text);
  const [closesAt, setClosesAt] = useState(() => toLocalInput(new Date(proposal.closesAt), zone));
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const closing = fromLocalInput(closesAt, zone);
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.length > MAX_PROPOSAL_TEXT_LENGTH) return setError('revisions.errors.text');
    if (!closing || Date.parse(closing) <= Math.max(Date.now(), Date.parse(proposal.opensAt))) return setError('revisions.errors.closing');
    const problem = await signRevision(integrity, doc, proposal, { ...proposal, text: trimmed, closesAt: closing }, workspaceId);
    setError(problem?.key);
  };

  return (
    <details className="revise-terms">
      <summary>{t('revisions.form.summary')}</summary>
      <form noValidate aria-label={t('revisions.form.name')} onSubmit={(event) => void submit(event)}>
        <p>{t(hasPositions ? 'revisions.form.withPositions' : 'revisions.form.noPositions')}</p>
        <TextField id="revise-proposal-text" label={t('revisions.form.text')} value={text} onChange={setText} multiline required />
        <DateTimeField id="revise-proposal-closes" kind="date-time" label={t('revisions.form.closes')} hint={t('revisions.form.closesHint', { zone })} value={closesAt} onChange={setClosesAt} />
        <FormProblem error={error} />
        <button type="submit">{t('revisions.form.submit')}</button>
      </form>
    </details>
  );
}
