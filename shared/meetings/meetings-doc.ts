import * as Y from 'yjs';
import { z } from 'zod';
import type { Parsed as FormResult } from '../validation';
import { parseKeyedRecords, parseRecord, parseRecords, type Parsed } from '../workspace-doc/map-records';
import { ActionItemSchema, type ActionItem } from './action-item';
import { castVote, ChoicePollSchema, type ChoicePoll } from './choice-poll';
import { answerDatePoll, DateAnswerSchema, DatePollSchema, type DateAnswer, type DatePoll } from './date-poll';
import { MeetingSchema, type Meeting } from './meeting';
import { MinutesSchema, type Minutes } from './minutes';
import { NoGoHoursSchema, type NoGoHours } from './no-go-hours';
import { castRanking, RankedPollSchema, type RankedPoll } from './ranked-poll';
import { nextSpeaker, StoredFloorSchema, StoredHandSchema, type SpeakingQueue } from './speaking-queue';

/**
 * The meetings part of a workspace's Y.Doc: Y.Maps of plain JSON records keyed by id, as for members and documents
 * (decision 0001). Records are replaced whole, so concurrent edits of one record resolve last-writer-wins; poll answers
 * therefore live under their own key per member, so members answering offline at once never overwrite each other.
 * Raised hands in a meeting's speaking queue are kept the same way.
 * Every read is parsed: any peer may have written it.
 */
const MEETINGS = 'meetings';
const POLLS = 'polls';
const ACTIONS = 'actions';
const MINUTES = 'minutes';
const NO_GO_HOURS = 'noGoHours';
const POLL_ANSWERS = 'pollAnswers';
const QUEUE_HANDS = 'queueHands';
const QUEUE_FLOOR = 'queueFloor';
const answerKey = (pollId: string, memberId: string): string => `${pollId}/${memberId}`;
const handKey = (meetingId: string, memberId: string): string => `${meetingId}/${memberId}`;
const MemberAnswerSchema = z.union([z.record(z.string(), DateAnswerSchema), z.array(z.string())]);

export const PollSchema = z.discriminatedUnion('kind', [DatePollSchema, ChoicePollSchema, RankedPollSchema]);
export type Poll = DatePoll | ChoicePoll | RankedPoll;

/** Approved versions are kept under their own key, so a new version never overwrites the record that was approved. */
const archivedMinutesKey = (meetingId: string, version: number): string => `${meetingId}#v${version}`;

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value);
}

export type PutMinutesResult = { ok: true } | { ok: false; error: 'errors.minutesLocked' | 'errors.staleVersion' };

export class MeetingsDoc {
  constructor(readonly ydoc: Y.Doc) {}

  private map(name: string): Y.Map<unknown> {
    return this.ydoc.getMap(name);
  }

  meetings(): Parsed<Meeting> {
    return parseRecords(this.map(MEETINGS), MeetingSchema);
  }

  meeting(id: string): Meeting | undefined {
    return parseRecord(this.map(MEETINGS), MeetingSchema, id);
  }

  /** Throws on an invalid record: callers validate first (createMeeting, updateMeeting), so this is a programming error. */
  putMeeting(meeting: Meeting): void {
    this.map(MEETINGS).set(meeting.id, MeetingSchema.parse(meeting));
  }

  /** Folds each member's separately stored answer into the poll; a malformed or mismatched answer is ignored. */
  private withAnswers(poll: Poll): Poll {
    const prefix = `${poll.id}/`;
    let merged: Poll = poll;
    this.map(POLL_ANSWERS).forEach((value, key) => {
      if (!key.startsWith(prefix)) return;
      const memberId = key.slice(prefix.length);
      const answer = MemberAnswerSchema.safeParse(value);
      if (!answer.success) return;
      if (merged.kind === 'date' && !Array.isArray(answer.data)) {
        merged = { ...merged, answers: { ...merged.answers, [memberId]: answer.data } };
      } else if (merged.kind === 'choice' && Array.isArray(answer.data)) {
        const votes = { ...merged.votes };
        if (answer.data.length === 0) delete votes[memberId];
        else votes[memberId] = answer.data;
        merged = { ...merged, votes };
      } else if (merged.kind === 'ranked' && Array.isArray(answer.data)) {
        const ballots = { ...merged.ballots };
        if (answer.data.length === 0) delete ballots[memberId];
        else ballots[memberId] = answer.data;
        merged = { ...merged, ballots };
      }
    });
    return merged;
  }

  polls(): Parsed<Poll> {
    const parsed = parseRecords(this.map(POLLS), PollSchema);
    return { valid: parsed.valid.map((poll) => this.withAnswers(poll)), invalid: parsed.invalid };
  }

  poll(id: string): Poll | undefined {
    const poll = parseRecord(this.map(POLLS), PollSchema, id);
    return poll && this.withAnswers(poll);
  }

  /**
   * Records one member's answer to a date poll (slot → answer) or choice poll (option ids), checked against the
   * poll as it stands; nothing is written on error.
   */
  answerPoll(pollId: string, memberId: string, answer: Readonly<Record<string, DateAnswer>> | readonly string[]): FormResult<Poll> {
    const poll = this.poll(pollId);
    if (!poll) return { ok: false, errors: { _form: 'errors.notFound' } };
    let result: FormResult<Poll>;
    if (poll.kind === 'date' && !isStringArray(answer)) result = answerDatePoll(poll, memberId, answer);
    else if (poll.kind === 'choice' && isStringArray(answer)) result = castVote(poll, memberId, answer);
    else if (poll.kind === 'ranked' && isStringArray(answer)) result = castRanking(poll, memberId, answer);
    else return { ok: false, errors: { _form: 'errors.invalid' } };
    if (!result.ok) return result;
    const value = result.value;
    const stored = value.kind === 'date' ? value.answers[memberId] : value.kind === 'choice' ? (value.votes[memberId] ?? []) : (value.ballots[memberId] ?? []);
    this.map(POLL_ANSWERS).set(answerKey(pollId, memberId), stored);
    return result;
  }

