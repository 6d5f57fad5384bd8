import { DateTime, IANAZone } from 'luxon';
import { isTimeZone } from '../members/time-zone';

/** A wall-clock reading without a zone, as a person types it: '2026-03-08T02:30'. */
export type LocalDateTime = string;

export type LocalTimeResolution =
  | { kind: 'exact'; utc: Date }
  /** The wall time does not exist (clocks jumped forward); moved forward by the size of the jump, as calendars do. */
  | { kind: 'gap'; utc: Date; shiftedTo: LocalDateTime }
  /** The wall time happens twice (clocks went back); the first occurrence is chosen, the other is reported. */
  | { kind: 'ambiguous'; utc: Date; laterUtc: Date };

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;

export function isLocalDateTime(value: string): boolean {
  const match = LOCAL_PATTERN.exec(value);
  if (!match) return false;
  const wall = DateTime.fromISO(value, { zone: 'utc' });
  return wall.isValid && wall.toFormat("yyyy-MM-dd'T'HH:mm") === value;
}

/** Offset of a zone at an instant, in minutes east of UTC; the zone database decides, never a fixed table. */
export function offsetMinutes(timeZone: string, at: Date | number): number {
  return IANAZone.create(timeZone).offset(typeof at === 'number' ? at : at.getTime());
}

/**
 * Turns a wall-clock time in a zone into an instant. Luxon alone picks a side of a DST overlap
 * differently per zone, so both candidate offsets are tried and the result says which case applied.
 */
export function resolveLocalTime(local: LocalDateTime, timeZone: string): LocalTimeResolution {
  if (!isLocalDateTime(local)) throw new RangeError(`Not a local date-time: ${local}`);
  if (!isTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const wallMs = DateTime.fromISO(local, { zone: 'utc' }).toMillis();
  // Offsets a day either side cover any real transition; no zone changes twice within two days.
  const before = offsetMinutes(timeZone, wallMs - DAY_MS);
  const after = offsetMinutes(timeZone, wallMs + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => wallMs - offset * 60_000)
    .filter((instant) => wallMs - offsetMinutes(timeZone, instant) * 60_000 === instant)
    .sort((a, b) => a - b);
  const [first, second] = candidates;
  if (first !== undefined && second !== undefined) return { kind: 'ambiguous', utc: new Date(first), laterUtc: new Date(second) };
  if (first !== undefined) return { kind: 'exact', utc: new Date(first) };
  const utc = new Date(wallMs - before * 60_000);
  return { kind: 'gap', utc, shiftedTo: toLocalDateTime(utc, timeZone) };
}

export function toLocalDateTime(at: Date, timeZone: string): LocalDateTime {
  return DateTime.fromJSDate(at, { zone: timeZone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

export function utcIso(at: Date): string {
  return DateTime.fromJSDate(at, { zone: 'utc' }).toISO({ suppressMilliseconds: true }) ?? at.toISOString();
}

/** The instant a calendar day begins in a zone (not always 00:00: some zones skip midnight). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  return DateTime.fromISO(date, { zone: timeZone }).startOf('day').toJSDate();
}
