import { describe, expect, it } from 'vitest';
import { candidateStarts, fairnessRecord, nextCandidateStart, partOfDay, slotBurden, suggestSlot } from '../../../shared/meetings/fairness';

const members = [
  { id: 'lima', name: 'Lucía Arrieta', timeZone: 'America/Lima' },
  { id: 'accra', name: 'Kojo Mensima', timeZone: 'Africa/Accra' },
  { id: 'manila', name: 'Tala Dumaguing', timeZone: 'Asia/Manila' },
];
const everyone = members.map((member) => member.id);
const now = new Date('2026-06-01T00:00:00Z');

// 13:00 UTC: 08:00 Lima, 13:00 Accra, 21:00 Manila (all clear). 01:00 UTC: 20:00 Lima, 01:00 Accra, 09:00 Manila.
const past = [
  { start: '2026-05-04T02:00:00Z', durationMinutes: 60, invitedMemberIds: everyone }, // Accra 02:00, Lima 21:00, Manila 10:00
  { start: '2026-05-11T02:00:00Z', durationMinutes: 60, invitedMemberIds: everyone },
  { start: '2026-05-18T14:30:00Z', durationMinutes: 60, invitedMemberIds: everyone }, // Manila 22:30
  { start: '2026-05-25T02:00:00Z', durationMinutes: 60, invitedMemberIds: ['lima', 'manila'] }, // Accra not invited
  { start: '2026-06-08T02:00:00Z', durationMinutes: 60, invitedMemberIds: everyone }, // future: ignored
];

describe('fairness record', () => {
  it('counts night meetings per member over past meetings they were invited to', () => {
    const record = fairnessRecord(past, members, now);
    expect(record.accra).toEqual({ memberId: 'accra', nightMeetings: 2, nightMinutes: 120, meetingsConsidered: 3 });
    expect(record.manila).toEqual({ memberId: 'manila', nightMeetings: 1, nightMinutes: 60, meetingsConsidered: 4 });
    expect(record.lima).toEqual({ memberId: 'lima', nightMeetings: 0, nightMinutes: 0, meetingsConsidered: 4 });
  });

  it("respects a member's own no-go hours", () => {
    const record = fairnessRecord(past, members, now, { lima: { from: '20:30', until: '07:00' } });
    expect(record.lima?.nightMeetings).toBe(3);
    expect(record.lima?.nightMinutes).toBe(180);
  });
});

