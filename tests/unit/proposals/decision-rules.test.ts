import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { trackObjections } from '../../../shared/proposals/objection';
import type { Proposal } from '../../../shared/proposals/proposal';
import { STANCES, type Stance } from '../../../shared/proposals/position';
import { evaluateRule } from '../../../shared/proposals/rule-evaluation';
import { tallyPositions, type ReceivedPosition } from '../../../shared/proposals/tally';
import { Ballot, CLOSES, hoursAfter, members, OPENS, proposal, rule } from './proposal-fixtures';

const ballot = new Ballot();
beforeAll(() => ballot.init());

function evaluate(subject: Proposal, positions: ReceivedPosition[]) {
  const tally = tallyPositions({ proposal: subject, members, positions });
  const objections = trackObjections({ proposal: subject, members, tally, changes: [] });
  return { tally, objections, evaluation: evaluateRule(subject.rule, tally, objections) };
}

async function cast(stances: Record<string, Stance>): Promise<ReceivedPosition[]> {
  return Promise.all(Object.entries(stances).map(([id, stance]) => ballot.position(id, stance)));
}

describe('consensus', () => {
  it('is adoptable with stand-asides and reservations when no one objects; silence does not block', async () => {
    const { evaluation, tally } = evaluate(proposal(rule('consensus')), await cast({ chair: 'support', ana: 'support-with-reservations', bo: 'stand-aside' }));
    expect(evaluation.verdict).toBe('adoptable');
    expect(tally.notResponded).toEqual(['cyd', 'dev']);
  });

  it('is blocked by a single objection', async () => {
    const { evaluation, objections } = evaluate(proposal(rule('consensus')), await cast({ chair: 'support', ana: 'support', bo: 'support', dev: 'object' }));
    expect(evaluation.verdict).toBe('not-adoptable');
    expect(evaluation.blockers).toEqual(['open-objections']);
    expect(evaluation.openObjectionIds).toEqual([objections[0]?.id]);
  });

  it('needs at least one supporter: everyone standing aside is not consensus', async () => {
    expect(evaluate(proposal(rule('consensus')), await cast({ ana: 'stand-aside', bo: 'stand-aside' })).evaluation.blockers).toEqual(['no-support']);
  });

  it('is adoptable under any mix without objections, and never with a current objection', async () => {
    const pool = await Promise.all(
      ['chair', 'ana', 'bo', 'cyd', 'dev'].flatMap((id) => STANCES.map(async (stance) => [id, stance, await ballot.position(id, stance)] as const)),
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...STANCES), { minLength: 5, maxLength: 5 }), (stances) => {
        const positions = ['chair', 'ana', 'bo', 'cyd', 'dev'].map((id, index) => pool.find(([m, s]) => m === id && s === stances[index])?.[2] as ReceivedPosition);
        const { evaluation } = evaluate(proposal(rule('consensus')), positions);
        const objects = stances.includes('object');
        const supports = stances.some((stance) => stance === 'support' || stance === 'support-with-reservations');
        expect(evaluation.verdict === 'adoptable').toBe(!objects && supports);
      }),
    );
  });
});

describe('rough consensus', () => {
  it('leaves the judgement to the chair even with an objection', async () => {
    const { evaluation } = evaluate(proposal(rule('rough-consensus')), await cast({ chair: 'support', ana: 'support', dev: 'object' }));
    expect(evaluation.verdict).toBe('chair-judgement');
    expect(evaluation.openObjectionIds).toHaveLength(1);
  });
});

