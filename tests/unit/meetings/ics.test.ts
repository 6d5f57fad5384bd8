import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { meetingToIcs } from '../../../shared/meetings/ics-export';
import { meetingFromImportedEvent, parseIcs } from '../../../shared/meetings/ics-import';
import { MeetingSchema, type Meeting } from '../../../shared/meetings/meeting';
import { occurrenceStarts } from '../../../shared/meetings/recurrence';
import { resolveLocalTime } from '../../../shared/meetings/zoned-time';

const now = new Date('2026-01-15T12:00:00Z');

function meeting(overrides: Partial<Meeting>): Meeting {
  return MeetingSchema.parse({
    id: 'm1',
    title: 'Coordination call',
    start: '2026-03-08T14:00:00Z',
    timeZone: 'America/New_York',
    durationMinutes: 60,
    format: 'online',
    link: 'https://call.example.org/room',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...overrides,
  });
}

/** What any calendar app would see: ical.js's own parser and its own time-zone arithmetic over our VTIMEZONE. */
function parsedEvent(ics: string): ICAL.Event {
  const root = new ICAL.Component(ICAL.parse(ics));
  const vevent = root.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no event');
  return new ICAL.Event(vevent);
}

const instant = (time: ICAL.Time): string => new Date(time.toUnixTime() * 1000).toISOString();