describe('suggesting the next slot', () => {
  // Lima, Accra and Manila cannot all be awake for a 90-minute call between 22:00 and 06:00 rules: someone pays.
  const candidates = candidateStarts(new Date('2026-06-15T00:00:00Z'));

  it('scores every candidate half hour', () => {
    expect(candidates).toHaveLength(48);
    const burden = slotBurden(new Date('2026-06-15T02:00:00Z'), 60, members, fairnessRecord(past, members, now));
    expect(burden.burdenedMemberIds).toEqual(['accra']);
    expect(burden.maxWeighted).toBe(3);
  });

  it('finds a slot with nobody at night when one exists', () => {
    const suggestion = suggestSlot({ candidates, durationMinutes: 60, members, record: fairnessRecord(past, members, now), organiserTimeZone: 'Africa/Accra', now });
    expect(suggestion?.reason.key).toBe('meetings.fairness.nobodyAtNight');
    expect(suggestion?.best.start.toISOString()).toBe('2026-06-15T11:00:00.000Z');
    expect(suggestion?.best.burdenedMemberIds).toEqual([]);
  });

  // With Auckland added, no 2-hour call keeps all four out of 22:00–06:00: someone always pays.
  const wide = [...members, { id: 'auckland', name: 'Mere Tawhai', timeZone: 'Pacific/Auckland' }];

  it('splits an unavoidable night between people when nobody has carried it before', () => {
    const suggestion = suggestSlot({ candidates, durationMinutes: 120, members: wide, record: {}, organiserTimeZone: 'Asia/Manila', now });
    // 21:00 UTC: the last hour of Accra's evening and the first of Manila's morning, one hour of night each.
    expect(suggestion?.best.start.toISOString()).toBe('2026-06-15T21:00:00.000Z');
    expect(suggestion?.best.burdenedMemberIds).toEqual(['accra', 'manila']);
    expect(suggestion?.best.maxWeighted).toBeCloseTo(0.5);
    expect(suggestion?.reason.key).toBe('meetings.fairness.leastBurden');
  });

  it('rotates the burden away from whoever carried it before', () => {
    // Three past calls at 20:00 UTC: 04:00 in Manila, daytime for everyone else.
    const history = [4, 11, 18].map((day) => ({ start: `2026-05-${String(day).padStart(2, '0')}T20:00:00Z`, durationMinutes: 120, invitedMemberIds: wide.map((m) => m.id) }));
    const record = fairnessRecord(history, wide, now);
    expect(record.manila?.nightMeetings).toBe(3);
    expect(record.accra?.nightMeetings).toBe(0);

    const fair = suggestSlot({ candidates, durationMinutes: 120, members: wide, record, organiserTimeZone: 'Asia/Manila', now });
    // 09:30 UTC: 17:30 in Manila; Lima (04:30) and Auckland (21:30), with no night calls so far, share 90 minutes each.
    expect(fair?.best.start.toISOString()).toBe('2026-06-15T09:30:00.000Z');
    expect(fair?.best.burdenedMemberIds).toEqual(['lima', 'auckland']);
    expect(fair?.best.maxWeighted).toBeCloseTo(0.75);
    expect(fair?.reason).toEqual({
      key: 'meetings.fairness.rotate',
      params: { partOfDay: 'meetings.partOfDay.afternoon', sparedMemberIds: ['manila'], burdenedMemberIds: ['lima', 'auckland'] },
    });
    // Never worse for the worst-off than any other candidate.
    for (const other of fair!.ranked) expect(fair!.best.maxWeighted).toBeLessThanOrEqual(other.maxWeighted + 1e-9);
  });

  it('names the part of day in the organiser zone', () => {
    expect(partOfDay(new Date('2026-06-15T04:00:00Z'), 'Asia/Kathmandu')).toBe('morning');
    expect(partOfDay(new Date('2026-06-15T04:00:00Z'), 'America/New_York')).toBe('night');
    expect(partOfDay(new Date('2026-06-15T16:00:00Z'), 'Europe/London')).toBe('afternoon');
    expect(partOfDay(new Date('2026-06-15T18:00:00Z'), 'Europe/London')).toBe('evening');
  });

  it('returns nothing without candidates', () => {
    expect(suggestSlot({ candidates: [], durationMinutes: 60, members, record: {}, organiserTimeZone: 'UTC', now })).toBeUndefined();
  });
});

describe('the suggestion and the clock', () => {
  const day = candidateStarts(new Date('2026-06-15T00:00:00Z'));

  it('never proposes a start at or before now, even when the fairest slot of the day has passed', () => {
    // Nobody is at night at 11:00 UTC (the best slot of the day, above); at 11:00 exactly it is no longer offered.
    const clock = new Date('2026-06-15T11:00:00Z');
    const suggestion = suggestSlot({ candidates: day, durationMinutes: 60, members, record: {}, organiserTimeZone: 'UTC', now: clock });
    expect(suggestion).toBeDefined();
    for (const slot of suggestion!.ranked) expect(slot.start.getTime()).toBeGreaterThan(clock.getTime());
    expect(suggestion!.best.start.getTime()).toBeGreaterThan(clock.getTime());
    expect(suggestion!.ranked).toHaveLength(25);
  });

  it('offers nothing for a day already over', () => {
    expect(suggestSlot({ candidates: day, durationMinutes: 60, members, record: {}, organiserTimeZone: 'UTC', now: new Date('2026-06-16T00:00:00Z') })).toBeUndefined();
  });

  it('starts the next 24 hours at the next half hour after now', () => {
    expect(nextCandidateStart(new Date('2026-06-15T10:07:12Z')).toISOString()).toBe('2026-06-15T10:30:00.000Z');
    expect(nextCandidateStart(new Date('2026-06-15T10:30:00Z')).toISOString()).toBe('2026-06-15T11:00:00.000Z');
  });
});
