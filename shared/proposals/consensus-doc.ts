import type * as Y from 'yjs';
import { ENTRY_LOGS, type EntryLogName } from '../integrity/entry-kind';
import type { SignedEntry } from '../integrity/signed-entry';
import { SignedEntryLog } from '../integrity/signed-entry-log';
import type { RawEntry } from '../integrity/verify-entry';
import { parseRecord, parseRecords, type Parsed } from '../workspace-doc/map-records';
import { ProposalSchema, type Proposal } from './proposal';
import { withTerms, type ProposalTermsContent } from './proposal-terms';

const PROPOSALS = 'proposals';
const byId = { keyOf: (proposal: Proposal) => proposal.id };
const CONSENSUS_LOGS = ['positions', 'objectionChanges', 'decisions', 'proposalTerms'] as const satisfies readonly EntryLogName[];
type ConsensusLog = (typeof CONSENSUS_LOGS)[number];

/**
 * Proposals, positions, objection changes and decisions in the workspace's Y.Doc. Proposals are
 * plain records keyed by id; everything signed goes to an append-only log. Every read is parsed.
 */
export class ConsensusDoc {
  constructor(readonly ydoc: Y.Doc) {}

  private get proposalMap(): Y.Map<unknown> {
    return this.ydoc.getMap(PROPOSALS);
  }

  log(name: ConsensusLog): SignedEntryLog {
    return new SignedEntryLog(this.ydoc.getMap(name));
  }

  proposals(): Parsed<Proposal> {
    return parseRecords(this.proposalMap, ProposalSchema, byId);
  }

  proposal(id: string): Proposal | undefined {
    return parseRecord(this.proposalMap, ProposalSchema, id, byId);
  }

  /** Positions are taken on the wording as proposed, so a proposal is never rewritten: amend by proposing again. */
  addProposal(proposal: Proposal): boolean {
    if (this.proposalMap.has(proposal.id)) return false;
    this.proposalMap.set(proposal.id, ProposalSchema.parse(proposal));
    return true;
  }

  /** A new proposal with its signed terms (revision 1), written in one transaction so peers never see one without the other. */
  addSignedProposal(proposal: Proposal, terms: SignedEntry<ProposalTermsContent>): boolean {
    if (this.proposalMap.has(proposal.id) || terms.content.revision !== 1 || terms.subjectId !== proposal.id) return false;
    return this.writeRevision(withTerms(proposal, terms), terms);
  }

  /**
   * A new revision of the terms: the old revision's signed entry stays in the log, so positions
   * given to it are still shown as such. Refused unless it follows the revision this copy holds.
   */
  reviseProposal(terms: SignedEntry<ProposalTermsContent>): boolean {
    const current = this.proposal(terms.subjectId);
    if (!current || current.proposerId !== terms.authorId) return false;
    if (terms.content.previousTermsId !== (current.termsId ?? null) || terms.content.revision !== (current.revision ?? 1) + 1) return false;
    return this.writeRevision(withTerms(current, terms), terms);
  }

  private writeRevision(record: Proposal, terms: SignedEntry<ProposalTermsContent>): boolean {
    const parsed = ProposalSchema.parse(record);
    let appended = false;
    this.ydoc.transact(() => {
      appended = this.log('proposalTerms').append(terms);
      if (appended) this.proposalMap.set(parsed.id, parsed);
    });
    return appended;
  }

  /** Appends a signed position, objection change, decision or decision objection to its log. */
  append(entry: SignedEntry): boolean {
    const log = ENTRY_LOGS[entry.kind];
    if (!(CONSENSUS_LOGS as readonly string[]).includes(log)) return false;
    return this.log(log as ConsensusLog).append(entry);
  }

  /** Every signed entry of the consensus logs, unparsed, for verifyEntries(). */
  rawEntries(): RawEntry[] {
    return CONSENSUS_LOGS.flatMap((name) => this.log(name).raw());
  }

  observe(callback: () => void): () => void {
    const maps = [this.proposalMap, ...CONSENSUS_LOGS.map((name) => this.ydoc.getMap(name))];
    maps.forEach((map) => map.observe(callback));
    return () => maps.forEach((map) => map.unobserve(callback));
  }
}
