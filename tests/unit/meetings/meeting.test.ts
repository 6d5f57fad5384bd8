import { describe, expect, it } from 'vitest';
import { createMeeting, meetingEnd, updateMeeting, type MeetingInput } from '../../../shared/meetings/meeting';
import { occurrenceStarts } from '../../../shared/meetings/recurrence';

const identity = { id: 'meeting-1', now: new Date('2026-02-01T09:00:00Z') };
const input: MeetingInput = {
  title: 'Coordination call',
  number: 12,
  startLocal: '2026-03-10T09:00',
  timeZone: 'America/New_York',
  durationMinutes: 90,
  format: 'online',
  link: 'https://call.example.org/room-7',
  invitedMemberIds: ['m1', 'm2'],
};

describe('creating a meeting', () => {
  it('stores the start in UTC with the organiser zone', () => {
    const result = createMeeting(input, identity);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.meeting).toMatchObject({ start: '2026-03-10T13:00:00Z', timeZone: 'America/New_York', durationMinutes: 90, agenda: [] });
    expect(result.value.start.kind).toBe('exact');
    expect(meetingEnd(result.value.meeting).toISOString()).toBe('2026-03-10T14:30:00.000Z');
  });

  it('takes an end instead of a duration and measures real elapsed time across a DST change', () => {
    // 01:00 to 04:00 on the night New York springs forward is two hours, not three.
    const result = createMeeting({ ...input, durationMinutes: undefined, startLocal: '2026-03-08T01:00', endLocal: '2026-03-08T04:00' }, identity);
    expect(result.ok && result.value.meeting.durationMinutes).toBe(120);
  });

  it('reports a start that fell into a DST gap', () => {
    const result = createMeeting({ ...input, startLocal: '2026-03-08T02:30' }, identity);
    expect(result.ok && result.value.start.kind).toBe('gap');
    expect(result.ok && result.value.meeting.start).toBe('2026-03-08T07:30:00Z');
  });

  it.each([
    [{ durationMinutes: undefined, endLocal: '2026-03-10T08:00' }, 'endLocal', 'errors.endBeforeStart'],
    [{ durationMinutes: undefined, endLocal: '2026-03-10T09:00' }, 'endLocal', 'errors.endBeforeStart'],
    [{ durationMinutes: 0 }, 'durationMinutes', 'errors.durationNotPositive'],
    [{ durationMinutes: -30 }, 'durationMinutes', 'errors.durationNotPositive'],
    [{ durationMinutes: 2000 }, 'durationMinutes', 'errors.durationTooLong'],
    [{ durationMinutes: undefined }, 'durationMinutes', 'errors.required'],
    [{ timeZone: 'Europe/Atlantis' }, 'timeZone', 'errors.unknownTimeZone'],
    [{ timeZone: '+05:30' }, 'timeZone', 'errors.unknownTimeZone'],
    [{ startLocal: '2026-02-30T09:00' }, 'startLocal', 'errors.invalidDateTime'],
    [{ title: '  ' }, 'title', 'errors.required'],
    [{ format: 'telepathy' }, 'format', 'errors.unknownMeetingFormat'],
    [{ link: 'javascript:alert(1)' }, 'link', 'errors.invalidUrl'],
    [{ durationMinutes: 60, endLocal: '2026-03-10T11:00' }, 'endLocal', 'errors.endDisagreesWithDuration'],
    [{ startLocal: '2026-01-31T09:00', recurrence: { frequency: 'monthly', count: 3 } }, 'recurrence', 'errors.monthlyDayTooLate'],
  ])('refuses %j with %s: %s', (change, field, key) => {
    const result = createMeeting({ ...input, ...change }, identity);
    expect(result).toEqual({ ok: false, errors: expect.objectContaining({ [field]: key }) });
  });

  it('keeps the original when an update is invalid', () => {
    const created = createMeeting(input, identity);
    if (!created.ok) throw new Error('fixture');
    const meeting = created.value.meeting;
    const result = updateMeeting(meeting, { durationMinutes: 0 }, new Date());
    expect(result).toEqual({ ok: false, errors: { durationMinutes: 'errors.durationNotPositive' } });
    expect(meeting.durationMinutes).toBe(90);
  });
});

describe('recurrence', () => {
  it('keeps the local hour across DST, so the UTC hour moves', () => {
    const starts = occurrenceStarts(new Date('2026-02-24T15:00:00Z'), 'America/New_York', { frequency: 'weekly', interval: 1, count: 4 });
    expect(starts.map((start) => start.toISOString())).toEqual([
      '2026-02-24T15:00:00.000Z',
      '2026-03-03T15:00:00.000Z',
      '2026-03-10T14:00:00.000Z',
      '2026-03-17T14:00:00.000Z',
    ]);
  });

  it('repeats monthly in Lord Howe across its 30-minute change', () => {
    const starts = occurrenceStarts(new Date('2026-03-15T08:00:00Z'), 'Australia/Lord_Howe', { frequency: 'monthly', interval: 1, count: 2 });
    // 19:00 local both times: +11:00 in March, +10:30 in April.
    expect(starts.map((start) => start.toISOString())).toEqual(['2026-03-15T08:00:00.000Z', '2026-04-15T08:30:00.000Z']);
  });
});
