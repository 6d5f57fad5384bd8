import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import { isOfficer } from '../../shared/proposals/decision-rule';
import type { Proposal } from '../../shared/proposals/proposal';
import { proposalState } from '../../shared/proposals/proposal-state';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { MembershipNotices } from '../integrity/MembershipNotices';
import type { IntegritySnapshot, WorkspaceIntegrity } from '../integrity/workspace-integrity';
import type { StageOf } from './adopted-amendments';
import { AmendmentNotice } from './AmendmentNotice';
import { DecisionForm } from './DecisionForm';
import { IntegrityNotices } from './IntegrityNotices';
import { ObjectionsList } from './ObjectionsList';
import { PositionForm } from './PositionForm';
import { PositionHistory } from './PositionHistory';
import { integrityIssues } from './proposal-records';
import { ProposalSummary } from './ProposalSummary';
import { RecordedDecisions } from './RecordedDecisions';
import { ReviseTermsForm } from './ReviseTermsForm';
import { EarlierRevisionPositions, TermsStatusNotice } from './TermsRevision';
import { TallyView } from './TallyView';

export const PROPOSAL_HEADING_ID = 'proposal-heading';

interface Props {
  workspaceId: string;
  workspace: WorkspaceDoc;
  doc: ConsensusDoc;
  proposal: Proposal;
  members: Member[];
  me: Member | undefined;
  integrity: WorkspaceIntegrity;
  snapshot: IntegritySnapshot;
  zone: string;
  /** Changes every half minute, so time-based status (closed, final) is re-read. */
  tick: number;
  stageOf: StageOf;
}

/** One proposal: what it says, the live tally, positions, objections and decisions, from verified entries only. */
export function ProposalPage({ workspaceId, workspace, doc, proposal, members, me, integrity, snapshot, zone, tick, stageOf }: Props) {
  const { t } = useTranslation();
  const { state, now, issues } = useMemo(() => {
    const at = new Date();
    const checked = new Set([...snapshot.verified.map((entry) => entry.id), ...snapshot.unverified.map((entry) => entry.key)]);
    // A revision just written (here or by a peer) is checked on the next integrity pass; until then it is "checking", not tampered.
    const awaiting = (id: string): boolean => doc.log('proposalTerms').has(id) && !checked.has(id);
    const computed = proposalState({ proposal, members, verified: snapshot.verified, receivedAt: (id) => snapshot.receivedAt.get(id), now: at, awaiting });
    return { now: at, state: computed, issues: integrityIssues({ doc, snapshot, proposalId: proposal.id, state: computed }) };
    // `tick` re-reads the clock; the snapshot refreshes after every change to the shared doc.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [proposal, members, snapshot, doc, tick]);
  useFocusHeading(proposal.id);
  const decided = state.decisions.records.some((record) => record.outcome !== 'deferred');
  const context = { workspaceId, doc, integrity, proposal, members, me, zone };

  return (
    <article aria-labelledby={PROPOSAL_HEADING_ID} className="proposal-page">
      <h2 id={PROPOSAL_HEADING_ID} tabIndex={-1}>
        {t('proposals.page.heading', { title: proposal.title })}
      </h2>
      <IntegrityNotices issues={issues} rejected={state.decisions.rejected} members={members} zone={zone} />
      <MembershipNotices snapshot={snapshot} members={members} />
      <TermsStatusNotice status={state.terms} />
      <ProposalSummary workspaceId={workspaceId} workspace={workspace} proposal={proposal} members={members} zone={zone} />
      {me?.id === proposal.proposerId && state.terms.kind !== 'tampered' && !decided && now.getTime() < Date.parse(proposal.closesAt) ? (
        <ReviseTermsForm
          key={proposal.termsId ?? proposal.id}
          workspaceId={workspaceId}
          doc={doc}
          integrity={integrity}
          proposal={proposal}
          zone={zone}
          hasPositions={state.tally.history.length + state.tally.uncounted.length + state.tally.earlier.length > 0}
        />
      ) : null}

      <section aria-labelledby="proposal-tally-heading">
        <h3 id="proposal-tally-heading">{t('proposals.tally.title')}</h3>
        <TallyView state={state} members={members} zone={zone} />
      </section>
      <EarlierRevisionPositions tally={state.tally} members={members} zone={zone} />

      <section aria-labelledby="proposal-position-heading">
        <h3 id="proposal-position-heading">{t('proposals.position.title')}</h3>
        {me ? (
          <PositionForm workspaceId={workspaceId} doc={doc} integrity={integrity} proposal={proposal} state={state} me={me} now={now} zone={zone} />
        ) : (
          <p>{t('proposals.position.membersOnly')}</p>
        )}
      </section>

      <section aria-labelledby="proposal-history-heading">
        <h3 id="proposal-history-heading">{t('proposals.history.title')}</h3>
        <PositionHistory tally={state.tally} members={members} zone={zone} />
      </section>

      <section aria-labelledby="proposal-objections-heading">
        <h3 id="proposal-objections-heading">{t('proposals.objections.title')}</h3>
        <ObjectionsList objections={state.objections} {...context} />
      </section>

      <section aria-labelledby="proposal-decisions-heading">
        <h3 id="proposal-decisions-heading">{t('proposals.decisions.title')}</h3>
        <RecordedDecisions records={state.decisions.records} {...context} now={now} />
        <AmendmentNotice workspace={workspace} proposal={proposal} records={state.decisions.records} me={me} stageOf={stageOf} zone={zone} />
        <h4>{t('proposals.decision.title')}</h4>
        {me && isOfficer(me) ? (
          <DecisionForm workspaceId={workspaceId} doc={doc} integrity={integrity} proposal={proposal} state={state} me={me} />
        ) : (
          <p>{t('proposals.decision.officersOnly')}</p>
        )}
      </section>
    </article>
  );
}

/** Opening a proposal puts focus on its heading, so keyboard and screen-reader users start at the top of what changed. */
function useFocusHeading(proposalId: string): void {
  useEffect(() => {
    // After the shell's own route-change focus on <main> (a parent effect, which runs after this one).
    const timer = setTimeout(() => document.getElementById(PROPOSAL_HEADING_ID)?.focus({ preventScroll: true }), 0);
    return () => clearTimeout(timer);
  }, [proposalId]);
}
