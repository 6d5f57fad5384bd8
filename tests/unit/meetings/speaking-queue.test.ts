import { describe, expect, it } from 'vitest';
import { attendanceSummary, setAttendance } from '../../../shared/meetings/attendance';
import { EMPTY_QUEUE, lowerHand, nextSpeaker, queueOrder, queuePosition, raiseHand } from '../../../shared/meetings/speaking-queue';

const at = (second: number): Date => new Date(Date.UTC(2026, 4, 4, 14, 0, second));

describe('speaking queue', () => {
  it('gives the floor in the order hands went up', () => {
    let queue = raiseHand(EMPTY_QUEUE, 'amara', at(1));
    queue = raiseHand(queue, 'boris', at(2));
    queue = raiseHand(queue, 'chen', at(3));
    queue = raiseHand(queue, 'amara', at(9)); // already up: keeps her place
    expect(queuePosition(queue, 'amara')).toBe(1);
    queue = lowerHand(queue, 'boris');
    queue = nextSpeaker(queue, at(10));
    expect(queue.current).toEqual({ memberId: 'amara', since: at(10).toISOString() });
    queue = nextSpeaker(queue, at(20));
    expect(queue.current?.memberId).toBe('chen');
    queue = nextSpeaker(queue, at(30));
    expect(queue.current).toBeUndefined();
    expect(queue.spoken).toEqual(['amara', 'chen']);
    expect(queuePosition(queue, 'boris')).toBeUndefined();
  });

  it('orders hands merged from peers by time, then by member id', () => {
    const merged = { hands: [{ memberId: 'zoe', raisedAt: at(5).toISOString() }, { memberId: 'ana', raisedAt: at(5).toISOString() }, { memberId: 'kim', raisedAt: at(4).toISOString() }], spoken: [] };
    expect(queueOrder(merged).map((hand) => hand.memberId)).toEqual(['kim', 'ana', 'zoe']);
  });
});

describe('attendance', () => {
  it('records online, in person and apologies; the rest are absent', () => {
    let attendance = setAttendance({}, 'a', 'online');
    attendance = setAttendance(attendance, 'b', 'in-person');
    attendance = setAttendance(attendance, 'c', 'apologies');
    attendance = setAttendance(attendance, 'd', 'online');
    attendance = setAttendance(attendance, 'd', undefined);
    expect(attendanceSummary(attendance, ['a', 'b', 'c', 'd', 'e'])).toEqual({ online: ['a'], inPerson: ['b'], apologies: ['c'], absent: ['d', 'e'], present: 2 });
  });
});
