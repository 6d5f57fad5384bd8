import { z } from 'zod';
import { TimeZoneSchema } from '../members/time-zone';
import { entityId, fieldErrors, isoDateTime, optionalText, optionalUrl, requiredName, type Parsed } from '../validation';
import { compareBurden, slotBurden, type FairnessRecord, type SlotBurden } from './fairness';
import type { PlannedMember } from './local-times';
import { MAX_MEETING_MINUTES, MeetingFormatSchema, MeetingSchema, utcInstant, type Meeting } from './meeting';
import type { NoGoHours } from './no-go-hours';
import { POLL_STATUSES } from './poll-status';

export const DATE_ANSWERS = ['yes', 'if-need-be', 'no'] as const;
export const DateAnswerSchema = z.enum(DATE_ANSWERS, { message: 'errors.unknownAnswer' });
export type DateAnswer = z.infer<typeof DateAnswerSchema>;

export const DateSlotSchema = z.object({ id: entityId, start: utcInstant });
export type DateSlot = z.infer<typeof DateSlotSchema>;

export const DatePollSchema = z.object({
  kind: z.literal('date'),
  id: entityId,
  title: requiredName,
  timeZone: TimeZoneSchema,
  durationMinutes: z.number().int().positive({ message: 'errors.durationNotPositive' }).max(MAX_MEETING_MINUTES, { message: 'errors.durationTooLong' }),
  slots: z
    .array(DateSlotSchema)
    .min(1, { message: 'errors.pollNoOptions' })
    .refine((slots) => new Set(slots.map((slot) => Date.parse(slot.start))).size === slots.length, { message: 'errors.duplicateOption' })
    .refine((slots) => new Set(slots.map((slot) => slot.id)).size === slots.length, { message: 'errors.duplicateOption' }),
  invitedMemberIds: z.array(entityId).default([]),
  /** memberId → slotId → answer. A member's answers are replaced as a whole, so one peer's edit never mixes with another's. */
  answers: z.record(z.string(), z.record(z.string(), DateAnswerSchema)).default({}),
  status: z.enum(POLL_STATUSES).default('open'),
  chosenSlotId: entityId.optional(),
  meetingId: entityId.optional(),
  createdAt: isoDateTime,
});
export type DatePoll = z.output<typeof DatePollSchema>;
export type DatePollInput = Omit<z.input<typeof DatePollSchema>, 'kind' | 'id' | 'createdAt' | 'status' | 'answers'>;

function parsed(input: unknown): Parsed<DatePoll> {
  const result = DatePollSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

export function createDatePoll(input: DatePollInput, identity: { id: string; now: Date }): Parsed<DatePoll> {
  return parsed({ ...input, kind: 'date', id: identity.id, createdAt: identity.now.toISOString(), status: 'open', answers: {} });
}

export function answerDatePoll(poll: DatePoll, memberId: string, answers: Readonly<Record<string, DateAnswer>>): Parsed<DatePoll> {
  if (poll.status === 'closed') return { ok: false, errors: { _form: 'errors.pollClosed' } };
  const known = new Set(poll.slots.map((slot) => slot.id));
  if (Object.keys(answers).some((slotId) => !known.has(slotId))) return { ok: false, errors: { answers: 'errors.unknownOption' } };
  return parsed({ ...poll, answers: { ...poll.answers, [memberId]: { ...answers } } });
}

export function closeDatePoll(poll: DatePoll): DatePoll {
  return { ...poll, status: 'closed' };
}

export interface SlotTally {
  slot: DateSlot;
  yes: number;
  ifNeedBe: number;
  no: number;
  /** Invited members who have not answered this slot. */
  noAnswer: number;
  burden: SlotBurden;
}

export interface FairnessContext {
  members: readonly PlannedMember[];
  record: FairnessRecord;
  noGoHours?: Readonly<Record<string, NoGoHours>>;
}

export function tallySlots(poll: DatePoll, fairness: FairnessContext): SlotTally[] {
  // Fairness is judged over those the meeting is for: invited members, or everyone when nobody was listed.
  const invited = poll.invitedMemberIds.length > 0 ? fairness.members.filter((member) => poll.invitedMemberIds.includes(member.id)) : fairness.members;
  return poll.slots.map((slot) => {
    const tally = { yes: 0, ifNeedBe: 0, no: 0 };
    const respondents = new Set<string>();
    for (const [memberId, answers] of Object.entries(poll.answers)) {
      const answer = answers[slot.id];
      if (answer === undefined) continue;
      respondents.add(memberId);
      if (answer === 'yes') tally.yes += 1;
      else if (answer === 'if-need-be') tally.ifNeedBe += 1;
      else tally.no += 1;
    }
    const noAnswer = poll.invitedMemberIds.filter((id) => !respondents.has(id)).length;
    const burden = slotBurden(new Date(slot.start), poll.durationMinutes, invited, fairness.record, fairness.noGoHours);
    return { slot, ...tally, noAnswer, burden };
  });
}

/** Best first: most yes, then fewest no, then the fairest to night-burdened members, then most "if need be", then earliest. */
export function compareTallies(a: SlotTally, b: SlotTally): number {
  return b.yes - a.yes || a.no - b.no || compareBurden(a.burden, b.burden) || b.ifNeedBe - a.ifNeedBe;
}

export function rankSlots(poll: DatePoll, fairness: FairnessContext): SlotTally[] {
  return tallySlots(poll, fairness).sort(compareTallies);
}

export function bestSlot(poll: DatePoll, fairness: FairnessContext): SlotTally | undefined {
  return rankSlots(poll, fairness)[0];
}

export const MeetingFromPollSchema = z.object({
  format: MeetingFormatSchema,
  location: optionalText(300),
  link: optionalUrl,
  number: z.number().int().positive().optional(),
});
export type MeetingFromPollInput = z.input<typeof MeetingFromPollSchema>;

/**
 * Turns the chosen slot into a meeting, keeping the exact instant (a slot in a DST overlap must not move to the
 * other occurrence), and closes the poll with a link to it. The poll is returned unchanged on any error.
 */
export function meetingFromPoll(
  poll: DatePoll,
  slotId: string,
  details: MeetingFromPollInput,
  identity: { id: string; now: Date },
): Parsed<{ meeting: Meeting; poll: DatePoll }> {
  const slot = poll.slots.find((candidate) => candidate.id === slotId);
  if (!slot) return { ok: false, errors: { slotId: 'errors.unknownOption' } };
  if (poll.meetingId !== undefined) return { ok: false, errors: { _form: 'errors.pollAlreadyScheduled' } };
  const extra = MeetingFromPollSchema.safeParse(details);
  if (!extra.success) return { ok: false, errors: fieldErrors(extra.error) };
  const at = identity.now.toISOString();
  const meeting = MeetingSchema.safeParse({
    ...extra.data,
    id: identity.id,
    title: poll.title,
    start: slot.start,
    timeZone: poll.timeZone,
    durationMinutes: poll.durationMinutes,
    invitedMemberIds: poll.invitedMemberIds,
    agenda: [],
    createdAt: at,
    updatedAt: at,
  });
  if (!meeting.success) return { ok: false, errors: fieldErrors(meeting.error) };
  return { ok: true, value: { meeting: meeting.data, poll: { ...poll, status: 'closed', chosenSlotId: slot.id, meetingId: meeting.data.id } } };
}