describe('ICS export, read back by ical.js', () => {
  it('writes a meeting on the day New York springs forward in its own zone', () => {
    const ics = meetingToIcs(meeting({}), { now });
    expect(ics).toContain('DTSTART;TZID=America/New_York:20260308T100000');
    expect(ics).toContain('DTEND;TZID=America/New_York:20260308T110000');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics.split('\r\n').every((line) => line.length <= 75)).toBe(true);
    const event = parsedEvent(ics);
    expect(instant(event.startDate)).toBe('2026-03-08T14:00:00.000Z');
    expect(instant(event.endDate)).toBe('2026-03-08T15:00:00.000Z');
    expect(event.summary).toBe('Coordination call');
    expect(event.uid).toBe('m1@coalition-desk');
  });

  it('keeps a weekly call at 10:00 New York time across the DST change', () => {
    const weekly = meeting({ start: '2026-02-24T15:00:00Z', recurrence: { frequency: 'weekly', interval: 1, count: 5 } });
    const event = parsedEvent(meetingToIcs(weekly, { now }));
    const iterator = event.iterator();
    const seen: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) seen.push(instant(next));
    expect(seen).toEqual([
      '2026-02-24T15:00:00.000Z',
      '2026-03-03T15:00:00.000Z',
      '2026-03-10T14:00:00.000Z',
      '2026-03-17T14:00:00.000Z',
      '2026-03-24T14:00:00.000Z',
    ]);
    expect(seen).toEqual(occurrenceStarts(new Date(weekly.start), weekly.timeZone, weekly.recurrence).map((start) => start.toISOString()));
  });

  it('keeps a monthly Lord Howe call at its local hour across the 30-minute change', () => {
    const monthly = meeting({ start: '2026-03-15T08:00:00Z', timeZone: 'Australia/Lord_Howe', recurrence: { frequency: 'monthly', interval: 1, count: 3 } });
    const ics = meetingToIcs(monthly, { now });
    expect(ics).toContain('TZOFFSETTO:+1030');
    const iterator = parsedEvent(ics).iterator();
    const seen = [iterator.next(), iterator.next(), iterator.next()].map((time) => (time ? instant(time) : ''));
    expect(seen).toEqual(['2026-03-15T08:00:00.000Z', '2026-04-15T08:30:00.000Z', '2026-05-15T08:30:00.000Z']);
  });

  it.each([
    ['Asia/Kolkata', '2026-06-01T10:00', 'DTSTART;TZID=Asia/Kolkata:20260601T100000', '2026-06-01T04:30:00.000Z'],
    ['Asia/Kathmandu', '2026-06-01T10:00', 'DTSTART;TZID=Asia/Kathmandu:20260601T100000', '2026-06-01T04:15:00.000Z'],
    ['Europe/London', '2026-10-25T03:00', 'DTSTART;TZID=Europe/London:20261025T030000', '2026-10-25T03:00:00.000Z'],
    ['Europe/London', '2026-03-29T03:00', 'DTSTART;TZID=Europe/London:20260329T030000', '2026-03-29T02:00:00.000Z'],
    ['America/New_York', '2026-11-01T09:00', 'DTSTART;TZID=America/New_York:20261101T090000', '2026-11-01T14:00:00.000Z'],
  ])('round-trips %s %s', (zone, local, line, utc) => {
    const start = resolveLocalTime(local, zone).utc.toISOString().replace('.000Z', 'Z');
    const ics = meetingToIcs(meeting({ start, timeZone: zone }), { now });
    expect(ics).toContain(line);
    expect(instant(parsedEvent(ics).startDate)).toBe(utc);
  });

  it.each([
    ['Europe/London', '2026-10-25T00:30:00Z', 'DTSTART:20261025T003000Z'],
    ['Europe/London', '2026-10-25T01:30:00Z', 'DTSTART:20261025T013000Z'],
    ['America/New_York', '2026-11-01T05:30:00Z', 'DTSTART:20261101T053000Z'],
    ['Australia/Lord_Howe', '2026-04-04T14:45:00Z', 'DTSTART:20260404T144500Z'],
    ['Australia/Lord_Howe', '2026-04-04T15:15:00Z', 'DTSTART:20260404T151500Z'],
  ])('writes a start in the repeated hour of %s (%s) in UTC, so both occurrences survive', (zone, start, line) => {
    const ics = meetingToIcs(meeting({ start, timeZone: zone }), { now });
    expect(ics).toContain(line);
    expect(instant(parsedEvent(ics).startDate)).toBe(new Date(start).toISOString());
  });

  it('round-trips any instant in any of our test zones (property)', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Asia/Kolkata', 'America/Santiago', 'Pacific/Chatham', 'UTC'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        // Minutes, biased towards the hours around 2026's DST changes where mistakes hide.
        fc.oneof(
          fc.integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2028, 0, 1) / 60_000 }),
          fc.constantFrom(Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6), Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 3, 4, 15), Date.UTC(2026, 9, 3, 15, 30)).chain((at) =>
            fc.integer({ min: at / 60_000 - 180, max: at / 60_000 + 180 }),
          ),
        ),
        fc.integer({ min: 1, max: 600 }),
        (zone, minutes, duration) => {
          const start = new Date(minutes * 60_000).toISOString().replace('.000Z', 'Z');
          const event = parsedEvent(meetingToIcs(meeting({ start, timeZone: zone, durationMinutes: duration }), { now }));
          expect(instant(event.startDate)).toBe(new Date(start).toISOString());
          expect(event.endDate.toUnixTime() - event.startDate.toUnixTime()).toBe(duration * 60);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips through our own importer', () => {
    const original = meeting({ start: '2026-10-31T13:00:00Z', timeZone: 'Europe/London', location: 'Room 4, Harbour Hall', format: 'hybrid', recurrence: { frequency: 'weekly', interval: 2, count: 6 } });
    const result = parseIcs(meetingToIcs(original, { now }), { fallbackTimeZone: 'UTC' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.notices).toEqual([]);
    expect(result.value.events).toEqual([
      {
        uid: 'm1@coalition-desk',
        title: 'Coordination call',
        start: '2026-10-31T13:00:00Z',
        timeZone: 'Europe/London',
        durationMinutes: 60,
        location: 'Room 4, Harbour Hall',
        link: 'https://call.example.org/room',
        description: '',
        recurrence: { frequency: 'weekly', interval: 2, count: 6 },
      },
    ]);
    const imported = meetingFromImportedEvent(result.value.events[0]!, { id: 'm2', now });
    expect(imported.ok && imported.value).toMatchObject({ format: 'hybrid', uid: 'm1@coalition-desk', start: original.start });
  });
});

