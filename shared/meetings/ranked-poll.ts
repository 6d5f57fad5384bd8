import { z } from 'zod';
import { entityId, fieldErrors, isoDateTime, requiredName, type Parsed } from '../validation';
import { ChoiceOptionSchema } from './choice-poll';
import { POLL_STATUSES } from './poll-status';

export const RankedPollSchema = z.object({
  kind: z.literal('ranked'),
  id: entityId,
  question: requiredName,
  options: z
    .array(ChoiceOptionSchema)
    .min(2, { message: 'errors.rankedTooFewOptions' })
    .max(50, { message: 'errors.tooManyOptions' })
    .refine((options) => new Set(options.map((option) => option.id)).size === options.length, { message: 'errors.duplicateOption' })
    .refine((options) => new Set(options.map((option) => option.label.toLocaleLowerCase())).size === options.length, { message: 'errors.duplicateOption' }),
  status: z.enum(POLL_STATUSES).default('open'),
  /** memberId → option ids, most preferred first; a member may rank only some options. */
  ballots: z.record(z.string(), z.array(entityId)).default({}),
  createdAt: isoDateTime,
});
export type RankedPoll = z.output<typeof RankedPollSchema>;
export type RankedPollInput = Pick<z.input<typeof RankedPollSchema>, 'question' | 'options'>;

export function createRankedPoll(input: RankedPollInput, identity: { id: string; now: Date }): Parsed<RankedPoll> {
  const result = RankedPollSchema.safeParse({ ...input, kind: 'ranked', id: identity.id, status: 'open', ballots: {}, createdAt: identity.now.toISOString() });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** An empty ranking withdraws the member's ballot. */
export function castRanking(poll: RankedPoll, memberId: string, ranking: readonly string[]): Parsed<RankedPoll> {
  if (poll.status === 'closed') return { ok: false, errors: { _form: 'errors.pollClosed' } };
  if (new Set(ranking).size !== ranking.length) return { ok: false, errors: { ranking: 'errors.rankedTwice' } };
  const known = new Set(poll.options.map((option) => option.id));
  if (ranking.some((id) => !known.has(id))) return { ok: false, errors: { ranking: 'errors.unknownOption' } };
  const ballots = { ...poll.ballots };
  if (ranking.length === 0) delete ballots[memberId];
  else ballots[memberId] = [...ranking];
  return { ok: true, value: { ...poll, ballots } };
}

export interface RunoffRound {
  /** Votes for each option still in the count, in the poll's order. */
  counts: { optionId: string; votes: number }[];
  /** Ballots whose ranked options have all been eliminated. */
  exhausted: number;
  /** Set on the last round when an option holds more than half of the ballots still counting. */
  winner?: string;
  /** The option dropped after this round. */
  eliminated?: string;
  /** How a tie for last place was settled, when there was one. */
  tieBreak?: 'earlier-round' | 'poll-order';
}

export interface RunoffResult {
  rounds: RunoffRound[];
  winner?: string;
}

/**
 * Instant-runoff. Each round counts every ballot for its highest-ranked option still in the count; an option with more
 * than half of the ballots still counting wins, otherwise the option with fewest votes is dropped and its ballots move
 * on. A tie for fewest is settled by the most recent earlier round in which the tied options differed (fewest there is
 * dropped); if they were level in every round, the option listed last in the poll is dropped. Both rules are
 * deterministic, so every peer computes the same rounds from the same ballots.
 */
export function instantRunoff(optionIds: readonly string[], ballots: readonly (readonly string[])[]): RunoffResult {
  const known = new Set(optionIds);
  const clean = ballots.map((ballot) => [...new Set(ballot)].filter((id) => known.has(id))).filter((ballot) => ballot.length > 0);
  const rounds: RunoffRound[] = [];
  const continuing = new Set(optionIds);
  if (clean.length === 0) return { rounds };
  while (continuing.size > 0) {
    const votes = new Map<string, number>([...continuing].map((id) => [id, 0]));
    let exhausted = 0;
    for (const ballot of clean) {
      const choice = ballot.find((id) => continuing.has(id));
      if (choice === undefined) exhausted += 1;
      else votes.set(choice, (votes.get(choice) ?? 0) + 1);
    }
    const counts = optionIds.filter((id) => continuing.has(id)).map((optionId) => ({ optionId, votes: votes.get(optionId) ?? 0 }));
    const active = clean.length - exhausted;
    const leader = counts.reduce((best, count) => (count.votes > best.votes ? count : best), counts[0] ?? { optionId: '', votes: 0 });
    if (active > 0 && leader.votes * 2 > active) {
      rounds.push({ counts, exhausted, winner: leader.optionId });
      return { rounds, winner: leader.optionId };
    }
    if (active === 0) {
      rounds.push({ counts, exhausted });
      return { rounds };
    }
    const { eliminated, tieBreak } = lowest(counts, rounds, optionIds);
    rounds.push({ counts, exhausted, eliminated, ...(tieBreak ? { tieBreak } : {}) });
    continuing.delete(eliminated);
  }
  return { rounds };
}

function lowest(counts: RunoffRound['counts'], earlier: readonly RunoffRound[], optionIds: readonly string[]): { eliminated: string; tieBreak?: RunoffRound['tieBreak'] } {
  const fewest = Math.min(...counts.map((count) => count.votes));
  let tied = counts.filter((count) => count.votes === fewest).map((count) => count.optionId);
  if (tied.length === 1) return { eliminated: tied[0] ?? '' };
  for (let index = earlier.length - 1; index >= 0 && tied.length > 1; index--) {
    const round = earlier[index];
    const votesIn = (id: string) => round?.counts.find((count) => count.optionId === id)?.votes ?? 0;
    const least = Math.min(...tied.map(votesIn));
    const narrowed = tied.filter((id) => votesIn(id) === least);
    if (narrowed.length < tied.length) {
      tied = narrowed;
      if (tied.length === 1) return { eliminated: tied[0] ?? '', tieBreak: 'earlier-round' };
    }
  }
  const last = [...tied].sort((a, b) => optionIds.indexOf(b) - optionIds.indexOf(a))[0] ?? '';
  return { eliminated: last, tieBreak: 'poll-order' };
}

export function rankedResults(poll: RankedPoll): RunoffResult & { voters: number } {
  const ballots = Object.values(poll.ballots);
  return { ...instantRunoff(poll.options.map((option) => option.id), ballots), voters: ballots.length };
}
