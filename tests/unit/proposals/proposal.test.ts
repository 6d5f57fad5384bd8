import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createProposal, type ProposalFormInput } from '../../../shared/proposals/proposal';
import { preparePosition } from '../../../shared/proposals/position';
import { createTextAnchor } from '../../../shared/proposals/passage-anchor';
import { WORKSPACE } from '../integrity/signing-fixtures';
import { members, OPENS, proposal, rule } from './proposal-fixtures';

const now = new Date('2026-06-01T08:00:00Z');
const context = { id: 'prop-9', proposerId: 'ana', now, members };
const valid: ProposalFormInput = { title: 'Rotate meeting slots', text: 'Meetings rotate across three time slots.', closesAt: '2026-06-15T12:00:00+02:00', ruleKind: 'consensus' };

describe('creating a proposal', () => {
  it('builds a proposal with UTC times and the defaults', () => {
    const parsed = createProposal(valid, context);
    expect(parsed).toMatchObject({
      ok: true,
      value: { opensAt: '2026-06-01T08:00:00.000Z', closesAt: '2026-06-15T10:00:00.000Z', arrivalGraceHours: 72, rule: { kind: 'consensus', quorum: null, includeObservers: false } },
    });
  });

  it('refuses a closing time in the past, or before opening', () => {
    expect(createProposal({ ...valid, closesAt: '2026-05-31T08:00:00Z' }, context)).toEqual({ ok: false, errors: { closesAt: 'errors.closingInPast' } });
    expect(createProposal({ ...valid, opensAt: '2026-06-20T08:00:00Z' }, context)).toEqual({ ok: false, errors: { closesAt: 'errors.closingBeforeOpening' } });
  });

  it('accepts a supermajority threshold only between 50 and 100 %', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (threshold) => {
        const parsed = createProposal({ ...valid, ruleKind: 'supermajority', thresholdPercent: threshold }, context);
        if (threshold >= 50 && threshold <= 100) expect(parsed.ok).toBe(true);
        else expect(parsed).toEqual({ ok: false, errors: { thresholdPercent: 'errors.thresholdOutOfRange' } });
      }),
    );
  });

  it('refuses a quorum larger than the membership, observers excluded unless the rule includes them', () => {
    // 5 full members and 1 observer.
    expect(createProposal({ ...valid, quorumKind: 'count', quorumCount: 6 }, context)).toEqual({ ok: false, errors: { quorumCount: 'errors.quorumExceedsMembership' } });
    expect(createProposal({ ...valid, quorumKind: 'count', quorumCount: 6, includeObservers: true }, context).ok).toBe(true);
    expect(createProposal({ ...valid, quorumKind: 'count', quorumCount: 5 }, context).ok).toBe(true);
    expect(createProposal({ ...valid, quorumKind: 'share', quorumPercent: 120 }, context)).toEqual({ ok: false, errors: { quorumPercent: 'errors.quorumOutOfRange' } });
  });

  it('reports every bad field at once and builds nothing', () => {
    expect(createProposal({ ...valid, title: ' ', closesAt: 'soon', ruleKind: 'vibes' }, context)).toEqual({
      ok: false,
      errors: { title: 'errors.required', closesAt: 'errors.invalidDateTime', ruleKind: 'errors.unknownDecisionRule' },
    });
  });

  it('needs a document for a document proposal and an anchor for a passage', () => {
    expect(createProposal({ ...valid, targetKind: 'document' }, context)).toEqual({ ok: false, errors: { documentId: 'errors.required' } });
    expect(createProposal({ ...valid, targetKind: 'passage', documentId: 'doc-1' }, context)).toEqual({ ok: false, errors: { anchor: 'errors.anchorRequired' } });
    const text = new Y.Doc().getXmlFragment('body:doc-1');
    const paragraph = new Y.XmlText('Members meet monthly.');
    text.insert(0, [paragraph]);
    const anchor = createTextAnchor(paragraph, 0, 7);
    expect(createProposal({ ...valid, targetKind: 'passage', documentId: 'doc-1', anchor }, context)).toMatchObject({ ok: true, value: { target: { kind: 'passage', anchor: { quote: 'Members' } } } });
  });
});

describe('casting a position', () => {
  const subject = proposal(rule('consensus'));
  const at = { proposal: subject, workspaceId: WORKSPACE, memberId: 'dev', now: new Date('2026-06-02T08:00:00Z') };

  it('requires a reason for an objection and only invites one otherwise', () => {
    expect(preparePosition({ stance: 'object', reason: '   ' }, at)).toEqual({ ok: false, errors: { reason: 'errors.reasonRequired' } });
    expect(preparePosition({ stance: 'stand-aside' }, at)).toMatchObject({ ok: true, value: { content: { stance: 'stand-aside', reason: '' } } });
    expect(preparePosition({ stance: 'maybe' }, at)).toEqual({ ok: false, errors: { stance: 'errors.unknownStance' } });
  });

  it('refuses to cast before opening or after closing', () => {
    expect(preparePosition({ stance: 'support' }, { ...at, now: new Date(Date.parse(OPENS) - 1) })).toEqual({ ok: false, errors: { _form: 'errors.proposalNotOpen' } });
    expect(preparePosition({ stance: 'support' }, { ...at, now: new Date('2026-06-09T00:00:00Z') })).toEqual({ ok: false, errors: { _form: 'errors.proposalClosed' } });
  });
});
