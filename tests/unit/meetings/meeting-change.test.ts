import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingToIcs } from '../../../shared/meetings/ics-export';
import { cancellation, cancelMeeting, editMeeting, lastChangeAt, lastReschedule } from '../../../shared/meetings/meeting-change';
import { MeetingSchema, type Meeting } from '../../../shared/meetings/meeting';

const created = new Date('2026-02-01T09:00:00Z');
const now = new Date('2026-03-01T12:00:00Z');

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return MeetingSchema.parse({
    id: 'm1',
    title: 'Steering committee',
    start: '2026-03-10T14:00:00Z',
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    format: 'online',
    invitedMemberIds: ['ana', 'bo'],
    createdAt: created.toISOString(),
    updatedAt: created.toISOString(),
    ...overrides,
  });
}

const edit = (overrides: Record<string, unknown> = {}) => ({
  startLocal: '2026-03-10T15:00',
  timeZone: 'Europe/Berlin',
  durationMinutes: 60,
  format: 'online',
  invitedMemberIds: ['ana', 'bo'],
  ...overrides,
});

function vevent(ics: string): { method: string; event: ICAL.Component } {
  const root = new ICAL.Component(ICAL.parse(ics));
  const event = root.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no event');
  return { method: String(root.getFirstPropertyValue('method')), event };
}

describe('editing a meeting', () => {
  it('reschedules, raises SEQUENCE and records from and to', () => {
    const result = editMeeting(meeting(), edit({ startLocal: '2026-03-12T16:30' }), { now, byMemberId: 'ana' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.start).toBe('2026-03-12T15:30:00Z');
    expect(result.value.sequence).toBe(1);
    expect(result.value.updatedAt).toBe(now.toISOString());
    expect(lastReschedule(result.value)).toEqual({
      kind: 'edited',
      at: now.toISOString(),
      byMemberId: 'ana',
      fields: ['start'],
      fromStart: '2026-03-10T14:00:00Z',
      toStart: '2026-03-12T15:30:00Z',
    });
  });

  it('names every field that changed and keeps the start when only the rest moves', () => {
    const result = editMeeting(meeting(), edit({ durationMinutes: 90, format: 'hybrid', invitedMemberIds: ['bo', 'cy'] }), { now });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.changes[0]).toMatchObject({ kind: 'edited', fields: ['durationMinutes', 'format', 'invitedMemberIds'] });
    expect(lastReschedule(result.value)).toBeUndefined();
    expect(result.value.start).toBe('2026-03-10T14:00:00Z');
  });

  it('takes an end instead of a duration and refuses an end before the start', () => {
    const ok = editMeeting(meeting(), edit({ durationMinutes: undefined, endLocal: '2026-03-10T17:15' }), { now });
    expect(ok.ok && ok.value.durationMinutes).toBe(135);
    expect(editMeeting(meeting(), edit({ durationMinutes: undefined, endLocal: '2026-03-10T14:00' }), { now })).toEqual({ ok: false, errors: { endLocal: 'errors.endBeforeStart' } });
  });

  it('refuses to move a meeting into the past, but lets a past meeting keep its time while other fields change', () => {
    expect(editMeeting(meeting(), edit({ startLocal: '2026-02-27T10:00' }), { now })).toEqual({ ok: false, errors: { startLocal: 'errors.rescheduleInPast' } });
    const held = meeting({ start: '2026-02-20T10:00:00Z' });
    expect(editMeeting(held, edit({ startLocal: '2026-02-20T11:00', format: 'hybrid' }), { now }).ok).toBe(true);
  });

  it('refuses an edit that changes nothing, and any edit once cancelled', () => {
    expect(editMeeting(meeting(), edit(), { now })).toEqual({ ok: false, errors: { _form: 'errors.nothingChanged' } });
    const cancelled = cancelMeeting(meeting(), { now });
    if (!cancelled.ok) throw new Error('cancel failed');
    expect(editMeeting(cancelled.value, edit({ durationMinutes: 30 }), { now })).toEqual({ ok: false, errors: { _form: 'errors.meetingCancelled' } });
    expect(cancelMeeting(cancelled.value, { now }).ok).toBe(false);
  });
});

describe('calendar copies of a changed meeting, read back by ical.js', () => {
  it('keeps the UID, raises SEQUENCE and stamps the change', () => {
    const original = meeting();
    const first = vevent(meetingToIcs(original, { now: created }));
    const moved = editMeeting(original, edit({ startLocal: '2026-03-11T10:00' }), { now });
    if (!moved.ok) throw new Error('edit failed');
    const change = lastChangeAt(moved.value);
    expect(change).toEqual(now);
    const second = vevent(meetingToIcs(moved.value, { now: change ?? now }));
    expect(second.event.getFirstPropertyValue('uid')).toBe(first.event.getFirstPropertyValue('uid'));
    expect(Number(first.event.getFirstPropertyValue('sequence'))).toBe(0);
    expect(Number(second.event.getFirstPropertyValue('sequence'))).toBe(1);
    expect(String(second.event.getFirstPropertyValue('dtstamp'))).toBe('2026-03-01T12:00:00Z');
    expect(new ICAL.Event(second.event).startDate.toJSDate().toISOString()).toBe('2026-03-11T09:00:00.000Z');
    expect(second.method).toBe('PUBLISH');
  });

  it('a cancelled meeting is METHOD:CANCEL, STATUS:CANCELLED, same UID, higher SEQUENCE', () => {
    const moved = editMeeting(meeting(), edit({ durationMinutes: 45 }), { now });
    if (!moved.ok) throw new Error('edit failed');
    const cancelled = cancelMeeting(moved.value, { now: new Date('2026-03-02T08:00:00Z'), byMemberId: 'bo' });
    if (!cancelled.ok) throw new Error('cancel failed');
    const ics = meetingToIcs(cancelled.value, { now: lastChangeAt(cancelled.value) ?? now });
    expect(ics).toContain('METHOD:CANCEL\r\n');
    const { method, event } = vevent(ics);
    expect(method).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('uid')).toBe('m1@coalition-desk');
    expect(Number(event.getFirstPropertyValue('sequence'))).toBe(2);
    expect(cancellation(cancelled.value)).toEqual({ kind: 'cancelled', at: '2026-03-02T08:00:00.000Z', byMemberId: 'bo' });
  });
});
