import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingFromImportedEvent, parseIcs } from '../../../shared/meetings/ics-import';
import { hostileString, withinBounds } from './bounded';

const options = { fallbackTimeZone: 'Europe/Paris' };
const line = fc.oneof(
  fc.constantFrom(
    'BEGIN:VEVENT',
    'END:VEVENT',
    'BEGIN:VTIMEZONE',
    'END:VTIMEZONE',
    'UID:abc@example.org',
    'DTSTAMP:20260101T000000Z',
    'SUMMARY:Steering committee',
    'DTSTART:20261203T140000Z',
    'DTSTART;TZID=Europe/Paris:20261203T140000',
    'DTSTART;TZID=W. Europe Standard Time:20261203T140000',
    'DTSTART;VALUE=DATE:20261203',
    'DTEND:20261203T150000Z',
    'DURATION:PT1H',
    'RRULE:FREQ=SECONDLY',
    'RRULE:FREQ=MINUTELY;COUNT=1000000000',
    'RRULE:FREQ=DAILY;UNTIL=99991231T000000Z',
    'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
    'EXDATE:20261210T140000Z',
    'LOCATION:Room 4',
    'URL:https://meet.example.org/steering',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+9999',
    'DTSTART:99999999T999999Z',
    ' continued folded line',
  ),
  hostileString.filter((text) => text.length < 500).map((text) => `X-${text}`),
  fc.tuple(fc.constantFrom('SUMMARY', 'DTSTART', 'RRULE', 'DURATION', 'TZID', 'LOCATION'), hostileString.filter((text) => text.length < 300)).map(([name, value]) => `${name}:${value}`),
);
const calendar = fc.array(line, { maxLength: 30 }).map((lines) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n'));

describe('ICS import at the boundary', () => {
  it('any calendar-shaped text is imported or refused with a message, never thrown on, within the time bound', () => {
    fc.assert(
      fc.property(calendar, (text) => {
        const imported = withinBounds(() => parseIcs(text, options), 'a calendar');
        if (!imported.ok) expect(imported.errors._form).toMatch(/^errors\./);
        // What it imports must also make a meeting or say why not, within the same bound.
        if (imported.ok) for (const event of imported.value.events) withinBounds(() => meetingFromImportedEvent(event, { id: 'm-1', now: new Date('2026-12-01T00:00:00Z') }), 'an event');
      }),
      { numRuns: 300 },
    );
  });

  it('any text at all is refused or read, never thrown on', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const imported = withinBounds(() => parseIcs(text, options), `an input of ${text.length} characters`);
        if (!imported.ok) expect(imported.errors._form).toMatch(/^errors\./);
      }),
      { numRuns: 300 },
    );
  });
});
