import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { Meeting } from './meeting';
import { occurrenceStarts } from './recurrence';
import { vtimezone } from './vtimezone';
import { resolveLocalTime, toLocalDateTime } from './zoned-time';

export const ICS_PRODUCT_ID = '-//Coalition desk//Meetings//EN';
// The VTIMEZONE covers the occurrences and a margin; readers need definitions only for the times in the file.
const MARGIN_MS = 7 * 86_400_000;

export interface IcsExportOptions {
  /** DTSTAMP: when this copy of the event was produced. */
  now: Date;
  /** Text for DESCRIPTION, e.g. the agenda; the renderer composes it in the reader's language. */
  description?: string;
  /** Overrides the meeting's own SEQUENCE, which each change raises so calendar apps replace the earlier copy. */
  sequence?: number;
}

function wallTime(at: Date, timeZone: string, zone: ICAL.Timezone): ICAL.Time {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  return ICAL.Time.fromData(
    { year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: local.second, isDate: false },
    zone,
  );
}

/**
 * A wall time that happens twice (the hour clocks go back) cannot name one instant: RFC 5545 says the first, ical.js
 * reads the second. Such a time in a single meeting is written in UTC, which every reader agrees on.
 */
function isAmbiguous(at: Date, timeZone: string): boolean {
  return at.getUTCSeconds() === 0 && resolveLocalTime(toLocalDateTime(at, timeZone), timeZone).kind === 'ambiguous';
}

function zonedProperty(name: string, at: Date, timeZone: string, zone: ICAL.Timezone, recurring: boolean): ICAL.Property {
  const property = new ICAL.Property(name);
  if (!recurring && isAmbiguous(at, timeZone)) {
    property.setValue(ICAL.Time.fromJSDate(at, true));
    return property;
  }
  property.setParameter('tzid', timeZone);
  property.setValue(wallTime(at, timeZone, zone));
  return property;
}

export function meetingUid(meeting: Pick<Meeting, 'id' | 'uid'>): string {
  return meeting.uid ?? `${meeting.id}@coalition-desk`;
}

/**
 * One VCALENDAR with the meeting in the organiser's zone (TZID + VTIMEZONE), so a weekly call keeps its local hour
 * across DST in every calendar app, and attendees' apps convert it to their own zone.
 */
export function meetingToIcs(meeting: Meeting, options: IcsExportOptions): string {
  const start = new Date(meeting.start);
  const end = new Date(start.getTime() + meeting.durationMinutes * 60_000);
  const starts = occurrenceStarts(start, meeting.timeZone, meeting.recurrence);
  const lastEnd = (starts[starts.length - 1] ?? start).getTime() + meeting.durationMinutes * 60_000;

  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', ICS_PRODUCT_ID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  // CANCEL with the same UID and a higher SEQUENCE is what makes calendar apps remove the event they hold.
  calendar.addPropertyWithValue('method', meeting.cancelled ? 'CANCEL' : 'PUBLISH');

  const timezoneComponent = vtimezone(meeting.timeZone, start.getTime() - MARGIN_MS, lastEnd + MARGIN_MS);
  calendar.addSubcomponent(timezoneComponent);
  const zone = new ICAL.Timezone({ component: timezoneComponent, tzid: meeting.timeZone });

  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', meetingUid(meeting));
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(options.now, true));
  // A recurring start stays zoned even in a repeated hour: in UTC the series would drift an hour at each DST change.
  const recurring = meeting.recurrence !== undefined;
  event.addProperty(zonedProperty('dtstart', start, meeting.timeZone, zone, recurring));
  event.addProperty(zonedProperty('dtend', end, meeting.timeZone, zone, recurring));
  event.addPropertyWithValue('summary', meeting.title);
  if (meeting.recurrence) {
    const recur = new ICAL.Recur({
      freq: meeting.recurrence.frequency === 'weekly' ? 'WEEKLY' : 'MONTHLY',
      interval: meeting.recurrence.interval,
      count: meeting.recurrence.count,
    });
    event.addPropertyWithValue('rrule', recur);
  }
  const location = meeting.location || meeting.link;
  if (location) event.addPropertyWithValue('location', location);
  if (meeting.link) event.addPropertyWithValue('url', meeting.link);
  if (options.description) event.addPropertyWithValue('description', options.description);
  event.addPropertyWithValue('sequence', options.sequence ?? meeting.sequence);
  event.addPropertyWithValue('status', meeting.cancelled ? 'CANCELLED' : 'CONFIRMED');
  calendar.addSubcomponent(event);
  // RFC 5545 lines end in CRLF; ical.js joins with its newLineChar, which defaults to it.
  return calendar.toString();
}
