import { DateTime } from 'luxon';

/**
 * `days` later on the calendar of a zone: the same wall-clock time, whatever daylight-saving change
 * lies between (a day of 86,400,000 ms lands an hour off across one). A fraction of a day is added
 * as elapsed time after the whole days.
 */
export function addDays(at: Date, days: number, timeZone: string): Date {
  const zoned = DateTime.fromJSDate(at, { zone: timeZone });
  if (!zoned.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return zoned.plus({ days }).toJSDate();
}