describe('majority and supermajority', () => {
  it('majority: more for than against, stand-asides left out; a tie fails', async () => {
    expect(evaluate(proposal(rule('majority')), await cast({ chair: 'support', ana: 'object', bo: 'stand-aside', cyd: 'stand-aside' })).evaluation.blockers).toEqual(['tie']);
    expect(evaluate(proposal(rule('majority')), await cast({ chair: 'support', ana: 'support-with-reservations', bo: 'object' })).evaluation.verdict).toBe('adoptable');
    expect(evaluate(proposal(rule('majority')), await cast({ chair: 'support', ana: 'object', bo: 'object' })).evaluation.blockers).toEqual(['below-majority']);
  });

  it('supermajority: at least the threshold of those who took a side', async () => {
    const twoOfThree = await cast({ chair: 'support', ana: 'support', bo: 'object', cyd: 'stand-aside' });
    expect(evaluate(proposal(rule('supermajority', { thresholdPercent: 66 })), twoOfThree).evaluation.verdict).toBe('adoptable');
    expect(evaluate(proposal(rule('supermajority', { thresholdPercent: 67 })), twoOfThree).evaluation.blockers).toEqual(['below-threshold']);
    const tie = await cast({ chair: 'support', bo: 'object' });
    expect(evaluate(proposal(rule('supermajority', { thresholdPercent: 50 })), tie).evaluation.verdict).toBe('adoptable');
    expect(evaluate(proposal(rule('supermajority', { thresholdPercent: 100 })), tie).evaluation.verdict).toBe('not-adoptable');
  });

  it('supermajority matches the arithmetic definition for any counts and threshold', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.integer({ min: 50, max: 100 }), (forCount, against, threshold) => {
        const counts = { support: forCount, 'support-with-reservations': 0, 'stand-aside': 0, object: against };
        const evaluation = evaluateRule(rule('supermajority', { thresholdPercent: threshold }), { counts, quorum: { required: 0, responded: 0, met: true } }, []);
        const passes = forCount + against > 0 && forCount / (forCount + against) >= threshold / 100 - 1e-12;
        expect(evaluation.verdict === 'adoptable').toBe(passes);
      }),
    );
  });
});

describe('quorum', () => {
  it('counts responses, stand-asides included, against a count', async () => {
    const positions = await cast({ chair: 'support', ana: 'stand-aside' });
    expect(evaluate(proposal(rule('consensus', { quorum: { kind: 'count', count: 3 } })), positions).evaluation.blockers).toEqual(['quorum-not-met']);
    expect(evaluate(proposal(rule('consensus', { quorum: { kind: 'count', count: 2 } })), positions).evaluation.verdict).toBe('adoptable');
  });

  it('takes a share of full members only, unless the rule includes observers', async () => {
    const positions = await cast({ chair: 'support', ana: 'support', bo: 'support' });
    // 5 full members: 60 % needs 3.
    const { tally } = evaluate(proposal(rule('majority', { quorum: { kind: 'share', percent: 60 } })), positions);
    expect(tally.quorum).toEqual({ required: 3, responded: 3, met: true });
    // 6 with the observer: 60 % needs 4.
    const withObservers = evaluate(proposal(rule('majority', { quorum: { kind: 'share', percent: 60 }, includeObservers: true })), positions);
    expect(withObservers.tally.quorum).toMatchObject({ required: 4, met: false });
  });
});

describe('observers', () => {
  it("shows an observer's position without counting it, unless the rule includes observers", async () => {
    const positions = await cast({ chair: 'support', obs: 'object' });
    const excluded = evaluate(proposal(rule('consensus')), positions);
    expect(excluded.evaluation.verdict).toBe('adoptable');
    expect(excluded.tally.uncounted).toMatchObject([{ memberId: 'obs', why: 'not-eligible' }]);
    expect(excluded.tally.eligible).not.toContain('obs');
    const included = evaluate(proposal(rule('consensus', { includeObservers: true })), positions);
    expect(included.evaluation.blockers).toEqual(['open-objections']);
  });
});

