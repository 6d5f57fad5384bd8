import { z } from 'zod';
import { entityId, fieldErrors, isoDateTime, requiredName, type Parsed } from '../validation';
import { POLL_STATUSES } from './poll-status';

export const CHOICE_MODES = ['single', 'multiple'] as const;

export const ChoiceOptionSchema = z.object({ id: entityId, label: requiredName });
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const ChoicePollSchema = z.object({
  kind: z.literal('choice'),
  id: entityId,
  question: requiredName,
  options: z
    .array(ChoiceOptionSchema)
    .min(1, { message: 'errors.pollNoOptions' })
    .refine((options) => new Set(options.map((option) => option.id)).size === options.length, { message: 'errors.duplicateOption' })
    .refine((options) => new Set(options.map((option) => option.label.toLocaleLowerCase())).size === options.length, { message: 'errors.duplicateOption' }),
  mode: z.enum(CHOICE_MODES, { message: 'errors.unknownChoiceMode' }),
  status: z.enum(POLL_STATUSES).default('open'),
  /** memberId → chosen option ids; one entry per member, so a second vote replaces the first. */
  votes: z.record(z.string(), z.array(entityId)).default({}),
  createdAt: isoDateTime,
});
export type ChoicePoll = z.output<typeof ChoicePollSchema>;
export type ChoicePollInput = Pick<z.input<typeof ChoicePollSchema>, 'question' | 'options' | 'mode'>;

export function createChoicePoll(input: ChoicePollInput, identity: { id: string; now: Date }): Parsed<ChoicePoll> {
  const result = ChoicePollSchema.safeParse({ ...input, kind: 'choice', id: identity.id, status: 'open', votes: {}, createdAt: identity.now.toISOString() });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** An empty choice withdraws the member's vote. */
export function castVote(poll: ChoicePoll, memberId: string, optionIds: readonly string[]): Parsed<ChoicePoll> {
  if (poll.status === 'closed') return { ok: false, errors: { _form: 'errors.pollClosed' } };
  const unique = [...new Set(optionIds)];
  if (poll.mode === 'single' && unique.length > 1) return { ok: false, errors: { optionIds: 'errors.singleChoiceOnly' } };
  const known = new Set(poll.options.map((option) => option.id));
  if (unique.some((id) => !known.has(id))) return { ok: false, errors: { optionIds: 'errors.unknownOption' } };
  const votes = { ...poll.votes };
  if (unique.length === 0) delete votes[memberId];
  else votes[memberId] = unique;
  return { ok: true, value: { ...poll, votes } };
}

export function setChoicePollStatus(poll: ChoicePoll, status: ChoicePoll['status']): ChoicePoll {
  return { ...poll, status };
}

export interface ChoiceResults {
  counts: { option: ChoiceOption; votes: number; voterIds: string[] }[];
  voters: number;
  /** Options with the most votes; several on a tie, none when nobody voted. */
  leaders: string[];
}

export function choiceResults(poll: ChoicePoll): ChoiceResults {
  const counts = poll.options.map((option) => {
    const voterIds = Object.entries(poll.votes)
      .filter(([, chosen]) => chosen.includes(option.id))
      .map(([memberId]) => memberId)
      .sort();
    return { option, votes: voterIds.length, voterIds };
  });
  const top = Math.max(0, ...counts.map((count) => count.votes));
  return {
    counts,
    voters: Object.keys(poll.votes).length,
    leaders: top === 0 ? [] : counts.filter((count) => count.votes === top).map((count) => count.option.id),
  };
}