  putPoll(poll: Poll): void {
    this.map(POLLS).set(poll.id, PollSchema.parse(poll));
  }

  /** A date poll scheduled as a meeting: both land in one transaction, so no peer sees the meeting without the closed poll. */
  schedulePoll(poll: DatePoll, meeting: Meeting): void {
    this.ydoc.transact(() => {
      this.putMeeting(meeting);
      this.putPoll(poll);
    });
  }

  actions(): Parsed<ActionItem> {
    return parseRecords(this.map(ACTIONS), ActionItemSchema);
  }

  action(id: string): ActionItem | undefined {
    return parseRecord(this.map(ACTIONS), ActionItemSchema, id);
  }

  putAction(action: ActionItem): void {
    this.map(ACTIONS).set(action.id, ActionItemSchema.parse(action));
  }

  /** The current version of a meeting's minutes. */
  minutes(meetingId: string): Minutes | undefined {
    return parseRecord(this.map(MINUTES), MinutesSchema, meetingId);
  }

  /** Every current minutes record; archived versions are read with `archivedMinutes`. */
  allMinutes(): Parsed<Minutes> {
    return parseRecords(this.map(MINUTES), MinutesSchema, { keep: (key) => !key.includes('#') });
  }

  archivedMinutes(meetingId: string, version: number): Minutes | undefined {
    return parseRecord(this.map(MINUTES), MinutesSchema, archivedMinutesKey(meetingId, version));
  }

  /**
   * Stores minutes, enforcing the lock here as well as in the domain functions, since a peer's UI may be older:
   * approved minutes are replaced only by a later version, and the approved one is archived first.
   */
  putMinutes(minutes: Minutes, action?: ActionItem): PutMinutesResult {
    const next = MinutesSchema.parse(minutes);
    const current = this.minutes(next.meetingId);
    if (current && next.version < current.version) return { ok: false, error: 'errors.staleVersion' };
    if (current?.lifecycle.state === 'approved' && next.version === current.version) return { ok: false, error: 'errors.minutesLocked' };
    this.ydoc.transact(() => {
      if (current?.lifecycle.state === 'approved') this.map(MINUTES).set(archivedMinutesKey(current.meetingId, current.version), current);
      this.map(MINUTES).set(next.meetingId, next);
      if (action) this.putAction(action);
    });
    return { ok: true };
  }

  /** Each member's own no-go hours; members without an entry use the default 22:00–06:00. */
  noGoHours(): { valid: Record<string, NoGoHours>; invalid: string[] } {
    const { valid, invalid } = parseKeyedRecords(this.map(NO_GO_HOURS), NoGoHoursSchema);
    return { valid: Object.fromEntries(valid), invalid };
  }

  setNoGoHours(memberId: string, hours: NoGoHours | undefined): void {
    if (hours === undefined) this.map(NO_GO_HOURS).delete(memberId);
    else this.map(NO_GO_HOURS).set(memberId, NoGoHoursSchema.parse(hours));
  }

  /** The meeting's speaking queue as every member sees it: raised hands, who has the floor, who has spoken. */
  speakingQueue(meetingId: string): SpeakingQueue {
    const prefix = `${meetingId}/`;
    const hands: SpeakingQueue['hands'] = [];
    this.map(QUEUE_HANDS).forEach((value, key) => {
      const hand = StoredHandSchema.safeParse(value);
      if (key.startsWith(prefix) && key.length > prefix.length && hand.success) hands.push({ memberId: key.slice(prefix.length), raisedAt: hand.data.raisedAt });
    });
    const floor = parseRecord(this.map(QUEUE_FLOOR), StoredFloorSchema, meetingId);
    return { hands, spoken: floor?.spoken ?? [], ...(floor?.current ? { current: floor.current } : {}) };
  }

  /** A hand already up keeps its place rather than going to the back. */
  raiseHand(meetingId: string, memberId: string, at: Date): void {
    const hands = this.map(QUEUE_HANDS);
    const key = handKey(meetingId, memberId);
    if (StoredHandSchema.safeParse(hands.get(key)).success) return;
    hands.set(key, StoredHandSchema.parse({ raisedAt: at.toISOString() }));
  }

  lowerHand(meetingId: string, memberId: string): void {
    this.map(QUEUE_HANDS).delete(handKey(meetingId, memberId));
  }

  /** Gives the floor to the first hand up (or closes it), in one transaction so peers never see the hand and the speaker apart. */
  nextSpeaker(meetingId: string, at: Date): void {
    const queue = nextSpeaker(this.speakingQueue(meetingId), at);
    this.ydoc.transact(() => {
      if (queue.current) this.lowerHand(meetingId, queue.current.memberId);
      this.map(QUEUE_FLOOR).set(meetingId, StoredFloorSchema.parse({ spoken: queue.spoken, ...(queue.current ? { current: queue.current } : {}) }));
    });
  }

  observe(callback: () => void): () => void {
    const maps = [MEETINGS, POLLS, POLL_ANSWERS, ACTIONS, MINUTES, NO_GO_HOURS, QUEUE_HANDS, QUEUE_FLOOR].map((name) => this.map(name));
    maps.forEach((map) => map.observe(callback));
    return () => maps.forEach((map) => map.unobserve(callback));
  }
}
