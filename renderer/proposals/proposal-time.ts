import { DateTime } from 'luxon';
import type { Member } from '../../shared/members/member';

/**
 * Times are stored in UTC and shown on the viewer's own clock: members are spread across every
 * time zone, and "closes Friday 17:00" must mean the same instant to all of them.
 */
export function viewerZone(me: Pick<Member, 'timeZone'> | undefined): string {
  return me?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";

/** The value a datetime-local input shows for an instant, on the clock of `zone`. */
export function toLocalInput(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat(LOCAL_INPUT);
}

/**
 * A datetime-local value read on the clock of `zone`, as a UTC ISO instant. Empty stays undefined
 * (the schema then applies its default or says "required"); an unreadable value is passed through
 * unchanged so the schema reports it on its field instead of it being silently dropped.
 */
export function fromLocalInput(local: string, zone: string): string | undefined {
  const trimmed = local.trim();
  if (trimmed === '') return undefined;
  const time = DateTime.fromISO(trimmed, { zone });
  return time.isValid ? (time.toUTC().toISO({ suppressMilliseconds: true }) ?? trimmed) : trimmed;
}

/** The first or last instant of a calendar day ('2026-03-31') on the clock of `zone`, for date-range filters. */
export function dayBoundary(date: string, zone: string, edge: 'start' | 'end'): Date | undefined {
  if (date === '') return undefined;
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) return undefined;
  return (edge === 'start' ? day.startOf('day') : day.endOf('day')).toJSDate();
}

/** '' stays undefined so the schema reports "required"; anything else non-numeric becomes NaN and is refused. */
export function numberOrUndefined(value: string | undefined): number | undefined {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? undefined : Number(trimmed);
}
