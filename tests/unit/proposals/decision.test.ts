import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { entriesOfKind } from '../../../shared/integrity/verify-entry';
import { CONSENSUS_LEVELS, suggestConsensusLevel } from '../../../shared/proposals/consensus-level';
import { DecisionContentSchema, prepareDecision, type DecisionEntry, type DecisionFormInput } from '../../../shared/proposals/decision';
import { buildDecisionLog, DecisionObjectionContentSchema, prepareDecisionObjection, queryDecisionLog, type ReceivedDecisionObjection } from '../../../shared/proposals/decision-log';
import { ObjectionChangeContentSchema, trackObjections, type ObjectionChangeEntry } from '../../../shared/proposals/objection';
import type { Proposal } from '../../../shared/proposals/proposal';
import type { Stance } from '../../../shared/proposals/position';
import { tallyPositions, type ReceivedPosition } from '../../../shared/proposals/tally';
import { unwrap, WORKSPACE } from '../integrity/signing-fixtures';
import { Ballot, CLOSES, hoursAfter, members, proposal, rule } from './proposal-fixtures';

const ballot = new Ballot();
beforeAll(() => ballot.init());
const byId = (id: string) => members.find((m) => m.id === id);
const afterClose = new Date(hoursAfter(CLOSES, 1));

async function state(subject: Proposal, stances: Record<string, Stance>, changes: ObjectionChangeEntry[] = []) {
  const positions: ReceivedPosition[] = await Promise.all(Object.entries(stances).map(([id, stance]) => ballot.position(id, stance, { proposalId: subject.id })));
  const tally = tallyPositions({ proposal: subject, members, positions });
  return { proposal: subject, tally, objections: trackObjections({ proposal: subject, members, tally, changes }), workspaceId: WORKSPACE, now: afterClose, timeZone: 'UTC' };
}

const decide = (form: DecisionFormInput, context: Awaited<ReturnType<typeof state>>, decider = 'chair') => prepareDecision(form, { ...context, decider: byId(decider) });

