import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { isTimeZone } from '../members/time-zone';
import { fieldErrors, MAX_NAME_LENGTH, type Parsed } from '../validation';
import { MAX_MEETING_MINUTES, MeetingSchema, type Meeting, type MeetingFormat } from './meeting';
import { RecurrenceSchema, type Recurrence } from './recurrence';
import { resolveLocalTime, utcIso } from './zoned-time';

/** Invitations are a few kilobytes; a larger file is not an invitation and is refused before parsing. */
export const MAX_ICS_LENGTH = 1_000_000;

export type IcsNotice =
  | 'meetings.ics.allDaySkipped'
  | 'meetings.ics.exceptionSkipped'
  | 'meetings.ics.recurrenceDropped'
  | 'meetings.ics.zoneNotIana';

export interface ImportedEvent {
  uid?: string;
  title: string;
  /** UTC instant, as meetings store it. */
  start: string;
  /** IANA zone the event was written in; the importer's own zone when the file's zone has no IANA name. */
  timeZone: string;
  durationMinutes: number;
  location: string;
  link: string;
  description: string;
  recurrence?: Recurrence;
}

export interface IcsImport {
  events: ImportedEvent[];
  /** Things left out or approximated, as i18n keys, each once. */
  notices: IcsNotice[];
}

export interface IcsImportOptions {
  /** The importer's zone: used for floating times and for zones with non-IANA names (Outlook's "Eastern Standard Time"). */
  fallbackTimeZone: string;
}

class IcsError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

function rootComponent(text: string): ICAL.Component {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch {
    throw new IcsError('errors.icsMalformed');
  }
  if (!Array.isArray(jcal) || jcal.length === 0) throw new IcsError('errors.icsMalformed');
  // Several top-level components parse to an array of components; an invitation has exactly one calendar.
  const first: unknown = typeof jcal[0] === 'string' ? jcal : jcal[0];
  if (!Array.isArray(first)) throw new IcsError('errors.icsMalformed');
  const root = new ICAL.Component(first);
  if (root.name !== 'vcalendar') throw new IcsError('errors.icsMalformed');
  return root;
}

/** The instant a DTSTART/DTEND names: by the file's own VTIMEZONE when it has one (RFC 5545), else by the zone database. */
function instantOf(property: ICAL.Property, time: ICAL.Time, fallbackTimeZone: string): Date {
  if (time.zone?.tzid === 'UTC') return new Date(time.toUnixTime() * 1000);
  const tzid = property.getFirstParameter('tzid');
  if (tzid && property.parent?.getTimeZoneByID(tzid)) return new Date(time.toUnixTime() * 1000);
  const zone = tzid ? (isTimeZone(tzid) ? tzid : undefined) : fallbackTimeZone;
  if (!zone) throw new IcsError('errors.icsUnknownTimeZone');
  const local = DateTime.fromObject({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute }, { zone: 'utc' });
  return resolveLocalTime(local.toFormat("yyyy-MM-dd'T'HH:mm"), zone).utc;
}

function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value.trim() : '';
}

const isWebLink = (value: string): boolean => /^https?:\/\/\S+$/i.test(value);

function recurrenceOf(component: ICAL.Component, notices: Set<IcsNotice>): Recurrence | undefined {
  const properties = component.getAllProperties('rrule');
  if (properties.length === 0) return undefined;
  const rule = properties[0]?.getFirstValue();
  const simple =
    properties.length === 1 &&
    rule instanceof ICAL.Recur &&
    (rule.freq === 'WEEKLY' || rule.freq === 'MONTHLY') &&
    !rule.until &&
    Object.keys(rule.parts).length === 0 &&
    !component.hasProperty('rdate') &&
    !component.hasProperty('exdate');
  const parsed = simple
    ? RecurrenceSchema.safeParse({ frequency: rule.freq === 'WEEKLY' ? 'weekly' : 'monthly', interval: rule.interval, count: rule.count ?? undefined })
    : undefined;
  if (parsed?.success) return parsed.data;
  // Rules we cannot edit faithfully (BYDAY, UNTIL, endless) are dropped rather than approximated.
  notices.add('meetings.ics.recurrenceDropped');
  return undefined;
}

