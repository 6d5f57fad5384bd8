import { useMemo } from 'react';
import { projectDissents, viewsForDocument, type DissentView } from '../../shared/dissent/dissent-view';
import { projectEndorsements, type EndorsementView } from '../../shared/dissent/endorsement';
import { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import type { Proposal } from '../../shared/proposals/proposal';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { IntegritySnapshot } from '../integrity/workspace-integrity';

export interface DocumentVoices {
  views: DissentView[];
  endorsements: EndorsementView[];
  /** Titles of the proposals views may refer to, for the annex. */
  subjectTitles: Record<string, string>;
  /** Proposals on this document, to mark their passages in the text. */
  proposals: Proposal[];
}

/** The minority and dissenting views and endorsements a document carries, from verified entries only. */
export function useDocumentVoices(workspace: WorkspaceDoc, documentId: string, snapshot: IntegritySnapshot): DocumentVoices {
  return useMemo(() => {
    const proposals = new ConsensusDoc(workspace.ydoc).proposals().valid.filter((proposal) => 'documentId' in proposal.target && proposal.target.documentId === documentId);
    const { views } = projectDissents(snapshot.verified);
    return {
      views: viewsForDocument(views, documentId, { proposalIds: proposals.map((proposal) => proposal.id) }),
      endorsements: projectEndorsements(snapshot.verified).endorsements.filter((endorsement) => endorsement.documentId === documentId),
      subjectTitles: Object.fromEntries(proposals.map((proposal) => [proposal.id, proposal.title])),
      proposals,
    };
  }, [workspace, documentId, snapshot]);
}
