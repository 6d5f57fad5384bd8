import { DateTime } from 'luxon';

/** An instant as stored (UTC or offset ISO), as a Date, or as epoch milliseconds. */
export type Instant = string | Date | number;

export interface ZoneOptions {
  /** The wall clock to show the instant on; the formats' own zone (the viewer's) when left out. */
  zone?: string;
  /** Name the zone ("GMT", "GMT+5:30"): wherever members read times in different zones. */
  withZone?: boolean;
  weekday?: boolean;
}

export interface Formats {
  readonly locale: string;
  readonly timeZone: string;
  /** "15 December 2026 at 14:00" (en-GB), "December 15, 2026 at 2:00 PM" (en-US). */
  dateTime(at: Instant, options?: ZoneOptions): string;
  /** "15 December 2026" on the clock of the zone. */
  date(at: Instant, options?: Omit<ZoneOptions, 'withZone'>): string;
  /** "14:00" / "2:00 PM". */
  time(at: Instant, options?: Omit<ZoneOptions, 'weekday'> & { seconds?: boolean }): string;
  /** A calendar date ('2026-03-31') as words, with no zone conversion: a deadline day is the same day everywhere. */
  calendarDate(isoDate: string, options?: { weekday?: boolean }): string;
  /** A wall-clock time of any day ('22:00', as no-go hours are kept) on the locale's clock: "22:00" / "10:00 PM". */
  wallTime(hoursMinutes: string): string;
  /** A length of time in whole minutes: "1 hour, 30 minutes". */
  duration(minutes: number): string;
  /** A stopwatch reading in seconds: "4:05", "1:02:03", in the locale's digits. */
  clock(seconds: number): string;
  /** "in 3 days", "yesterday", "5 minutes ago", counted in calendar days of the zone beyond a day. */
  relative(at: Instant, now: Instant): string;
  /** A calendar date ('2027-01-31') from today on the viewer's calendar: "today", "tomorrow", "in 2 months". */
  relativeDay(isoDate: string, now: Instant): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A share from 0 to 1: "66 %" (fr), "66%" (en). */
  percent(share: number): string;
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
/**
 * The locale's own clock (24-hour in en-GB, 12-hour in en-US), the same on every screen. A 24-hour
 * clock gets two-digit hours ("07:00", "00:00"), as those locales write it and as ICU does not
 * always: Chromium gives en-GB "0:00" for a bare numeric hour.
 */
function timeOptions(locale: string): Intl.DateTimeFormatOptions {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return { hour: cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric', minute: '2-digit' };
}

function toDate(at: Instant): Date {
  return at instanceof Date ? at : new Date(at);
}

/** A zone name that the platform does not know (from an older peer) must not blank a screen: such times show in UTC. */
function knownZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}

/** Pure: the same locale and zone give the same text on every machine, so screens and tests agree. */
export function createFormats(locale: string, timeZone: string): Formats {
  const viewerZone = knownZone(timeZone);
  const clockOptions = timeOptions(locale);
  const cache = new Map<string, Intl.DateTimeFormat>();
  const dateTimeFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    const key = JSON.stringify(options);
    let format = cache.get(key);
    if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, options)));
    return format;
  };
  const show = (at: Instant, base: Intl.DateTimeFormatOptions, options: ZoneOptions & { seconds?: boolean } = {}): string => {
    const date = toDate(at);
    if (Number.isNaN(date.getTime())) return String(at);
    return dateTimeFormat({
      ...base,
      ...(options.weekday ? { weekday: 'long' } : {}),
      ...(options.seconds ? { second: '2-digit' } : {}),
      ...(options.withZone ? { timeZoneName: 'short' } : {}),
      timeZone: options.zone === undefined ? viewerZone : knownZone(options.zone),
    }).format(date);
  };
  const number = (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value);
  const unit = (value: number, name: 'hour' | 'minute') => number(value, { style: 'unit', unit: name, unitDisplay: 'long' });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const calendarRelative = (day: DateTime, today: DateTime): string => {
    const days = Math.round(day.diff(today, 'days').days);
    if (Math.abs(days) < 45) return relativeFormat.format(days, 'day');
    const months = Math.round(day.diff(today, 'months').months);
    return Math.abs(months) < 12 ? relativeFormat.format(months, 'month') : relativeFormat.format(Math.round(months / 12), 'year');
  };

  return {
    locale,
    timeZone: viewerZone,
    dateTime: (at, options) => show(at, { ...DATE, ...clockOptions }, options),
    date: (at, options) => show(at, DATE, options),
    time: (at, options) => show(at, clockOptions, options),
    calendarDate: (isoDate, options) => {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T00:00:00Z`) : new Date(Number.NaN);
      return Number.isNaN(day.getTime()) ? isoDate : show(day, DATE, { ...options, zone: 'UTC' });
    },
    wallTime: (hoursMinutes) => {
      const match = /^(\d{2}):(\d{2})$/.exec(hoursMinutes);
      return match ? show(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])), clockOptions, { zone: 'UTC' }) : hoursMinutes;
    },
    duration: (minutes) => {
      const whole = Math.max(0, Math.round(minutes));
      const hours = Math.floor(whole / 60);
      const rest = whole % 60;
      const parts = [hours > 0 ? unit(hours, 'hour') : '', rest > 0 || hours === 0 ? unit(rest, 'minute') : ''].filter(Boolean);
      return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(parts);
    },
    clock: (seconds) => {
      const whole = Math.abs(Math.round(seconds));
      const two = (value: number) => number(value, { minimumIntegerDigits: 2, useGrouping: false });
      const hours = Math.floor(whole / 3600);
      const minutes = Math.floor((whole % 3600) / 60);
      const rest = whole % 60;
      return hours > 0 ? `${number(hours)}:${two(minutes)}:${two(rest)}` : `${number(minutes)}:${two(rest)}`;
    },
    relativeDay: (isoDate, now) => {
      const day = DateTime.fromISO(isoDate, { zone: viewerZone });
      const today = DateTime.fromJSDate(toDate(now), { zone: viewerZone }).startOf('day');
      if (!day.isValid || !today.isValid) return isoDate;
      return calendarRelative(day.startOf('day'), today);
    },
    relative: (at, now) => {
      const target = toDate(at).getTime();
      const from = toDate(now).getTime();
      if (Number.isNaN(target) || Number.isNaN(from)) return String(at);
      const minutes = Math.round((target - from) / 60_000);
      if (Math.abs(minutes) < 60) return relativeFormat.format(minutes, 'minute');
      if (Math.abs(minutes) < 24 * 60) return relativeFormat.format(Math.round(minutes / 60), 'hour');
      // Beyond a day, count the viewer's calendar days: Monday 23:00 to Wednesday 01:00 is "in 2 days".
      const day = (ms: number) => DateTime.fromMillis(ms, { zone: viewerZone }).startOf('day');
      return calendarRelative(day(target), day(from));
    },
    number,
    percent: (share) => number(share, { style: 'percent', maximumFractionDigits: 1 }),
  };
}
