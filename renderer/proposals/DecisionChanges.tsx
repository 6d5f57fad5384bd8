import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import { documentAmendments } from '../../shared/proposals/passage-amendment';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { routeHref } from '../app/router';
import { useFormats } from '../i18n/use-formats';
import type { IntegritySnapshot } from '../integrity/workspace-integrity';
import { workspaceDecisions } from './proposal-records';
import { viewerZone } from './proposal-time';

/** Which decisions changed this document's text, and any record claiming a decision this device cannot verify. */
export function DecisionChanges({ workspaceId, workspace, documentId, snapshot, members, me }: { workspaceId: string; workspace: WorkspaceDoc; documentId: string; snapshot: IntegritySnapshot; members: readonly Member[]; me: Member | undefined }) {
  const { t } = useTranslation();
  const formats = useFormats(viewerZone(me));
  const proposals = new ConsensusDoc(workspace.ydoc).proposals().valid;
  const decisions = useMemo(() => workspaceDecisions(snapshot, members, new Date()).records, [snapshot, members]);
  const changes = documentAmendments(workspace.ydoc, documentId, { decisions, proposals });
  if (changes.applied.length === 0 && changes.unbacked.length === 0) return null;
  const titleOf = (id: string) => proposals.find((proposal) => proposal.id === id)?.title ?? t('proposals.log.unknownDocument');
  return (
    <section aria-labelledby="decision-changes-heading" className="decision-changes">
      <h2 id="decision-changes-heading">{t('proposals.amendment.documentHeading')}</h2>
      <ul>
        {changes.applied.map(({ amendment, decision }) => (
          <li key={amendment.decisionId}>
            {t('proposals.amendment.documentItem', { replaced: amendment.replaced, text: amendment.text, date: formats.date(decision.decidedAt) })}{' '}
            <a href={routeHref({ name: 'proposal', workspaceId, proposalId: amendment.proposalId })}>{titleOf(amendment.proposalId)}</a>
          </li>
        ))}
      </ul>
      {changes.unbacked.map((amendment) => (
        <p key={amendment.decisionId} className="notice warning" role="note">
          {t('proposals.amendment.unbacked', { replaced: amendment.replaced, text: amendment.text })}
        </p>
      ))}
    </section>
  );
}