describe('recording a decision', () => {
  it('records "adopted" with full consensus when everyone supports, with a tally snapshot', async () => {
    const context = await state(proposal(rule('consensus')), { chair: 'support', ana: 'support', bo: 'support' });
    const entry = unwrap(decide({ outcome: 'adopted', level: 'full-consensus', summary: 'Adopted without objection.' }, context));
    expect(entry.content).toMatchObject({ outcome: 'adopted', level: 'full-consensus', provisional: false, notResponded: 2 });
    expect(entry.content.counts.support).toBe(3);
    expect(entry.content.countedPositionIds).toHaveLength(3);
  });

  it('refuses "adopted by consensus" while an objection is open', async () => {
    const context = await state(proposal(rule('consensus')), { chair: 'support', ana: 'support', dev: 'object' });
    expect(decide({ outcome: 'adopted', level: 'consensus', summary: 'x' }, context)).toEqual({ ok: false, errors: { outcome: 'errors.openObjections' } });
    expect(decide({ outcome: 'adopted-with-objections-noted', level: 'consensus', summary: 'x' }, context)).toEqual({ ok: false, errors: { outcome: 'errors.openObjections' } });
    expect(unwrap(decide({ outcome: 'no-consensus', level: 'divergence', summary: 'Taken offline.' }, context)).content.objectionsNoted).toHaveLength(1);
  });

  it('refuses impossible combinations field by field', async () => {
    const objecting = await state(proposal(rule('rough-consensus')), { chair: 'support', ana: 'support', dev: 'object' });
    expect(decide({ outcome: 'not-adopted', level: 'full-consensus', summary: '' }, objecting)).toEqual({
      ok: false,
      errors: { summary: 'errors.summaryRequired' },
    });
    expect(decide({ outcome: 'not-adopted', level: 'full-consensus', summary: 'Not adopted.', reasoning: 'Too divided.' }, objecting)).toEqual({
      ok: false,
      errors: { level: 'errors.fullConsensusWithObjections' },
    });
    const supportive = await state(proposal(rule('rough-consensus')), { chair: 'support', ana: 'support' });
    expect(decide({ outcome: 'adopted', level: 'divergence', summary: 'x' }, supportive).ok).toBe(false);
    expect(decide({ outcome: 'adopted', level: 'consensus', summary: 'x' }, supportive)).toEqual({ ok: false, errors: { reasoning: 'errors.reasoningRequired' } });
    expect(decide({ outcome: 'adopted', summary: 'x', reasoning: 'y' }, supportive)).toEqual({ ok: false, errors: { level: 'errors.levelRequired' } });
    expect(decide({ outcome: 'no-consensus', level: 'consensus', summary: 'x', reasoning: 'y' }, supportive)).toEqual({ ok: false, errors: { level: 'errors.levelContradictsOutcome' } });
    expect(decide({ outcome: 'adopted-with-objections-noted', level: 'consensus', summary: 'x', reasoning: 'y' }, supportive)).toEqual({
      ok: false,
      errors: { outcome: 'errors.noObjectionsToNote' },
    });
    expect(decide({ outcome: 'adopted', level: 'consensus', summary: 'x', reasoning: 'y' }, supportive, 'ana')).toEqual({ ok: false, errors: { _form: 'errors.notAllowedToDecide' } });
  });

  it('under rough consensus, adopts with objections noted once the chair has overruled them', async () => {
    const subject = proposal(rule('rough-consensus'));
    const base = await state(subject, { chair: 'support', ana: 'support', bo: 'support', dev: 'object' });
    const objectionId = base.objections[0]?.id ?? '';
    const signed = await ballot.keyring.sign({
      v: 1,
      id: 'overrule-1',
      kind: 'objection-change',
      workspaceId: WORKSPACE,
      subjectId: subject.id,
      authorId: 'chair',
      at: hoursAfter(CLOSES, 0.5),
      content: { objectionId, to: 'overruled', reason: 'Concern heard; the rest of the group is clear.' },
    });
    const changes = entriesOfKind(await ballot.keyring.verify([signed]), 'objection-change', ObjectionChangeContentSchema).verified;
    const objections = trackObjections({ proposal: subject, members, tally: base.tally, changes });
    const context = { ...base, objections };
    expect(decide({ outcome: 'adopted', level: 'consensus', summary: 'x', reasoning: 'y' }, context)).toEqual({ ok: false, errors: { outcome: 'errors.objectionsMustBeNoted' } });
    const entry = unwrap(decide({ outcome: 'adopted-with-objections-noted', level: 'consensus', summary: 'Adopted.', reasoning: 'One objection, overruled.' }, context));
    expect(entry.content.objectionsNoted).toEqual([objectionId]);
  });

  it('refuses adoption without quorum or when the vote does not carry', async () => {
    const quorate = await state(proposal(rule('majority', { quorum: { kind: 'count', count: 4 } })), { chair: 'support', ana: 'support', bo: 'object' });
    expect(decide({ outcome: 'adopted', summary: 'x' }, quorate)).toEqual({ ok: false, errors: { outcome: 'errors.quorumNotMet' } });
    const tied = await state(proposal(rule('majority')), { chair: 'support', bo: 'object' });
    expect(decide({ outcome: 'adopted', summary: 'x' }, tied)).toEqual({ ok: false, errors: { outcome: 'errors.voteNotCarried' } });
    expect(decide({ outcome: 'not-adopted', summary: 'Tied vote.' }, tied).ok).toBe(true);
  });
});

describe('consensus level suggestion', () => {
  const counts = (support: number, reservations: number, standAside: number, object: number) => ({
    support,
    'support-with-reservations': reservations,
    'stand-aside': standAside,
    object,
  });

  it('follows the GNSO scale', () => {
    expect(suggestConsensusLevel(counts(5, 1, 0, 0))).toBe('full-consensus');
    expect(suggestConsensusLevel(counts(9, 0, 0, 1))).toBe('consensus');
    expect(suggestConsensusLevel(counts(6, 0, 0, 4))).toBe('strong-support-significant-opposition');
    expect(suggestConsensusLevel(counts(2, 0, 1, 3))).toBe('divergence');
    expect(suggestConsensusLevel(counts(0, 0, 0, 0))).toBeUndefined();
  });

  it('never suggests full consensus with an objection, and never weakens when support grows', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(20), fc.nat(20), fc.nat(20), (s, r, a, o) => {
        const level = suggestConsensusLevel(counts(s, r, a, o));
        if (o > 0) expect(level).not.toBe('full-consensus');
        const stronger = suggestConsensusLevel(counts(s + 1, r, a, o));
        if (level && stronger) expect(CONSENSUS_LEVELS.indexOf(stronger)).toBeLessThanOrEqual(CONSENSUS_LEVELS.indexOf(level));
      }),
    );
  });
});

