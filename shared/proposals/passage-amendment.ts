import * as Y from 'yjs';
import { z } from 'zod';
import { entityId, isoDateTime } from '../validation';
import { parseRecord, parseRecords, type Parsed } from '../workspace-doc/map-records';
import { isAdopting } from './decision';
import type { DecisionRecord } from './decision-log';
import { resolveAnchor } from './passage-anchor';
import { MAX_PROPOSAL_TEXT_LENGTH, type Proposal } from './proposal';

const AMENDMENTS = 'passageAmendments';

/**
 * That a decision's adopted wording was written into its document, keyed by the decision: one
 * change per decision, so an install that sees the record never applies the wording again.
 */
export const PassageAmendmentSchema = z.object({
  decisionId: entityId,
  proposalId: entityId,
  documentId: entityId,
  /** The passage as it read when it was replaced. */
  replaced: z.string().max(MAX_PROPOSAL_TEXT_LENGTH),
  /** The adopted wording written in its place (the proposal's signed text). */
  text: z.string().max(MAX_PROPOSAL_TEXT_LENGTH),
  appliedAt: isoDateTime,
});
export type PassageAmendment = z.infer<typeof PassageAmendmentSchema>;

export type AmendmentStatus =
  | { kind: 'undecided' }
  | { kind: 'not-adopted'; decision: DecisionRecord }
  | { kind: 'awaiting-confirmation'; decision: DecisionRecord }
  | { kind: 'contested'; decision: DecisionRecord }
  | { kind: 'ready'; decision: DecisionRecord }
  | { kind: 'applied'; decision: DecisionRecord; amendment: PassageAmendment };

export type ApplyRefusal = 'not-ready' | 'already-applied' | 'locked' | 'passage-removed' | 'passage-spans';
export type ApplyResult = { ok: true; amendment: PassageAmendment } | { ok: false; reason: ApplyRefusal };

const byDecision = { keyOf: (amendment: PassageAmendment) => amendment.decisionId };

function amendmentMap(ydoc: Y.Doc): Y.Map<unknown> {
  return ydoc.getMap(AMENDMENTS);
}

export function passageAmendments(ydoc: Y.Doc): Parsed<PassageAmendment> {
  return parseRecords(amendmentMap(ydoc), PassageAmendmentSchema, byDecision);
}

/**
 * Where a passage proposal stands as to its text: only a final adopting decision changes the
 * document; a provisional one waits for its confirmation period, a contested one never applies.
 */
export function amendmentStatus(ydoc: Y.Doc, proposal: Proposal, decisions: readonly DecisionRecord[]): AmendmentStatus {
  const standing = decisions.filter((record) => record.proposalId === proposal.id && record.status !== 'superseded' && record.outcome !== 'deferred');
  const decision = standing.at(-1);
  if (!decision) return { kind: 'undecided' };
  if (!isAdopting(decision.outcome)) return { kind: 'not-adopted', decision };
  if (decision.status === 'contested') return { kind: 'contested', decision };
  if (decision.status === 'provisional') return { kind: 'awaiting-confirmation', decision };
  const amendment = parseRecord(amendmentMap(ydoc), PassageAmendmentSchema, decision.id, byDecision);
  // A record for another proposal under this decision's key is a peer's forgery: not an application.
  if (amendment && amendment.proposalId === proposal.id) return { kind: 'applied', decision, amendment };
  return { kind: 'ready', decision };
}

type Attributes = Record<string, unknown>;
interface DeltaOp {
  insert?: unknown;
  attributes?: Attributes;
}

/** The formatting at one offset, so the adopted words read like the words they replace. */
function attributesAt(text: Y.XmlText, index: number): Attributes | undefined {
  let offset = 0;
  for (const op of text.toDelta() as DeltaOp[]) {
    const length = typeof op.insert === 'string' ? op.insert.length : 1;
    if (index < offset + length) return op.attributes;
    offset += length;
  }
  return undefined;
}

function tailOf(text: Y.XmlText, from: number): DeltaOp[] {
  const tail: DeltaOp[] = [];
  let offset = 0;
  for (const op of text.toDelta() as DeltaOp[]) {
    const content = typeof op.insert === 'string' ? op.insert : '';
    const end = offset + content.length;
    if (end > from) tail.push({ insert: content.slice(Math.max(0, from - offset)), ...(op.attributes ? { attributes: op.attributes } : {}) });
    offset = end;
  }
  return tail;
}

