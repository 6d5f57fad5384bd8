import { DateTime } from 'luxon';

/**
 * "in 3 days", "tomorrow", "in 5 hours", "2 days ago": counted in calendar days on the member's own
 * clock, so a review ending tonight in Nairobi reads "today" there even when it is tomorrow in Lima.
 */
export function relativeUntil(end: Date, now: Date, zone: string, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const inZone = (at: Date) => {
    const time = DateTime.fromJSDate(at, { zone });
    return time.isValid ? time : DateTime.fromJSDate(at, { zone: 'UTC' });
  };
  const days = Math.round(inZone(end).startOf('day').diff(inZone(now).startOf('day'), 'days').days);
  if (days !== 0) return format.format(days, 'day');
  const hours = Math.round((end.getTime() - now.getTime()) / 3_600_000);
  return hours === 0 ? format.format(Math.round((end.getTime() - now.getTime()) / 60_000), 'minute') : format.format(hours, 'hour');
}