function importEvent(component: ICAL.Component, options: IcsImportOptions, notices: Set<IcsNotice>): ImportedEvent | undefined {
  if (component.hasProperty('recurrence-id')) {
    notices.add('meetings.ics.exceptionSkipped');
    return undefined;
  }
  const startProperty = component.getFirstProperty('dtstart');
  const startValue = startProperty?.getFirstValue();
  if (!startProperty || !(startValue instanceof ICAL.Time)) throw new IcsError('errors.icsMissingStart');
  if (startValue.isDate) {
    notices.add('meetings.ics.allDaySkipped');
    return undefined;
  }
  const start = instantOf(startProperty, startValue, options.fallbackTimeZone);
  let end: Date;
  const endProperty = component.getFirstProperty('dtend');
  const endValue = endProperty?.getFirstValue();
  const duration = component.getFirstPropertyValue('duration');
  if (endProperty && endValue instanceof ICAL.Time) end = instantOf(endProperty, endValue, options.fallbackTimeZone);
  else if (duration instanceof ICAL.Duration) end = new Date(start.getTime() + duration.toSeconds() * 1000);
  else end = start;
  const durationMinutes = Math.round((end.getTime() - start.getTime()) / 60_000);
  if (durationMinutes <= 0) throw new IcsError('errors.endBeforeStart');
  if (durationMinutes > MAX_MEETING_MINUTES) throw new IcsError('errors.durationTooLong');

  const tzid = startProperty.getFirstParameter('tzid');
  let timeZone = options.fallbackTimeZone;
  if (tzid && isTimeZone(tzid)) timeZone = tzid;
  else if (tzid) notices.add('meetings.ics.zoneNotIana');

  const location = text(component, 'location');
  const url = text(component, 'url');
  const link = isWebLink(url) ? url : isWebLink(location) ? location : '';
  const uid = text(component, 'uid');
  const recurrence = recurrenceOf(component, notices);
  return {
    ...(uid ? { uid } : {}),
    title: (text(component, 'summary') || 'Meeting').slice(0, MAX_NAME_LENGTH),
    start: utcIso(start),
    timeZone,
    durationMinutes,
    location: isWebLink(location) ? '' : location.slice(0, 300),
    link: link.slice(0, 2048),
    description: text(component, 'description'),
    ...(recurrence ? { recurrence } : {}),
  };
}

/** Parses an invitation. All or nothing: one unreadable event fails the import, so nothing half-imported is stored. */
export function parseIcs(input: string, options: IcsImportOptions): Parsed<IcsImport> {
  if (!isTimeZone(options.fallbackTimeZone)) return { ok: false, errors: { _form: 'errors.unknownTimeZone' } };
  if (input.length > MAX_ICS_LENGTH) return { ok: false, errors: { _form: 'errors.icsTooLarge' } };
  if (input.trim() === '') return { ok: false, errors: { _form: 'errors.icsMalformed' } };
  try {
    const root = rootComponent(input);
    const components = root.getAllSubcomponents('vevent');
    if (components.length === 0) return { ok: false, errors: { _form: 'errors.icsNoEvents' } };
    const notices = new Set<IcsNotice>();
    const events = components.flatMap((component) => importEvent(component, options, notices) ?? []);
    if (events.length === 0) return { ok: false, errors: { _form: 'errors.icsNoEvents' } };
    return { ok: true, value: { events, notices: [...notices] } };
  } catch (error) {
    // ical.js throws plain errors on values it cannot decode (a bad DTSTART, an offset out of range).
    return { ok: false, errors: { _form: error instanceof IcsError ? error.key : 'errors.icsMalformed' } };
  }
}

/** A link and a place make it hybrid; a link alone online; a place alone in person. */
export function inferFormat(event: Pick<ImportedEvent, 'location' | 'link'>): MeetingFormat {
  if (event.link && event.location) return 'hybrid';
  return event.location ? 'in-person' : 'online';
}

export function meetingFromImportedEvent(event: ImportedEvent, identity: { id: string; now: Date }): Parsed<Meeting> {
  const at = identity.now.toISOString();
  const result = MeetingSchema.safeParse({
    id: identity.id,
    title: event.title,
    start: event.start,
    timeZone: event.timeZone,
    durationMinutes: event.durationMinutes,
    format: inferFormat(event),
    location: event.location,
    link: event.link,
    invitedMemberIds: [],
    recurrence: event.recurrence,
    agenda: [],
    uid: event.uid,
    createdAt: at,
    updatedAt: at,
  });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
