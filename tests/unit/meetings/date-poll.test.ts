import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerDatePoll,
  bestSlot,
  closeDatePoll,
  createDatePoll,
  meetingFromPoll,
  rankSlots,
  DATE_ANSWERS,
  type DatePoll,
} from '../../../shared/meetings/date-poll';
import { fairnessRecord } from '../../../shared/meetings/fairness';

const now = new Date('2026-04-01T10:00:00Z');
const members = [
  { id: 'a', name: 'Noor Haddad', timeZone: 'Asia/Amman' },
  { id: 'b', name: 'Felipe Ordaz', timeZone: 'America/Mexico_City' },
  { id: 'c', name: 'Sione Latu', timeZone: 'Pacific/Tongatapu' },
];
const slots = [
  { id: 's1', start: '2026-04-14T06:00:00Z' }, // Tonga 19:00, Amman 09:00, Mexico 00:00
  { id: 's2', start: '2026-04-14T14:00:00Z' }, // Tonga 03:00, Amman 17:00, Mexico 08:00
  { id: 's3', start: '2026-04-14T20:00:00Z' }, // Tonga 09:00, Amman 23:00, Mexico 14:00
];

function poll(): DatePoll {
  const result = createDatePoll({ title: 'Charter review', timeZone: 'Asia/Amman', durationMinutes: 60, slots, invitedMemberIds: ['a', 'b', 'c'] }, { id: 'p1', now });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function answered(base: DatePoll, answers: Record<string, Record<string, (typeof DATE_ANSWERS)[number]>>): DatePoll {
  return Object.entries(answers).reduce((current, [memberId, choice]) => {
    const result = answerDatePoll(current, memberId, choice);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  }, base);
}

const fairness = { members, record: {} };

describe('date poll', () => {
  it.each([
    [{ slots: [] }, 'slots', 'errors.pollNoOptions'],
    [{ slots: [slots[0]!, { id: 's9', start: slots[0]!.start }] }, 'slots', 'errors.duplicateOption'],
    [{ durationMinutes: 0 }, 'durationMinutes', 'errors.durationNotPositive'],
    [{ timeZone: 'Nowhere/Special' }, 'timeZone', 'errors.unknownTimeZone'],
    [{ slots: [{ id: 's1', start: '2026-04-14T06:00:00+03:00' }] }, 'slots', 'errors.notUtc'],
  ])('refuses %j', (change, field, key) => {
    const result = createDatePoll({ title: 'Charter review', timeZone: 'Asia/Amman', durationMinutes: 60, slots, ...change }, { id: 'p1', now });
    expect(result).toEqual({ ok: false, errors: { [field]: key } });
  });

  it('picks most yes, then fewest no', () => {
    const result = answered(poll(), {
      a: { s1: 'yes', s2: 'yes', s3: 'if-need-be' },
      b: { s1: 'no', s2: 'yes', s3: 'yes' },
      c: { s1: 'yes', s2: 'no', s3: 'yes' },
    });
    const ranked = rankSlots(result, fairness);
    // s1, s2, s3 have 2 yes each; s3 has no "no".
    expect(ranked.map((tally) => [tally.slot.id, tally.yes, tally.no])).toEqual([
      ['s3', 2, 0],
      ['s1', 2, 1],
      ['s2', 2, 1],
    ]);
  });

  it('breaks a tie by fairness to whoever had the nights', () => {
    const result = answered(poll(), { a: { s1: 'yes', s2: 'yes', s3: 'no' }, b: { s1: 'yes', s2: 'yes', s3: 'no' } });
    // s1 is midnight in Mexico City, s2 is 03:00 in Tonga; Mexico City has had three night calls, Tonga none.
    const history = [1, 2, 3].map((week) => ({ start: `2026-03-0${week}T06:00:00Z`, durationMinutes: 60, invitedMemberIds: ['a', 'b', 'c'] }));
    const record = fairnessRecord(history, members, now);
    expect(record.b?.nightMeetings).toBe(3);
    expect(bestSlot(result, { members, record })?.slot.id).toBe('s2');
    expect(bestSlot(result, { members, record: {} })?.slot.id).toBe('s1');
  });

  it('counts members who have not answered', () => {
    const result = answered(poll(), { a: { s1: 'yes' } });
    const s1 = rankSlots(result, fairness).find((tally) => tally.slot.id === 's1');
    expect(s1).toMatchObject({ yes: 1, noAnswer: 2 });
  });

  it('refuses answers for unknown slots or a closed poll, leaving the poll as it was', () => {
    const base = poll();
    expect(answerDatePoll(base, 'a', { s7: 'yes' })).toEqual({ ok: false, errors: { answers: 'errors.unknownOption' } });
    expect(answerDatePoll(closeDatePoll(base), 'a', { s1: 'yes' })).toEqual({ ok: false, errors: { _form: 'errors.pollClosed' } });
    expect(base.answers).toEqual({});
  });

  it('turns the chosen slot into a meeting at the same instant and closes the poll', () => {
    const result = meetingFromPoll(poll(), 's2', { format: 'online', link: 'https://call.example.org/charter' }, { id: 'm9', now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.meeting).toMatchObject({ id: 'm9', title: 'Charter review', start: '2026-04-14T14:00:00Z', timeZone: 'Asia/Amman', durationMinutes: 60, invitedMemberIds: ['a', 'b', 'c'] });
    expect(result.value.poll).toMatchObject({ status: 'closed', chosenSlotId: 's2', meetingId: 'm9' });
    expect(meetingFromPoll(result.value.poll, 's2', { format: 'online' }, { id: 'm10', now })).toEqual({ ok: false, errors: { _form: 'errors.pollAlreadyScheduled' } });
    expect(meetingFromPoll(poll(), 'nope', { format: 'online' }, { id: 'm10', now })).toEqual({ ok: false, errors: { slotId: 'errors.unknownOption' } });
  });

  it('never ranks first a slot with fewer yes than another, nor equal yes and more no (property)', () => {
    const answer = fc.constantFrom(...DATE_ANSWERS);
    const memberAnswers = fc.record({ s1: answer, s2: answer, s3: answer }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), memberAnswers), fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 6 }), (answers, nights) => {
        const result = answered(poll(), answers);
        const history = nights.map((memberId, index) => ({ start: `2026-03-${String(index + 1).padStart(2, '0')}T06:00:00Z`, durationMinutes: 60, invitedMemberIds: [memberId] }));
        const ranked = rankSlots(result, { members, record: fairnessRecord(history, members, now) });
        const best = ranked[0]!;
        expect(ranked).toHaveLength(3);
        for (const other of ranked) {
          expect(best.yes).toBeGreaterThanOrEqual(other.yes);
          if (best.yes === other.yes) expect(best.no).toBeLessThanOrEqual(other.no);
        }
      }),
    );
  });
});