const wrap = (body: string): string => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Test//EN\r\n${body}END:VCALENDAR\r\n`;
const outlookZone = [
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  '',
].join('\r\n');
const event = (lines: string[]): string => ['BEGIN:VEVENT', 'UID:abc@example.org', 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT', ''].join('\r\n');

describe('ICS import', () => {
  it("uses the file's own VTIMEZONE for a Windows zone name", () => {
    const ics = wrap(outlookZone + event(['SUMMARY:Steering committee', 'DTSTART;TZID=W. Europe Standard Time:20260330T100000', 'DTEND;TZID=W. Europe Standard Time:20260330T113000', 'LOCATION:https://meet.example.org/sc']));
    const result = parseIcs(ics, { fallbackTimeZone: 'Africa/Nairobi' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 30 March is after the last Sunday of March: +02:00.
    expect(result.value.events[0]).toMatchObject({ start: '2026-03-30T08:00:00Z', durationMinutes: 90, timeZone: 'Africa/Nairobi', link: 'https://meet.example.org/sc', location: '' });
    expect(result.value.notices).toEqual(['meetings.ics.zoneNotIana']);
  });

  it.each([
    ['an IANA TZID without VTIMEZONE', ['DTSTART;TZID=Asia/Kathmandu:20260601T100000', 'DURATION:PT45M'], '2026-06-01T04:15:00Z', 45, 'Asia/Kathmandu'],
    ['a UTC time', ['DTSTART:20261101T060000Z', 'DTEND:20261101T070000Z'], '2026-11-01T06:00:00Z', 60, 'Europe/Berlin'],
    ['a floating time, read in the importer zone', ['DTSTART:20261101T013000', 'DTEND:20261101T023000'], '2026-11-01T00:30:00Z', 60, 'Europe/Berlin'],
    ['a meeting across the DST change, by elapsed time', ['DTSTART;TZID=America/New_York:20261101T000000', 'DTEND;TZID=America/New_York:20261101T030000'], '2026-11-01T04:00:00Z', 240, 'America/New_York'],
  ])('reads %s', (_label, lines, start, minutes, zone) => {
    const result = parseIcs(wrap(event(['SUMMARY:Call', ...lines])), { fallbackTimeZone: 'Europe/Berlin' });
    expect(result.ok && result.value.events[0]).toMatchObject({ start, durationMinutes: minutes, timeZone: zone });
  });

  it('keeps a simple recurrence and drops one it cannot edit', () => {
    const simple = parseIcs(wrap(event(['DTSTART:20260601T100000Z', 'DURATION:PT1H', 'RRULE:FREQ=MONTHLY;COUNT=4'])), { fallbackTimeZone: 'UTC' });
    expect(simple.ok && simple.value.events[0]?.recurrence).toEqual({ frequency: 'monthly', interval: 1, count: 4 });
    const complex = parseIcs(wrap(event(['DTSTART:20260601T100000Z', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE'])), { fallbackTimeZone: 'UTC' });
    expect(complex.ok && complex.value.events[0]?.recurrence).toBeUndefined();
    expect(complex.ok && complex.value.notices).toEqual(['meetings.ics.recurrenceDropped']);
  });

  it.each([
    ['empty text', '', 'errors.icsMalformed'],
    ['plain prose', 'Meeting next Tuesday at ten', 'errors.icsMalformed'],
    ['an unterminated calendar', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n', 'errors.icsMalformed'],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Someone\r\nEND:VCARD\r\n', 'errors.icsMalformed'],
    ['a broken date', wrap(event(['DTSTART:2026-06-01 ten', 'DURATION:PT1H'])), 'errors.icsMalformed'],
    ['no events', wrap(''), 'errors.icsNoEvents'],
    ['only a task', wrap('BEGIN:VTODO\r\nUID:t\r\nSUMMARY:Task\r\nEND:VTODO\r\n'), 'errors.icsNoEvents'],
    ['only all-day events', wrap(event(['DTSTART;VALUE=DATE:20260601', 'SUMMARY:Holiday'])), 'errors.icsNoEvents'],
    ['an event without start', wrap(event(['SUMMARY:Sometime'])), 'errors.icsMissingStart'],
    ['an end before the start', wrap(event(['DTSTART:20260601T100000Z', 'DTEND:20260601T090000Z'])), 'errors.endBeforeStart'],
    ['no end or duration', wrap(event(['DTSTART:20260601T100000Z'])), 'errors.endBeforeStart'],
    ['an unknown zone with no definition', wrap(event(['DTSTART;TZID=Moon Standard Time:20260601T100000', 'DURATION:PT1H'])), 'errors.icsUnknownTimeZone'],
  ])('refuses %s', (_label, text, key) => {
    expect(parseIcs(text, { fallbackTimeZone: 'UTC' })).toEqual({ ok: false, errors: { _form: key } });
  });
});
