import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { DecisionContent } from '../../../shared/proposals/decision';
import type { DecisionRecord } from '../../../shared/proposals/decision-log';
import { createAnchor, createTextAnchor } from '../../../shared/proposals/passage-anchor';
import { amendmentStatus, applyAmendment, documentAmendments, passageAmendments } from '../../../shared/proposals/passage-amendment';
import type { Proposal } from '../../../shared/proposals/proposal';
import { proposal as makeProposal, rule } from './proposal-fixtures';

const NOW = new Date('2026-06-10T08:00:00.000Z');

function docWith(text: string): { doc: Y.Doc; paragraph: Y.XmlText; body: Y.XmlFragment } {
  const doc = new Y.Doc();
  const body = doc.getXmlFragment('body:doc-1');
  const element = new Y.XmlElement('paragraph');
  const paragraph = new Y.XmlText(text);
  element.insert(0, [paragraph]);
  body.insert(0, [element]);
  return { doc, paragraph, body };
}

function passageProposal(paragraph: Y.XmlText, from: number, to: number, text: string): Proposal {
  return makeProposal(rule('consensus'), { id: 'p-1', text, target: { kind: 'passage', documentId: 'doc-1', anchor: createTextAnchor(paragraph, from, to) } });
}

function decision(fields: Partial<DecisionRecord> = {}): DecisionRecord {
  return {
    id: 'd-1',
    proposalId: 'p-1',
    decidedBy: 'm-1',
    decidedAt: '2026-06-09T08:00:00.000Z',
    outcome: 'adopted',
    content: {} as DecisionContent,
    status: 'final',
    finalAt: '2026-06-09T08:00:00.000Z',
    contestedBy: [],
    ...fields,
  };
}

/** What the editor would show: paragraphs' text, hard breaks as \n. */
function bodyText(body: Y.XmlFragment): string {
  return body
    .toArray()
    .map((block) =>
      (block as Y.XmlElement)
        .toArray()
        .map((child) => (child instanceof Y.XmlText ? child.toString().replace(/<[^>]+>/g, '') : '\n'))
        .join(''),
    )
    .join('|');
}

