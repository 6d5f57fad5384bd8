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

export const EMPTY_QUEUE: SpeakingQueue = { hands: [], spoken: [] };

/** Earliest hand first; equal times (two peers, one clock tick) fall back to member id so every peer agrees. */
export function queueOrder(queue: SpeakingQueue): RaisedHand[] {
  return [...queue.hands].sort((a, b) => Date.parse(a.raisedAt) - Date.parse(b.raisedAt) || a.memberId.localeCompare(b.memberId));
}

/** Raising an already raised hand keeps its place rather than sending the member to the back. */
export function raiseHand(queue: SpeakingQueue, memberId: string, at: Date): SpeakingQueue {
  if (queue.hands.some((hand) => hand.memberId === memberId)) return queue;
  return { ...queue, hands: [...queue.hands, { memberId, raisedAt: at.toISOString() }] };
}

export function lowerHand(queue: SpeakingQueue, memberId: string): SpeakingQueue {
  return { ...queue, hands: queue.hands.filter((hand) => hand.memberId !== memberId) };
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
