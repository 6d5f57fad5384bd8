import { describe, expect, it } from 'vitest';
import { localTimes } from '../../../shared/meetings/local-times';
import { noGoMinutes } from '../../../shared/meetings/no-go-hours';
import { resolveLocalTime } from '../../../shared/meetings/zoned-time';

describe('resolving a wall-clock time in a zone', () => {
  it.each([
    // zone, local, kind, utc
    ['Asia/Kolkata', '2026-03-08T09:00', 'exact', '2026-03-08T03:30:00.000Z'],
    ['Asia/Kathmandu', '2026-03-08T09:00', 'exact', '2026-03-08T03:15:00.000Z'],
    ['America/New_York', '2026-03-08T01:59', 'exact', '2026-03-08T06:59:00.000Z'],
    ['America/New_York', '2026-03-08T02:30', 'gap', '2026-03-08T07:30:00.000Z'],
    ['America/New_York', '2026-03-08T03:00', 'exact', '2026-03-08T07:00:00.000Z'],
    ['America/New_York', '2026-11-01T01:30', 'ambiguous', '2026-11-01T05:30:00.000Z'],
    ['America/New_York', '2026-11-01T02:00', 'exact', '2026-11-01T07:00:00.000Z'],
    ['Europe/London', '2026-03-29T01:30', 'gap', '2026-03-29T01:30:00.000Z'],
    ['Europe/London', '2026-10-25T01:30', 'ambiguous', '2026-10-25T00:30:00.000Z'],
    ['Australia/Lord_Howe', '2026-10-04T02:15', 'gap', '2026-10-03T15:45:00.000Z'],
    ['Australia/Lord_Howe', '2026-04-05T01:45', 'ambiguous', '2026-04-04T14:45:00.000Z'],
    ['Australia/Lord_Howe', '2026-07-01T12:00', 'exact', '2026-07-01T01:30:00.000Z'],
  ])('%s %s is %s at %s', (zone, local, kind, utc) => {
    const resolution = resolveLocalTime(local, zone);
    expect(resolution.kind).toBe(kind);
    expect(resolution.utc.toISOString()).toBe(utc);
  });

  it('reports the shifted wall time in a gap and the second instant in an overlap', () => {
    const gap = resolveLocalTime('2026-03-08T02:30', 'America/New_York');
    expect(gap.kind === 'gap' && gap.shiftedTo).toBe('2026-03-08T03:30');
    const overlap = resolveLocalTime('2026-11-01T01:30', 'America/New_York');
    expect(overlap.kind === 'ambiguous' && overlap.laterUtc.toISOString()).toBe('2026-11-01T06:30:00.000Z');
    const lordHowe = resolveLocalTime('2026-04-05T01:45', 'Australia/Lord_Howe');
    // Lord Howe's clocks go back only 30 minutes.
    expect(lordHowe.kind === 'ambiguous' && lordHowe.laterUtc.getTime() - lordHowe.utc.getTime()).toBe(30 * 60_000);
  });

  it('refuses unknown zones and malformed times', () => {
    expect(() => resolveLocalTime('2026-03-08T09:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => resolveLocalTime('2026-02-30T09:00', 'UTC')).toThrow(RangeError);
  });
});

const members = [
  { id: 'ny', name: 'Rosa Quintero', timeZone: 'America/New_York' },
  { id: 'ldn', name: 'Ewan Pask', timeZone: 'Europe/London' },
  { id: 'del', name: 'Meera Lakhani', timeZone: 'Asia/Kolkata' },
  { id: 'ktm', name: 'Bishal Thapaliya', timeZone: 'Asia/Kathmandu' },
  { id: 'lhi', name: 'Ivy Corran', timeZone: 'Australia/Lord_Howe' },
];

describe('local times for invited members', () => {
  it.each([
    // start UTC, duration, member, local start, weekday, day difference vs New York organiser, offset, flagged
    ['2026-03-09T13:00:00Z', 60, 'ny', '2026-03-09T09:00-04:00', 1, 0, -240, false],
    ['2026-03-09T13:00:00Z', 60, 'ldn', '2026-03-09T13:00+00:00', 1, 0, 0, false],
    ['2026-03-09T13:00:00Z', 60, 'del', '2026-03-09T18:30+05:30', 1, 0, 330, false],
    ['2026-03-09T13:00:00Z', 60, 'ktm', '2026-03-09T18:45+05:45', 1, 0, 345, false],
    ['2026-03-09T13:00:00Z', 60, 'lhi', '2026-03-10T00:00+11:00', 2, 1, 660, true],
    // After Lord Howe leaves DST (5 April) the same UTC hour is 30 minutes earlier there.
    ['2026-04-06T13:00:00Z', 60, 'lhi', '2026-04-06T23:30+10:30', 1, 0, 630, true],
    ['2026-04-06T10:30:00Z', 60, 'lhi', '2026-04-06T21:00+10:30', 1, 0, 630, false],
    // A meeting the day before New York's DST change, seen from London: 5 hours apart, then 4 the week after.
    ['2026-03-07T14:00:00Z', 60, 'ny', '2026-03-07T09:00-05:00', 6, 0, -300, false],
    ['2026-03-14T13:00:00Z', 60, 'ny', '2026-03-14T09:00-04:00', 6, 0, -240, false],
  ] as const)('%s for %s minutes: %s starts at %s', (start, duration, memberId, localStart, weekday, dayDifference, offset, flagged) => {
    const [row] = localTimes({
      start: new Date(start),
      durationMinutes: duration,
      organiserTimeZone: 'America/New_York',
      members: members.filter((member) => member.id === memberId),
    });
    expect(row).toMatchObject({ memberId, localStart, weekday, dayDifference, utcOffsetMinutes: offset, flagged });
  });

  it('flags a meeting that runs into the night even though it starts in the evening', () => {
    // 20:30–22:30 in Delhi: the last 30 minutes are after 22:00.
    const [row] = localTimes({ start: new Date('2026-05-04T15:00:00Z'), durationMinutes: 120, organiserTimeZone: 'Europe/London', members: [members[2]!] });
    expect(row).toMatchObject({ localStart: '2026-05-04T20:30+05:30', localEnd: '2026-05-04T22:30+05:30', noGoMinutes: 30, flagged: true });
  });

  it('flags a meeting ending just as the night ends, and not one starting then', () => {
    const nightEnd = { start: new Date('2026-05-04T04:00:00Z'), durationMinutes: 60, organiserTimeZone: 'UTC', members: [{ id: 'u', name: 'U', timeZone: 'UTC' }] };
    expect(localTimes(nightEnd)[0]?.noGoMinutes).toBe(60);
    expect(localTimes({ ...nightEnd, start: new Date('2026-05-04T06:00:00Z') })[0]?.flagged).toBe(false);
    expect(localTimes({ ...nightEnd, start: new Date('2026-05-04T05:30:00Z') })[0]?.noGoMinutes).toBe(30);
  });

  it("uses each member's own no-go hours", () => {
    const options = { start: new Date('2026-05-04T05:00:00Z'), durationMinutes: 60, organiserTimeZone: 'UTC', members: [members[1]!] };
    // 06:00 BST for London: clear of the default night, inside an early-sleeper's 21:00–07:00.
    expect(localTimes(options)[0]?.flagged).toBe(false);
    expect(localTimes({ ...options, noGoHours: { ldn: { from: '21:00', until: '07:00' } } })[0]?.noGoMinutes).toBe(60);
    // A daytime window (no wrap) also works: someone who cannot meet during school hours.
    expect(localTimes({ ...options, start: new Date('2026-05-04T09:00:00Z'), noGoHours: { ldn: { from: '08:30', until: '15:00' } } })[0]?.noGoMinutes).toBe(60);
    // Equal bounds mean no no-go hours at all.
    expect(localTimes({ ...options, start: new Date('2026-05-04T01:00:00Z'), noGoHours: { ldn: { from: '00:00', until: '00:00' } } })[0]?.flagged).toBe(false);
  });
});

describe('no-go minutes across DST changes', () => {
  it.each([
    // The 22:00–06:00 night in real minutes: 7 hours when clocks go forward, 9 when they go back.
    ['America/New_York', '2026-03-07T22:00', '2026-03-08T12:00', 7 * 60],
    ['America/New_York', '2026-10-31T22:00', '2026-11-01T12:00', 9 * 60],
    ['Europe/London', '2026-03-28T22:00', '2026-03-29T12:00', 7 * 60],
    ['Europe/London', '2026-10-24T22:00', '2026-10-25T12:00', 9 * 60],
    ['Australia/Lord_Howe', '2026-10-03T22:00', '2026-10-04T12:00', 7 * 60 + 30],
    ['Australia/Lord_Howe', '2026-04-04T22:00', '2026-04-05T12:00', 8 * 60 + 30],
    ['Asia/Kathmandu', '2026-03-07T22:00', '2026-03-08T12:00', 8 * 60],
  ])('%s from %s to %s holds %i night minutes', (zone, from, to, minutes) => {
    const start = resolveLocalTime(from, zone).utc;
    const end = resolveLocalTime(to, zone).utc;
    expect(noGoMinutes(start, end, zone)).toBe(minutes);
  });
});