describe('a passage proposal adopted by decision', () => {
  it('writes its wording over the passage, once, with the record of which decision changed it', () => {
    const { doc, paragraph, body } = docWith('Members meet every month online.');
    const proposal = passageProposal(paragraph, 13, 24, 'every quarter');
    paragraph.insert(0, 'All '); // an edit after proposing: the anchor follows it
    const decisions = [decision()];
    expect(amendmentStatus(doc, proposal, decisions).kind).toBe('ready');
    const result = applyAmendment(doc, { proposal, decisions, locked: false, now: NOW });
    expect(result).toMatchObject({ ok: true, amendment: { replaced: 'every month', text: 'every quarter', decisionId: 'd-1' } });
    expect(bodyText(body)).toBe('All Members meet every quarter online.');
    expect(amendmentStatus(doc, proposal, decisions).kind).toBe('applied');
    expect(applyAmendment(doc, { proposal, decisions, locked: false, now: NOW })).toEqual({ ok: false, reason: 'already-applied' });
    expect(bodyText(body)).toBe('All Members meet every quarter online.');
    expect(documentAmendments(doc, 'doc-1', { decisions, proposals: [proposal] }).applied.map((item) => item.decision.id)).toEqual(['d-1']);
  });

  it('keeps the passage formatting and turns line breaks into hard breaks, the rest of the paragraph after them', () => {
    const { doc, paragraph, body } = docWith('Start. Old words here. End.');
    paragraph.format(7, 14, { bold: true });
    const proposal = passageProposal(paragraph, 7, 21, 'New line one\nline two');
    applyAmendment(doc, { proposal, decisions: [decision()], locked: false, now: NOW });
    expect(bodyText(body)).toBe('Start. New line one\nline two. End.');
    const element = body.get(0) as Y.XmlElement;
    expect(element.toArray().map((node) => (node instanceof Y.XmlText ? 'text' : node instanceof Y.XmlElement ? node.nodeName : 'other'))).toEqual(['text', 'hardBreak', 'text']);
    expect((element.get(0) as Y.XmlText).toDelta()).toContainEqual({ insert: 'New line one', attributes: { bold: true } });
  });

  it('leaves the text untouched until the decision is final and adopting, and says why', () => {
    const { doc, paragraph, body } = docWith('Members meet every month online.');
    const proposal = passageProposal(paragraph, 13, 24, 'every quarter');
    const cases: [DecisionRecord[], string][] = [
      [[], 'undecided'],
      [[decision({ outcome: 'deferred' })], 'undecided'],
      [[decision({ outcome: 'not-adopted' })], 'not-adopted'],
      [[decision({ status: 'provisional' })], 'awaiting-confirmation'],
      [[decision({ status: 'contested' })], 'contested'],
      [[decision({ status: 'superseded' }), decision({ id: 'd-2', outcome: 'not-adopted' })], 'not-adopted'],
    ];
    for (const [decisions, kind] of cases) {
      expect(amendmentStatus(doc, proposal, decisions).kind).toBe(kind);
      expect(applyAmendment(doc, { proposal, decisions, locked: false, now: NOW })).toEqual({ ok: false, reason: 'not-ready' });
    }
    expect(bodyText(body)).toBe('Members meet every month online.');
    expect(passageAmendments(doc).valid).toEqual([]);
  });

  it('refuses a locked document, a deleted passage and one spanning paragraphs, changing nothing', () => {
    const { doc, paragraph, body } = docWith('Members meet every month online.');
    const proposal = passageProposal(paragraph, 13, 24, 'every quarter');
    expect(applyAmendment(doc, { proposal, decisions: [decision()], locked: true, now: NOW })).toEqual({ ok: false, reason: 'locked' });
    paragraph.delete(13, 11);
    expect(applyAmendment(doc, { proposal, decisions: [decision()], locked: false, now: NOW })).toEqual({ ok: false, reason: 'passage-removed' });
    expect(bodyText(body)).toBe('Members meet  online.');
    const blocks = { ...proposal, target: { kind: 'passage' as const, documentId: 'doc-1', anchor: createAnchor({ type: body, index: 0 }, { type: body, index: 1 }, 'a block') } };
    expect(applyAmendment(doc, { proposal: blocks, decisions: [decision()], locked: false, now: NOW })).toEqual({ ok: false, reason: 'passage-spans' });
    expect(bodyText(body)).toBe('Members meet  online.');
    expect(passageAmendments(doc).valid).toEqual([]);
  });

  it('applies once when the decision reaches a peer that merged concurrent edits around the passage', () => {
    const { doc, paragraph } = docWith('Members meet every month online.');
    const proposal = passageProposal(paragraph, 13, 24, 'every quarter');
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    applyAmendment(doc, { proposal, decisions: [decision()], locked: false, now: NOW });
    const peerText = (peer.getXmlFragment('body:doc-1').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    peerText.insert(peerText.length - 1, ' or in person');
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer));
    expect(amendmentStatus(peer, proposal, [decision()]).kind).toBe('applied');
    expect(peerText.toString()).toBe('Members meet every quarter online or in person.');
  });

  it('shows a record a peer wrote without a verified adopting decision as a claim, not a change by decision', () => {
    const { doc, paragraph } = docWith('Members meet every month online.');
    const proposal = passageProposal(paragraph, 13, 24, 'every quarter');
    const forged = { decisionId: 'd-9', proposalId: 'p-1', documentId: 'doc-1', replaced: 'x', text: 'y', appliedAt: NOW.toISOString() };
    doc.getMap('passageAmendments').set('d-9', forged);
    doc.getMap('passageAmendments').set('junk', { decisionId: 42 });
    const record = documentAmendments(doc, 'doc-1', { decisions: [decision()], proposals: [proposal] });
    expect(record.applied).toEqual([]);
    expect(record.unbacked).toEqual([forged]);
    expect(passageAmendments(doc).invalid).toEqual(['junk']);
  });
});
