import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { adoptingDecisionFor, mayMoveDocuments, type TransitionRequest } from '../../shared/documents/lifecycle-transition';
import type { Member } from '../../shared/members/member';
import { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import type { FieldErrors } from '../../shared/validation';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { routeHref } from '../app/router';
import { workspaceDecisions } from '../proposals/proposal-records';
import { useFormats } from '../i18n/use-formats';
import { viewerZone } from '../proposals/proposal-time';
import { AdoptedTextView } from './AdoptedTextView';
import { LifecycleNotices } from './LifecycleNotices';
import { LifecycleSteps } from './LifecycleSteps';
import { TransitionHistory } from './TransitionHistory';
import type { DocumentLifecycle, LifecycleContext } from './use-lifecycle';
import './lifecycle.css';

/** Where the document stands (draft → in review → consensus call → adopted → published), what comes next, and how it got here. */
export function LifecyclePanel({
  workspaceId,
  workspace,
  meta,
  lifecycle,
  context,
  members,
  me,
  onMove,
}: {
  workspaceId: string;
  workspace: WorkspaceDoc;
  meta: DocumentMeta;
  lifecycle: DocumentLifecycle;
  context: LifecycleContext;
  members: readonly Member[];
  me: Member | undefined;
  onMove: (request: Omit<TransitionRequest, 'adoptedTextDigest'>) => Promise<FieldErrors | undefined>;
}) {
  const { t } = useTranslation();
  const zone = viewerZone(me);
  const formats = useFormats(zone);
  // Read on every render: a proposal made meanwhile changes the snapshot, and so re-renders this.
  const proposals = new ConsensusDoc(workspace.ydoc).proposals().valid;
  const decisions = useMemo(() => workspaceDecisions(context.snapshot, members, new Date()).records, [context, members]);
  // Proposals on this document first: they are the likely subject of its consensus call.
  const ordered = [...proposals].sort((a, b) => Number(targets(b, meta.id)) - Number(targets(a, meta.id)));
  const linked = proposals.find((proposal) => proposal.id === lifecycle.proposalId);
  const decisionId = adoptingDecisionFor(lifecycle.proposalId, context.adoptingDecisions);
  // Offered only while it stands: a later decision on the proposal (not adopted, deferred) supersedes it.
  const adoptingDecision = decisions.find((record) => record.id === decisionId && record.status !== 'superseded');
  const { stage, reviewEndsAt } = lifecycle;
  const now = new Date();

  return (
    <section className="lifecycle" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">{t('lifecycle.title')}</h2>
      <p className="lifecycle-stage">
        {t('lifecycle.currentStage')} <strong>{t(`lifecycle.stages.${stage}`)}</strong>
      </p>
      {stage === 'in-review' && reviewEndsAt ? (
        <p>
          {t(Date.parse(reviewEndsAt) > now.getTime() ? 'lifecycle.reviewCloses' : 'lifecycle.reviewClosed', {
            relative: formats.relative(reviewEndsAt, now),
            when: formats.dateTime(reviewEndsAt, { withZone: true }),
          })}
        </p>
      ) : null}
      {linked && stage !== 'draft' && stage !== 'in-review' ? (
        <p>
          {t('lifecycle.linkedProposal')} <a href={routeHref({ name: 'proposal', workspaceId, proposalId: linked.id })}>{linked.title}</a>
        </p>
      ) : null}
      {lifecycle.history.length === 0 && lifecycle.startedFrom !== 'draft' ? <p className="hint">{t('lifecycle.unsignedStart', { stage: t(`lifecycle.stages.${lifecycle.startedFrom}`) })}</p> : null}
      <LifecycleSteps
        key={stage}
        stage={stage}
        mayMove={mayMoveDocuments(me?.role)}
        proposals={ordered}
        linkedProposal={linked}
        adoptingDecision={adoptingDecision}
        zone={zone}
        onMove={onMove}
      />
      {lifecycle.adoption ? <AdoptedTextView ydoc={workspace.ydoc} adoption={lifecycle.adoption} language={meta.language} /> : null}
      <TransitionHistory workspaceId={workspaceId} history={lifecycle.history} members={members} proposals={proposals} decisions={decisions} zone={zone} />
      <LifecycleNotices ignored={lifecycle.ignored} unverified={lifecycle.unverified} members={members} />
    </section>
  );
}

function targets(proposal: { target: { kind: string } & Partial<{ documentId: string }> }, documentId: string): boolean {
  return proposal.target.documentId === documentId;
}

