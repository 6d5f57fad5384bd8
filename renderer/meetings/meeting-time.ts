import { DateTime } from 'luxon';
import type { PlannedMember } from '../../shared/meetings/local-times';
import type { Member } from '../../shared/members/member';
import { systemTimeZone } from '../members/person-fields';

/** The zone the current user plans and reads times in: their member record's, else this computer's (a viewer). */
export function zoneOf(me: Member | undefined): string {
  return me?.timeZone ?? systemTimeZone();
}

export function plannedMembers(members: readonly Member[]): PlannedMember[] {
  return members.map(({ id, name, timeZone }) => ({ id, name, timeZone }));
}

/** 24-hour clock everywhere: across zones "9:00" and "21:00" must never be confused. */
export const DATE_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};
export const DATE_ONLY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
export const TIME_ONLY: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

/** An instant (UTC ISO, offset ISO or Date) on the wall clock of `zone`. */
export function formatInZone(at: string | Date, zone: string, locale: string, options: Intl.DateTimeFormatOptions = DATE_TIME): string {
  const time = typeof at === 'string' ? DateTime.fromISO(at, { zone }) : DateTime.fromJSDate(at, { zone });
  return time.setLocale(locale).toLocaleString(options);
}

/** A calendar date ('2026-03-31') as words, with no zone conversion. */
export function formatDate(date: string, locale: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale(locale).toLocaleString(DATE_ONLY);
}

export function nameOf(members: readonly Member[], id: string): string {
  return members.find((member) => member.id === id)?.name ?? id;
}

export function namesOf(members: readonly Member[], ids: readonly string[]): string {
  return ids.map((id) => nameOf(members, id)).join(', ');
}

/** '' stays undefined so the schema reports "required"; anything else non-numeric becomes NaN and is refused. */
export function numberOrUndefined(value: string | undefined): number | undefined {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/** A file name from a title: letters, digits and dashes. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60);
  return slug || 'meeting';
}