describe('provisional decisions and the decisions log', () => {
  async function signedDecision(subject: Proposal, form: DecisionFormInput, now: Date, id: string): Promise<DecisionEntry> {
    const context = { ...(await state(subject, { chair: 'support', ana: 'support' })), now };
    const unsigned = unwrap(prepareDecision(form, { ...context, decider: byId('chair'), id }));
    const verified = await ballot.keyring.verify([await ballot.keyring.sign(unsigned)]);
    const [entry] = entriesOfKind(verified, 'decision', DecisionContentSchema).verified;
    if (!entry) throw new Error('decision did not verify');
    return entry;
  }

  async function contest(decision: DecisionEntry, memberId: string, at: string, receivedAt = at): Promise<ReceivedDecisionObjection> {
    const unsigned = unwrap(
      prepareDecisionObjection(
        { reason: 'The annex is missing our view.' },
        { decision: buildDecisionLog({ decisions: [decision], objections: [], members, now: new Date(at) }).records[0]!, member: byId(memberId), workspaceId: WORKSPACE, now: new Date(at), id: `contest-${memberId}` },
      ),
    );
    const [entry] = entriesOfKind(await ballot.keyring.verify([await ballot.keyring.sign(unsigned)]), 'decision-objection', DecisionObjectionContentSchema).verified;
    if (!entry) throw new Error('objection did not verify');
    return { entry, receivedAt };
  }

  const form: DecisionFormInput = { outcome: 'adopted', level: 'full-consensus', summary: 'Adopted provisionally.', provisional: true, confirmationDays: 7 };

  it('becomes final at the end of the confirmation period (plus grace) when nobody objects', async () => {
    const decision = await signedDecision(proposal(rule('consensus')), form, afterClose, 'dec-1');
    const endsAt = decision.content.confirmationEndsAt ?? '';
    expect(Date.parse(endsAt) - afterClose.getTime()).toBe(7 * 24 * 3_600_000);
    const status = (now: string) => buildDecisionLog({ decisions: [decision], objections: [], members, now: new Date(now) }).records[0]?.status;
    expect(status(hoursAfter(endsAt, -1))).toBe('provisional');
    expect(status(hoursAfter(endsAt, 47.9))).toBe('provisional');
    expect(status(hoursAfter(endsAt, 48))).toBe('final');
  });

  it('counts the confirmation period in calendar days of the decider\'s zone, across a daylight-saving change', async () => {
    // New York leaves daylight saving on 1 November 2026: a week from 28 October 10:00 is 4 November 10:00, 169 hours on.
    const context = { ...(await state(proposal(rule('consensus')), { chair: 'support', ana: 'support' })), now: new Date('2026-10-28T14:00:00Z') };
    const decided = unwrap(prepareDecision(form, { ...context, decider: byId('chair'), timeZone: 'America/New_York' }));
    expect(decided.content.confirmationEndsAt).toBe('2026-11-04T15:00:00.000Z');
    const inUtc = unwrap(prepareDecision(form, { ...context, decider: byId('chair'), timeZone: 'UTC' }));
    expect(inUtc.content.confirmationEndsAt).toBe('2026-11-04T14:00:00.000Z');
  });

  it('is contested, never final, when a full member objects in time; late or observer objections do not count', async () => {
    const decision = await signedDecision(proposal(rule('consensus')), form, afterClose, 'dec-2');
    const endsAt = decision.content.confirmationEndsAt ?? '';
    const later = new Date(hoursAfter(endsAt, 100));
    const valid = await contest(decision, 'dev', hoursAfter(endsAt, -2));
    expect(buildDecisionLog({ decisions: [decision], objections: [valid], members, now: later }).records[0]).toMatchObject({ status: 'contested', contestedBy: [{ memberId: 'dev' }] });
    const arrivedTooLate = { ...valid, receivedAt: hoursAfter(endsAt, 49) };
    const observer = await contest(decision, 'obs', hoursAfter(endsAt, -2)).catch(() => undefined);
    expect(observer).toBeUndefined();
    expect(buildDecisionLog({ decisions: [decision], objections: [arrivedTooLate], members, now: later }).records[0]?.status).toBe('final');
  });

  it('filters the log by status and date, newest first, and marks superseded decisions', async () => {
    const subject = proposal(rule('consensus'));
    const deferred = await signedDecision(subject, { outcome: 'deferred', summary: 'Back next month.' }, afterClose, 'dec-a');
    const adopted = await signedDecision(subject, { outcome: 'adopted', level: 'consensus', summary: 'Adopted.' }, new Date(hoursAfter(CLOSES, 30)), 'dec-b');
    const other = await signedDecision(proposal(rule('consensus'), { id: 'prop-2' }), form, new Date(hoursAfter(CLOSES, 60)), 'dec-c');
    const { records } = buildDecisionLog({ decisions: [other, adopted, deferred], objections: [], members, now: new Date(hoursAfter(CLOSES, 61)) });
    expect(queryDecisionLog(records).map((r) => [r.id, r.status])).toEqual([
      ['dec-c', 'provisional'],
      ['dec-b', 'final'],
      ['dec-a', 'superseded'],
    ]);
    expect(queryDecisionLog(records, { statuses: ['final', 'superseded'] }).map((r) => r.id)).toEqual(['dec-b', 'dec-a']);
    expect(queryDecisionLog(records, { from: new Date(hoursAfter(CLOSES, 10)), to: new Date(hoursAfter(CLOSES, 40)) }).map((r) => r.id)).toEqual(['dec-b']);
  });

  it('leaves out validly signed decisions by members who may not decide', async () => {
    const decision = await signedDecision(proposal(rule('consensus')), form, afterClose, 'dec-x');
    const log = buildDecisionLog({ decisions: [decision], objections: [], members: members.map((m) => (m.id === 'chair' ? { ...m, role: 'member' as const } : m)), now: afterClose });
    expect(log.records).toEqual([]);
    expect(log.rejected).toEqual([{ entryId: 'dec-x', error: 'errors.notAllowedToDecide' }]);
  });
});

