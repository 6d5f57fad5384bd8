import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { attendanceSummary, setAttendance } from '../../../shared/meetings/attendance';
import { MeetingsDoc } from '../../../shared/meetings/meetings-doc';
import { queueOrder, queuePosition } from '../../../shared/meetings/speaking-queue';

const at = (second: number): Date => new Date(Date.UTC(2026, 4, 4, 14, 0, second));

describe('speaking queue', () => {
  it('gives the floor in the order hands went up', () => {
    const doc = new MeetingsDoc(new Y.Doc());
    doc.raiseHand('m1', 'amara', at(1));
    doc.raiseHand('m1', 'boris', at(2));
    doc.raiseHand('m1', 'chen', at(3));
    doc.raiseHand('m1', 'amara', at(9)); // already up: keeps her place
    doc.raiseHand('m2', 'dara', at(1)); // another meeting's queue
    expect(queuePosition(doc.speakingQueue('m1'), 'amara')).toBe(1);
    doc.lowerHand('m1', 'boris');
    doc.nextSpeaker('m1', at(10));
    expect(doc.speakingQueue('m1').current).toEqual({ memberId: 'amara', since: at(10).toISOString() });
    expect(queuePosition(doc.speakingQueue('m1'), 'amara')).toBeUndefined();
    doc.nextSpeaker('m1', at(20));
    expect(doc.speakingQueue('m1').current?.memberId).toBe('chen');
    doc.nextSpeaker('m1', at(30));
    const closed = doc.speakingQueue('m1');
    expect(closed.current).toBeUndefined();
    expect(closed.spoken).toEqual(['amara', 'chen']);
    expect(closed.hands).toEqual([]);
    expect(doc.speakingQueue('m2').hands).toEqual([{ memberId: 'dara', raisedAt: at(1).toISOString() }]);
  });

  it('merges hands raised on two peers while offline, in time order, and ignores malformed records', () => {
    const chair = new Y.Doc();
    const member = new Y.Doc();
    new MeetingsDoc(chair).raiseHand('m1', 'zoe', at(5));
    new MeetingsDoc(member).raiseHand('m1', 'ana', at(5));
    new MeetingsDoc(member).raiseHand('m1', 'kim', at(4));
    chair.getMap('queueHands').set('m1/eve', { raisedAt: 'not a time' });
    chair.getMap('queueFloor').set('m2', { spoken: 'everyone' });
    Y.applyUpdate(chair, Y.encodeStateAsUpdate(member));
    Y.applyUpdate(member, Y.encodeStateAsUpdate(chair));
    for (const ydoc of [chair, member]) {
      expect(queueOrder(new MeetingsDoc(ydoc).speakingQueue('m1')).map((hand) => hand.memberId)).toEqual(['kim', 'ana', 'zoe']);
      expect(new MeetingsDoc(ydoc).speakingQueue('m2')).toEqual({ hands: [], spoken: [] });
    }
    // The chair gives the floor; the member's app sees the same speaker and queue.
    new MeetingsDoc(chair).nextSpeaker('m1', at(10));
    Y.applyUpdate(member, Y.encodeStateAsUpdate(chair));
    expect(new MeetingsDoc(member).speakingQueue('m1').current?.memberId).toBe('kim');
    expect(queuePosition(new MeetingsDoc(member).speakingQueue('m1'), 'ana')).toBe(1);
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
