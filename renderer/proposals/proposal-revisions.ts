import type { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import type { Proposal } from '../../shared/proposals/proposal';
import { prepareTerms, type TermsFields } from '../../shared/proposals/proposal-terms';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';

type Problem = { key: string; values?: Record<string, string> };

function failure(error: unknown): Problem {
  return { key: 'errors.actionFailed', values: { reason: error instanceof Error ? error.message : String(error) } };
}

/** Signs revision 1 of a new proposal's terms and writes the proposal with it. Returns an i18n error or undefined. */
export async function addSignedProposal(integrity: Pick<WorkspaceIntegrity, 'sign'>, doc: ConsensusDoc, proposal: Proposal, workspaceId: string): Promise<Problem | undefined> {
  try {
    const terms = await integrity.sign(prepareTerms(proposal, proposal, { workspaceId, now: new Date(), next: false }));
    return doc.addSignedProposal(proposal, terms) ? undefined : { key: 'proposals.errors.notAppended' };
  } catch (error) {
    return failure(error);
  }
}

/**
 * Changed terms are a new signed revision, never a rewrite: positions given to the old wording
 * stay attached to it and are shown apart until their authors renew them.
 */
export async function signRevision(
  integrity: Pick<WorkspaceIntegrity, 'sign'>,
  doc: ConsensusDoc,
  proposal: Proposal,
  terms: TermsFields,
  workspaceId: string,
): Promise<Problem | undefined> {
  try {
    const signed = await integrity.sign(prepareTerms(proposal, terms, { workspaceId, now: new Date(), next: true }));
    return doc.reviseProposal(signed) ? undefined : { key: 'revisions.errors.outdated' };
  } catch (error) {
    return failure(error);
  }
}
