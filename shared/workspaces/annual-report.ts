import { DateTime } from 'luxon';

/**
 * A coalition stays listed as active only with an annual report each year, due on 31 January.
 * The next due date ('2027-01-31') from `now` on the calendar of `timeZone`: this year's until the
 * day itself has passed, then next year's.
 */
export function nextAnnualReportDue(now: Date, timeZone: string): string {
  const today = DateTime.fromJSDate(now, { zone: timeZone });
  const year = today.month === 1 ? today.year : today.year + 1;
  return `${year}-01-31`;
}