describe('a decision keeps the record of how members moved', () => {
  it('still counts (and so still shows) a position a member later changed, after the decision', async () => {
    const subject = proposal(rule('consensus'));
    const objected = await ballot.position('dev', 'object', { proposalId: subject.id });
    const supported = await ballot.position('dev', 'support', { proposalId: subject.id });
    const chair = await ballot.position('chair', 'support', { proposalId: subject.id });
    const positions = [objected, supported, chair];
    const before = tallyPositions({ proposal: subject, members, positions });
    const entry = unwrap(
      prepareDecision(
        { outcome: 'adopted', level: 'consensus', summary: 'Adopted after the objection was withdrawn.' },
        { proposal: subject, tally: before, objections: trackObjections({ proposal: subject, members, tally: before, changes: [] }), workspaceId: WORKSPACE, now: afterClose, timeZone: 'UTC', decider: byId('chair') },
      ),
    );
    expect(entry.content.countedPositionIds).toEqual(expect.arrayContaining([objected.entry.id, supported.entry.id, chair.entry.id]));
    const after = tallyPositions({ proposal: subject, members, positions, closedAt: afterClose.toISOString(), decidedPositionIds: entry.content.countedPositionIds });
    expect(after.uncounted).toEqual([]);
    expect(after.history.map((position) => position.entryId)).toContain(objected.entry.id);
    expect(trackObjections({ proposal: subject, members, tally: after, changes: [] })).toHaveLength(1);
  });
});
