import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { routeHref } from '../app/router';
import type { IntegritySnapshot, WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { DecisionsLog } from './DecisionsLog';
import { NewProposalForm } from './NewProposalForm';
import { useRevealItem } from '../search/use-reveal';
import type { StageOf } from './adopted-amendments';
import { PROPOSAL_HEADING_ID, ProposalPage } from './ProposalPage';
import { workspaceDecisions } from './proposal-records';
import { viewerZone } from './proposal-time';
import { ProposalsList } from './ProposalsList';
import { useClockTick, useConsensus } from './use-consensus';
import './proposals.css';

/** The Proposals tab: the list, a new proposal and the decisions log; or one proposal when the route names it. */
export function ProposalsPanel(props: {
  workspaceId: string;
  workspace: WorkspaceDoc;
  members: Member[];
  me: Member | undefined;
  integrity: WorkspaceIntegrity;
  snapshot: IntegritySnapshot;
  selectedProposalId: string | undefined;
  stageOf: StageOf;
}) {
  const { workspaceId, workspace, members, me, integrity, snapshot, selectedProposalId, stageOf } = props;
  const { t } = useTranslation();
  const { doc, version } = useConsensus(workspace);
  const tick = useClockTick();
  const zone = viewerZone(me);
  // `version` changes whenever a proposal is added here or by a peer.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const proposals = useMemo(() => doc.proposals(), [doc, version]);
  const { now, records } = useMemo(() => {
    const at = new Date();
    return { now: at, records: workspaceDecisions(snapshot, members, at).records };
    // `tick` re-reads the clock: a provisional decision turns final with no change to the document.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot, members, tick]);

  useRevealItem(workspaceId, 'proposal', (target) => (target.kind === 'proposal' ? target.itemId : undefined), `#${PROPOSAL_HEADING_ID}`);

  if (selectedProposalId !== undefined) {
    const proposal = proposals.valid.find((candidate) => candidate.id === selectedProposalId);
    return (
      <section aria-label={t('proposals.title')} className="proposals">
        <p>
          <a href={routeHref({ name: 'workspace', workspaceId, tab: 'proposals' })}>{t('proposals.backToList')}</a>
        </p>
        {proposal ? (
          <ProposalPage
            key={proposal.id}
            workspaceId={workspaceId}
            workspace={workspace}
            doc={doc}
            proposal={proposal}
            members={members}
            me={me}
            integrity={integrity}
            snapshot={snapshot}
            zone={zone}
            tick={tick}
            stageOf={stageOf}
          />
        ) : (
          // A link can arrive before the proposal itself has synced; it appears here as soon as it does.
          <p role="status">{t('proposals.missing')}</p>
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="proposals-heading" className="proposals">
      <h2 id="proposals-heading">{t('proposals.title')}</h2>
      <ProposalsList workspaceId={workspaceId} proposals={proposals.valid} invalidCount={proposals.invalid.length} records={records} zone={zone} now={now} />
      <section aria-labelledby="new-proposal-heading">
        <h3 id="new-proposal-heading">{t('proposals.form.name')}</h3>
        <NewProposalForm workspaceId={workspaceId} workspace={workspace} members={members} me={me} integrity={integrity} />
      </section>
      <section aria-labelledby="decisions-log-heading">
        <h3 id="decisions-log-heading">{t('proposals.log.title')}</h3>
        <DecisionsLog workspaceId={workspaceId} records={records} proposals={proposals.valid} documents={workspace.documents().valid} zone={zone} />
      </section>
    </section>
  );
}
