import { useEffect } from 'react';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { isLocked, type LifecycleStage } from '../../shared/documents/lifecycle-stage';
import type { Member } from '../../shared/members/member';
import { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import type { DecisionRecord } from '../../shared/proposals/decision-log';
import { applyAmendment, type ApplyResult } from '../../shared/proposals/passage-amendment';
import type { Proposal } from '../../shared/proposals/proposal';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { IntegritySnapshot } from '../integrity/workspace-integrity';
import { useClockTick } from './use-consensus';
import { workspaceDecisions } from './proposal-records';

/** Marks the document change as the decision's, not the member's typing. */
export const AMENDMENT_ORIGIN = Symbol('adopted-amendment');

export type StageOf = (meta: DocumentMeta) => LifecycleStage;

export function writeAdoptedWording(workspace: WorkspaceDoc, proposal: Proposal, decisions: readonly DecisionRecord[], stageOf: StageOf): ApplyResult {
  const meta = proposal.target.kind === 'passage' ? workspace.document(proposal.target.documentId) : undefined;
  if (!meta) return { ok: false, reason: 'passage-removed' };
  return applyAmendment(workspace.ydoc, { proposal, decisions, locked: isLocked(stageOf(meta)), now: new Date(), origin: AMENDMENT_ORIGIN });
}

/**
 * The app of the officer who recorded an adopting decision writes its wording into the document
 * once the decision is final (at once, or when a provisional one's period ends). Only that app,
 * so two officers' apps never write the same wording twice while offline from each other.
 */
export function useAdoptedAmendments(workspace: WorkspaceDoc, snapshot: IntegritySnapshot, members: readonly Member[], me: Member | undefined, stageOf: StageOf): void {
  const tick = useClockTick();
  useEffect(() => {
    if (!me) return;
    const decisions = workspaceDecisions(snapshot, members, new Date()).records;
    const mine = new Set(decisions.filter((record) => record.decidedBy === me.id && record.status === 'final').map((record) => record.proposalId));
    if (mine.size === 0) return;
    for (const proposal of new ConsensusDoc(workspace.ydoc).proposals().valid) {
      if (proposal.target.kind === 'passage' && mine.has(proposal.id)) writeAdoptedWording(workspace, proposal, decisions, stageOf);
    }
  }, [workspace, snapshot, members, me, stageOf, tick]);
}
