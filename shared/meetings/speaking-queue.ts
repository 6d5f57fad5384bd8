import { z } from 'zod';

export interface RaisedHand {
  memberId: string;
  /** ISO instant; the order of the queue. Peers raising hands offline merge into one order by this. */
  raisedAt: string;
}

export interface SpeakingQueue {
  hands: RaisedHand[];
  current?: { memberId: string; since: string };
  /** Who has had the floor, in order, for the minutes and for chairs who favour first-time speakers. */
  spoken: string[];
}

/** Earliest hand first; equal times (two peers, one clock tick) fall back to member id so every peer agrees. */
export function queueOrder(queue: SpeakingQueue): RaisedHand[] {
  return [...queue.hands].sort((a, b) => Date.parse(a.raisedAt) - Date.parse(b.raisedAt) || a.memberId.localeCompare(b.memberId));
}

/** Gives the floor to the first hand; with no hands the floor is simply closed. */
export function nextSpeaker(queue: SpeakingQueue, at: Date): SpeakingQueue {
  const [first, ...rest] = queueOrder(queue);
  if (!first) return { ...queue, current: undefined };
  return { hands: rest, current: { memberId: first.memberId, since: at.toISOString() }, spoken: [...queue.spoken, first.memberId] };
}

/** 1-based place in the queue, or undefined when the member's hand is down. */
export function queuePosition(queue: SpeakingQueue, memberId: string): number | undefined {
  const index = queueOrder(queue).findIndex((hand) => hand.memberId === memberId);
  return index < 0 ? undefined : index + 1;
}

/** A raised hand as stored, one record per meeting and member (MeetingsDoc): raising offline at once never clashes. */
export const StoredHandSchema = z.object({ raisedAt: z.iso.datetime() });

/** Who has the floor and who has spoken, one record per meeting, written by whoever gives the floor. */
export const StoredFloorSchema = z.object({
  current: z.object({ memberId: z.string().min(1), since: z.iso.datetime() }).optional(),
  spoken: z.array(z.string().min(1)).max(1000),
});
