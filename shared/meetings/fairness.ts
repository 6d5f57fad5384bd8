import { DateTime } from 'luxon';
import { DEFAULT_NO_GO_HOURS, noGoMinutes, type NoGoHours } from './no-go-hours';
import type { PlannedMember } from './local-times';

export interface PastMeeting {
  start: string;
  durationMinutes: number;
  invitedMemberIds: readonly string[];
}

export interface NightBurden {
  memberId: string;
  /** Past meetings of which some part fell in the member's no-go hours. */
  nightMeetings: number;
  nightMinutes: number;
  meetingsConsidered: number;
}

/** The workspace's fairness record: who had to attend at night, over the past meetings they were invited to. */
export type FairnessRecord = Record<string, NightBurden>;

type NoGoMap = Readonly<Record<string, NoGoHours>>;

export function fairnessRecord(
  pastMeetings: readonly PastMeeting[],
  members: readonly PlannedMember[],
  now: Date,
  noGoHours: NoGoMap = {},
): FairnessRecord {
  const record: FairnessRecord = {};
  for (const member of members) record[member.id] = { memberId: member.id, nightMeetings: 0, nightMinutes: 0, meetingsConsidered: 0 };
  for (const meeting of pastMeetings) {
    const start = new Date(meeting.start);
    const end = new Date(start.getTime() + meeting.durationMinutes * 60_000);
    // A meeting still running counts once it is over, so the record does not change while people attend.
    if (end.getTime() > now.getTime()) continue;
    for (const member of members) {
      const burden = record[member.id];
      if (!burden || !meeting.invitedMemberIds.includes(member.id)) continue;
      const minutes = noGoMinutes(start, end, member.timeZone, noGoHours[member.id] ?? DEFAULT_NO_GO_HOURS);
      burden.meetingsConsidered += 1;
      if (minutes > 0) {
        burden.nightMeetings += 1;
        burden.nightMinutes += minutes;
      }
    }
  }
  return record;
}

export interface SlotBurden {
  start: Date;
  /** Members for whom some of the slot falls in their no-go hours. */
  burdenedMemberIds: string[];
  /** Largest single weighted burden: night share of the meeting × (1 + past night meetings). */
  maxWeighted: number;
  totalWeighted: number;
  /** Night minutes summed over members, ignoring history. */
  totalMinutes: number;
}

export function slotBurden(
  start: Date,
  durationMinutes: number,
  members: readonly PlannedMember[],
  record: FairnessRecord,
  noGoHours: NoGoMap = {},
): SlotBurden {
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const burdenedMemberIds: string[] = [];
  let maxWeighted = 0;
  let totalWeighted = 0;
  let totalMinutes = 0;
  for (const member of members) {
    const minutes = noGoMinutes(start, end, member.timeZone, noGoHours[member.id] ?? DEFAULT_NO_GO_HOURS);
    if (minutes === 0) continue;
    const weighted = (minutes / durationMinutes) * (1 + (record[member.id]?.nightMeetings ?? 0));
    burdenedMemberIds.push(member.id);
    maxWeighted = Math.max(maxWeighted, weighted);
    totalWeighted += weighted;
    totalMinutes += minutes;
  }
  return { start, burdenedMemberIds, maxWeighted, totalWeighted, totalMinutes };
}

// Scores within a millionth are ties; floating sums must not decide between equal slots.
const EPSILON = 1e-6;
function compareNumbers(a: number, b: number): number {
  return Math.abs(a - b) < EPSILON ? 0 : a - b;
}

/** Fairest first: lowest worst-off burden, then lowest total, then fewest people, then earliest. */
export function compareBurden(a: SlotBurden, b: SlotBurden): number {
  return (
    compareNumbers(a.maxWeighted, b.maxWeighted) ||
    compareNumbers(a.totalWeighted, b.totalWeighted) ||
    a.burdenedMemberIds.length - b.burdenedMemberIds.length ||
    a.start.getTime() - b.start.getTime()
  );
}

export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export function partOfDay(at: Date, timeZone: string): PartOfDay {
  const hour = DateTime.fromJSDate(at, { zone: timeZone }).hour;
  if (hour >= 6 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 18) return 'afternoon';
  if (hour >= 18 && hour < 22) return 'evening';
  return 'night';
}

export type FairnessReasonKey =
  | 'meetings.fairness.nobodyAtNight'
  | 'meetings.fairness.rotate'
  | 'meetings.fairness.leastBurden';

export interface FairnessReason {
  key: FairnessReasonKey;
  /** Interpolation values: partOfDay is itself a key ('meetings.partOfDay.morning'); member ids for the UI to name. */
  params: { partOfDay: string; sparedMemberIds: string[]; burdenedMemberIds: string[] };
}

export interface SlotSuggestion {
  best: SlotBurden;
  reason: FairnessReason;
  /** Every candidate, fairest first, so the UI can offer the runners-up. */
  ranked: SlotBurden[];
}

export interface SuggestSlotOptions {
  /** Candidate starts; use `candidateStarts` for every half hour of a day. */
  candidates: readonly Date[];
  durationMinutes: number;
  members: readonly PlannedMember[];
  record: FairnessRecord;
  organiserTimeZone: string;
  noGoHours?: NoGoMap;
  /** The clock: candidates at or before it are dropped, so the suggestion is never a time already past. */
  now: Date;
}

/** Starts every `stepMinutes` over the 24 hours from `from`; 30 minutes reaches India's and Nepal's half hours closely enough. */
export function candidateStarts(from: Date, stepMinutes = 30): Date[] {
  const starts: Date[] = [];
  for (let offset = 0; offset < 24 * 60; offset += stepMinutes) starts.push(new Date(from.getTime() + offset * 60_000));
  return starts;
}

/** The first candidate step strictly after `now`, aligned to the step in UTC (so half hours stay half hours in every zone we serve). */
export function nextCandidateStart(now: Date, stepMinutes = 30): Date {
  const step = stepMinutes * 60_000;
  return new Date((Math.floor(now.getTime() / step) + 1) * step);
}

export function suggestSlot(options: SuggestSlotOptions): SlotSuggestion | undefined {
  const candidates = options.candidates.filter((start) => start.getTime() > options.now.getTime());
  const scored = candidates.map((start) =>
    slotBurden(start, options.durationMinutes, options.members, options.record, options.noGoHours),
  );
  const ranked = [...scored].sort(compareBurden);
  const best = ranked[0];
  if (!best) return undefined;
  // The same choice made without the record: whoever it would have burdened and this one spares was rotated out.
  const withoutHistory = candidates
    .map((start) => slotBurden(start, options.durationMinutes, options.members, {}, options.noGoHours))
    .sort(compareBurden)[0];
  const spared = (withoutHistory?.burdenedMemberIds ?? []).filter(
    (id) => !best.burdenedMemberIds.includes(id) && (options.record[id]?.nightMeetings ?? 0) > 0,
  );
  const key: FairnessReasonKey =
    best.burdenedMemberIds.length === 0 ? 'meetings.fairness.nobodyAtNight' : spared.length > 0 ? 'meetings.fairness.rotate' : 'meetings.fairness.leastBurden';
  return {
    best,
    ranked,
    reason: {
      key,
      params: {
        partOfDay: `meetings.partOfDay.${partOfDay(best.start, options.organiserTimeZone)}`,
        sparedMemberIds: spared,
        burdenedMemberIds: best.burdenedMemberIds,
      },
    },
  };
}
