import { describe, expect, it } from 'vitest';
import { castVote, choiceResults, createChoicePoll, setChoicePollStatus, type ChoicePoll } from '../../../shared/meetings/choice-poll';

const now = new Date('2026-04-01T10:00:00Z');
const options = [
  { id: 'o1', label: 'Hold the workshop in person' },
  { id: 'o2', label: 'Hold it online' },
  { id: 'o3', label: 'Postpone' },
];

function create(mode: 'single' | 'multiple'): ChoicePoll {
  const result = createChoicePoll({ question: 'Workshop format?', options, mode }, { id: 'q1', now });
  if (!result.ok) throw new Error('fixture');
  return result.value;
}

function vote(poll: ChoicePoll, memberId: string, ids: string[]): ChoicePoll {
  const result = castVote(poll, memberId, ids);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('choice poll', () => {
  it('refuses a poll with no options or duplicate options', () => {
    expect(createChoicePoll({ question: 'Anything?', options: [], mode: 'single' }, { id: 'q', now })).toEqual({ ok: false, errors: { options: 'errors.pollNoOptions' } });
    expect(
      createChoicePoll({ question: 'Anything?', options: [options[0]!, { id: 'o9', label: 'hold the workshop in person' }], mode: 'single' }, { id: 'q', now }),
    ).toEqual({ ok: false, errors: { options: 'errors.duplicateOption' } });
  });

  it('counts single-choice votes, and a second vote replaces the first', () => {
    let poll = create('single');
    poll = vote(poll, 'a', ['o1']);
    poll = vote(poll, 'b', ['o2']);
    poll = vote(poll, 'c', ['o2']);
    poll = vote(poll, 'a', ['o2']);
    const results = choiceResults(poll);
    expect(results.counts.map((count) => count.votes)).toEqual([0, 3, 0]);
    expect(results.counts[1]?.voterIds).toEqual(['a', 'b', 'c']);
    expect(results.leaders).toEqual(['o2']);
    expect(results.voters).toBe(3);
  });

  it('allows several options only in a multiple-choice poll, and reports ties', () => {
    expect(castVote(create('single'), 'a', ['o1', 'o2'])).toEqual({ ok: false, errors: { optionIds: 'errors.singleChoiceOnly' } });
    let poll = create('multiple');
    poll = vote(poll, 'a', ['o1', 'o2']);
    poll = vote(poll, 'b', ['o2', 'o1', 'o1']);
    expect(poll.votes.b).toEqual(['o2', 'o1']);
    expect(choiceResults(poll).leaders).toEqual(['o1', 'o2']);
  });

  it('refuses unknown options and votes on a closed poll; an empty vote withdraws', () => {
    const open = vote(create('single'), 'a', ['o3']);
    expect(castVote(open, 'b', ['o7'])).toEqual({ ok: false, errors: { optionIds: 'errors.unknownOption' } });
    expect(castVote(setChoicePollStatus(open, 'closed'), 'b', ['o1'])).toEqual({ ok: false, errors: { _form: 'errors.pollClosed' } });
    const withdrawn = vote(open, 'a', []);
    expect(choiceResults(withdrawn)).toMatchObject({ voters: 0, leaders: [] });
  });
});