describe('timing', () => {
  it('counts a position cast offline before closing that syncs within the grace period', async () => {
    const late = await ballot.position('dev', 'object', { at: hoursAfter(CLOSES, -1), receivedAt: hoursAfter(CLOSES, 47) });
    const { tally, evaluation } = evaluate(proposal(rule('consensus')), [await ballot.position('chair', 'support'), late]);
    expect(tally.current.find((position) => position.memberId === 'dev')).toMatchObject({ arrivedLate: true, stance: 'object' });
    expect(evaluation.verdict).toBe('not-adoptable');
  });

  it('shows but does not count one that arrives after the grace period, or was cast after closing, and says why', async () => {
    const tooLate = await ballot.position('dev', 'object', { at: hoursAfter(CLOSES, -1), receivedAt: hoursAfter(CLOSES, 49) });
    const afterClose = await ballot.position('cyd', 'object', { at: hoursAfter(CLOSES, 0.01) });
    const early = await ballot.position('bo', 'object', { at: hoursAfter(OPENS, -1) });
    const { tally, evaluation } = evaluate(proposal(rule('consensus')), [await ballot.position('chair', 'support'), tooLate, afterClose, early]);
    expect(evaluation.verdict).toBe('adoptable');
    expect(tally.uncounted.map((position) => [position.memberId, position.why])).toEqual([
      ['bo', 'cast-before-opening'],
      ['dev', 'arrived-after-grace'],
      ['cyd', 'cast-after-closing'],
    ]);
  });

  it('with no grace period, only positions that arrived by closing count', async () => {
    const synced = await ballot.position('dev', 'support', { at: hoursAfter(CLOSES, -2), receivedAt: hoursAfter(CLOSES, 0.5) });
    const { tally } = evaluate(proposal(rule('consensus'), { arrivalGraceHours: 0 }), [synced]);
    expect(tally.uncounted.map((position) => position.why)).toEqual(['arrived-after-grace']);
  });

  it('once decided, counts what the decision counted, whatever this install saw when', async () => {
    const counted = await ballot.position('ana', 'support', { receivedAt: hoursAfter(CLOSES, 500) });
    const missed = await ballot.position('bo', 'object', { at: hoursAfter(OPENS, 2) });
    const tally = tallyPositions({ proposal: proposal(rule('consensus')), members, positions: [counted, missed], closedAt: hoursAfter(OPENS, 3), decidedPositionIds: [counted.entry.id] });
    expect(tally.current.map((position) => position.memberId)).toEqual(['ana']);
    expect(tally.uncounted.map((position) => [position.memberId, position.why])).toEqual([['bo', 'arrived-after-decision']]);
  });

  it('ignores positions by people who are not members', async () => {
    const ballotWithStranger = new Ballot();
    await ballotWithStranger.init(['stranger']);
    const { tally } = evaluate(proposal(rule('consensus')), [await ballotWithStranger.position('stranger', 'object')]);
    expect(tally.uncounted.map((position) => position.why)).toEqual(['not-a-member']);
  });
});

describe('position changes', () => {
  it('counts the latest position per member and keeps the history', async () => {
    const first = await ballot.position('ana', 'object', { at: hoursAfter(OPENS, 1) });
    const second = await ballot.position('ana', 'support-with-reservations', { at: hoursAfter(OPENS, 2), reason: 'Fine with a review in a year.' });
    const afterClose = await ballot.position('ana', 'object', { at: hoursAfter(CLOSES, 1) });
    const { tally, objections, evaluation } = evaluate(proposal(rule('consensus')), [afterClose, second, first]);
    expect(tally.current).toMatchObject([{ memberId: 'ana', stance: 'support-with-reservations' }]);
    expect(tally.history.map((position) => position.stance)).toEqual(['object', 'support-with-reservations']);
    expect(objections).toMatchObject([{ current: false, open: false }]);
    expect(evaluation.verdict).toBe('adoptable');
  });

  it('tallies per stakeholder group and keeps the total consistent for any set of positions', async () => {
    const everyone = ['chair', 'ana', 'bo', 'cyd', 'dev'];
    const pool = await Promise.all(everyone.flatMap((id) => STANCES.map((stance) => ballot.position(id, stance))));
    fc.assert(
      fc.property(fc.subarray(pool), (positions) => {
        const { tally } = evaluate(proposal(rule('majority')), positions);
        const total = Object.values(tally.counts).reduce((sum, value) => sum + value, 0);
        expect(total + tally.notResponded.length).toBe(everyone.length);
        expect(tally.current).toHaveLength(new Set(positions.map((position) => position.entry.authorId)).size);
        const groupTotal = tally.byGroup.reduce((sum, group) => sum + Object.values(group.counts).reduce((a, b) => a + b, 0), 0);
        expect(groupTotal).toBe(total);
        const civil = tally.byGroup.find((group) => group.group === 'civil-society');
        expect(civil?.eligible).toBe(2);
      }),
    );
  });
});