/**
 * Replaces [from, to) of one text node with the wording; its line breaks become the editor's hard
 * breaks (the text after the passage moves behind the last line), so the adopted text reads as signed.
 */
function replacePassage(text: Y.XmlText, from: number, to: number, wording: string): void {
  const attributes = attributesAt(text, from);
  const lines = wording.split(/\r\n|\r|\n/);
  if (lines.length === 1) {
    text.delete(from, to - from);
    if (wording !== '') text.insert(from, wording, attributes);
    return;
  }
  const parent = text.parent;
  if (!(parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment)) return;
  const tail = tailOf(text, to);
  text.delete(from, text.length - from);
  text.insert(from, lines[0] ?? '', attributes);
  const nodes: (Y.XmlElement | Y.XmlText)[] = [];
  const rest = lines.slice(1);
  for (const _line of rest) nodes.push(new Y.XmlElement('hardBreak'), new Y.XmlText());
  parent.insert(parent.toArray().indexOf(text) + 1, nodes);
  rest.forEach((line, index) => {
    const node = nodes[index * 2 + 1] as Y.XmlText;
    node.insert(0, line, attributes);
    if (index === rest.length - 1) for (const op of tail) if (typeof op.insert === 'string' && op.insert !== '') node.insert(node.length, op.insert, op.attributes);
  });
}

/**
 * Writes a final adopting decision's wording over its passage, in one transaction with the record
 * of it, so no peer sees the change without knowing which decision made it. Refused, with nothing
 * changed, unless the decision is final, the document is unlocked and the passage is still one run of text.
 */
export function applyAmendment(
  ydoc: Y.Doc,
  options: { proposal: Proposal; decisions: readonly DecisionRecord[]; locked: boolean; now: Date; origin?: unknown },
): ApplyResult {
  const { proposal } = options;
  const status = amendmentStatus(ydoc, proposal, options.decisions);
  if (status.kind === 'applied') return { ok: false, reason: 'already-applied' };
  if (status.kind !== 'ready' || proposal.target.kind !== 'passage') return { ok: false, reason: 'not-ready' };
  if (options.locked) return { ok: false, reason: 'locked' };
  const resolved = resolveAnchor(ydoc, proposal.target.anchor);
  if (!resolved) return { ok: false, reason: 'passage-removed' };
  if (resolved.text === undefined || !(resolved.start.type instanceof Y.XmlText)) return { ok: false, reason: 'passage-spans' };
  const amendment = PassageAmendmentSchema.parse({
    decisionId: status.decision.id,
    proposalId: proposal.id,
    documentId: proposal.target.documentId,
    replaced: resolved.text,
    text: proposal.text,
    appliedAt: options.now.toISOString(),
  });
  const text = resolved.start.type;
  ydoc.transact(() => {
    replacePassage(text, resolved.start.index, resolved.end.index, proposal.text);
    amendmentMap(ydoc).set(amendment.decisionId, amendment);
  }, options.origin);
  return { ok: true, amendment };
}

export interface DocumentAmendments {
  /** Changes backed by a verified adopting decision on a proposal about this document, oldest first. */
  applied: { amendment: PassageAmendment; decision: DecisionRecord }[];
  /** Records naming this document whose decision is not a verified adoption of that proposal: a claim, not a fact. */
  unbacked: PassageAmendment[];
}

/** Which decisions changed a document's text, as the document's record shows and exports them. */
export function documentAmendments(
  ydoc: Y.Doc,
  documentId: string,
  context: { decisions: readonly DecisionRecord[]; proposals: readonly Proposal[] },
): DocumentAmendments {
  const result: DocumentAmendments = { applied: [], unbacked: [] };
  const byId = new Map(context.decisions.map((record) => [record.id, record]));
  const proposalById = new Map(context.proposals.map((proposal) => [proposal.id, proposal]));
  for (const amendment of passageAmendments(ydoc).valid) {
    if (amendment.documentId !== documentId) continue;
    const decision = byId.get(amendment.decisionId);
    const target = proposalById.get(amendment.proposalId)?.target;
    const aboutThis = target?.kind === 'passage' && target.documentId === documentId;
    if (decision && aboutThis && decision.proposalId === amendment.proposalId && isAdopting(decision.outcome)) result.applied.push({ amendment, decision });
    else result.unbacked.push(amendment);
  }
  result.applied.sort((a, b) => a.amendment.appliedAt.localeCompare(b.amendment.appliedAt));
  return result;
}
