import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MeetingsDoc } from '../../../shared/meetings/meetings-doc';
import { castRanking, createRankedPoll, instantRunoff, rankedResults } from '../../../shared/meetings/ranked-poll';

const repeat = (times: number, ballot: string[]): string[][] => Array.from({ length: times }, () => [...ballot]);
// Where should the 2027 retreat be held? N = Nairobi, M = Montevideo, T = Tbilisi, H = Hanoi.
const cities = ['N', 'M', 'T', 'H'];
const retreat = [...repeat(4, ['N', 'H']), ...repeat(3, ['M', 'T']), ...repeat(2, ['T', 'M']), ['H', 'T']];

describe('instant-runoff', () => {
  it('matches the hand-computed retreat example over three rounds, with a tie settled by the earlier round', () => {
    // Round 1: N 4, M 3, T 2, H 1 of 10; no majority (needs 6), Hanoi out, its ballot goes to Tbilisi.
    // Round 2: N 4, M 3, T 3; M and T tie for last, M had more in round 1, so Tbilisi goes.
    //          Two Tbilisi ballots move to Montevideo; the Hanoi → Tbilisi ballot ranks nobody else and is exhausted.
    // Round 3: N 4, M 5 of 9 still counting: Montevideo wins, though Nairobi led on first preferences.
    expect(instantRunoff(cities, retreat)).toEqual({
      winner: 'M',
      rounds: [
        { counts: [{ optionId: 'N', votes: 4 }, { optionId: 'M', votes: 3 }, { optionId: 'T', votes: 2 }, { optionId: 'H', votes: 1 }], exhausted: 0, eliminated: 'H' },
        { counts: [{ optionId: 'N', votes: 4 }, { optionId: 'M', votes: 3 }, { optionId: 'T', votes: 3 }], exhausted: 0, eliminated: 'T', tieBreak: 'earlier-round' },
        { counts: [{ optionId: 'N', votes: 4 }, { optionId: 'M', votes: 5 }], exhausted: 1, winner: 'M' },
      ],
    });
  });

  // The example the e2e test enters ballot by ballot: seven ballots, four rounds, both tie rules.
  it('matches the hand-computed seven-ballot example over four rounds', () => {
    const ballots = [...repeat(3, ['N']), ...repeat(2, ['M']), ['T', 'M'], ['H', 'T']];
    // Round 1: N 3, M 2, T 1, H 1 (majority needs 4 of 7). T and H tie with no earlier round: H, listed last, goes; its ballot moves to T.
    // Round 2: N 3, M 2, T 2. M and T tie; M had more in round 1, so T goes: T → M moves, H → T is exhausted.
    // Round 3: N 3, M 3 of 6 still counting, no majority. Tie; N had more in round 2, so M goes and its three ballots are exhausted.
    // Round 4: N 3 of 3 still counting: Nairobi wins.
    const result = instantRunoff(cities, ballots);
    expect(result.winner).toBe('N');
    expect(result.rounds.map((round) => [round.counts.map((count) => `${count.optionId}${count.votes}`).join(' '), round.exhausted, round.eliminated, round.tieBreak, round.winner])).toEqual([
      ['N3 M2 T1 H1', 0, 'H', 'poll-order', undefined],
      ['N3 M2 T2', 0, 'T', 'earlier-round', undefined],
      ['N3 M3', 1, 'M', 'earlier-round', undefined],
      ['N3', 4, undefined, undefined, 'N'],
    ]);
  });

  it('ends in the first round when a majority of first preferences exists', () => {
    const result = instantRunoff(['A', 'B', 'C'], [['A'], ['A', 'B'], ['B'], ['C', 'A'], ['A']]);
    expect(result.winner).toBe('A');
    expect(result.rounds).toHaveLength(1);
  });

  it('drops the option listed last when the tied options were level in every round', () => {
    const result = instantRunoff(['A', 'B'], [['A'], ['B']]);
    expect(result.rounds[0]).toEqual({ counts: [{ optionId: 'A', votes: 1 }, { optionId: 'B', votes: 1 }], exhausted: 0, eliminated: 'B', tieBreak: 'poll-order' });
    expect(result.winner).toBe('A');
    expect(result.rounds[1]).toEqual({ counts: [{ optionId: 'A', votes: 1 }], exhausted: 1, winner: 'A' });
  });

  it('has no winner and no rounds without ballots; unknown and repeated options on a ballot are ignored', () => {
    expect(instantRunoff(['A', 'B'], [])).toEqual({ rounds: [] });
    expect(instantRunoff(['A', 'B'], [['Z'], []])).toEqual({ rounds: [] });
    expect(instantRunoff(['A', 'B'], [['Z', 'B', 'B']]).winner).toBe('B');
  });

  it('property: a winner holds a strict majority of the ballots still counting in the last round, and only then', () => {
    const options = ['A', 'B', 'C', 'D', 'E'];
    const ballot = fc.shuffledSubarray(options, { minLength: 0, maxLength: options.length });
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 40 }), (ballots) => {
        const result = instantRunoff(options, ballots);
        const last = result.rounds[result.rounds.length - 1];
        if (ballots.every((b) => b.length === 0)) {
          expect(result).toEqual({ rounds: [] });
          return;
        }
        expect(result.winner).toBeDefined();
        expect(last?.winner).toBe(result.winner);
        const counting = (last?.counts ?? []).reduce((sum, count) => sum + count.votes, 0);
        const winnerVotes = last?.counts.find((count) => count.optionId === result.winner)?.votes ?? 0;
        expect(winnerVotes * 2).toBeGreaterThan(counting);
        expect(counting + (last?.exhausted ?? 0)).toBe(ballots.filter((b) => b.length > 0).length);
        // Every earlier round eliminated exactly one option and declared no winner.
        for (const round of result.rounds.slice(0, -1)) expect(round.winner === undefined && round.eliminated !== undefined).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ranked poll', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  const created = createRankedPoll({ question: 'Retreat city', options: cities.map((id) => ({ id, label: `City ${id}` })) }, { id: 'p1', now });

  it('records, replaces and withdraws rankings, refusing unknown and repeated options', () => {
    if (!created.ok) throw new Error('create failed');
    const ranked = castRanking(created.value, 'ana', ['M', 'N']);
    if (!ranked.ok) throw new Error('rank failed');
    expect(ranked.value.ballots).toEqual({ ana: ['M', 'N'] });
    expect(castRanking(ranked.value, 'ana', ['M', 'M'])).toEqual({ ok: false, errors: { ranking: 'errors.rankedTwice' } });
    expect(castRanking(ranked.value, 'ana', ['Q'])).toEqual({ ok: false, errors: { ranking: 'errors.unknownOption' } });
    const withdrawn = castRanking(ranked.value, 'ana', []);
    expect(withdrawn.ok && withdrawn.value.ballots).toEqual({});
    expect(castRanking({ ...ranked.value, status: 'closed' }, 'bo', ['N']).ok).toBe(false);
  });

  it('counts members ballots through the runoff', () => {
    if (!created.ok) throw new Error('create failed');
    const ballots = Object.fromEntries(retreat.map((ballot, index) => [`member-${index}`, ballot]));
    const results = rankedResults({ ...created.value, ballots });
    expect(results.winner).toBe('M');
    expect(results.voters).toBe(10);
    expect(results.rounds).toHaveLength(3);
  });

  it('keeps each member’s ballot under its own key in the Y.Doc, so two members ranking at once both count', () => {
    if (!created.ok) throw new Error('create failed');
    const doc = new MeetingsDoc(new Y.Doc());
    doc.putPoll(created.value);
    expect(doc.answerPoll('p1', 'ana', ['M', 'T']).ok).toBe(true);
    expect(doc.answerPoll('p1', 'bo', ['T']).ok).toBe(true);
    expect(doc.answerPoll('p1', 'bo', ['T', 'T'])).toEqual({ ok: false, errors: { ranking: 'errors.rankedTwice' } });
    const poll = doc.poll('p1');
    expect(poll?.kind === 'ranked' && poll.ballots).toEqual({ ana: ['M', 'T'], bo: ['T'] });
  });

  it('needs at least two options', () => {
    expect(createRankedPoll({ question: 'Only one', options: [{ id: 'a', label: 'A' }] }, { id: 'p2', now })).toEqual({ ok: false, errors: { options: 'errors.rankedTooFewOptions' } });
  });
});
