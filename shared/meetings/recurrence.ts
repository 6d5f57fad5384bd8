import { DateTime } from 'luxon';
import { z } from 'zod';

/** Coalitions meet weekly or monthly at most; anything richer comes from a calendar app and is not edited here. */
export const RECURRENCE_FREQUENCIES = ['weekly', 'monthly'] as const;
export const MAX_OCCURRENCES = 104;

export const RecurrenceSchema = z.object({
  frequency: z.enum(RECURRENCE_FREQUENCIES, { message: 'errors.unknownFrequency' }),
  interval: z.number().int({ message: 'errors.invalidNumber' }).min(1, { message: 'errors.invalidNumber' }).max(12, { message: 'errors.invalidNumber' }).default(1),
  count: z
    .number()
    .int({ message: 'errors.invalidNumber' })
    .min(1, { message: 'errors.invalidNumber' })
    .max(MAX_OCCURRENCES, { message: 'errors.tooManyOccurrences' }),
});
export type Recurrence = z.output<typeof RecurrenceSchema>;

/** Monthly on the 29th-31st: luxon would clamp to the month's end while RFC 5545 skips the month, so such a start is refused. */
export const LAST_MONTHLY_DAY = 28;

/**
 * Occurrence starts, repeating the organiser's wall-clock time (not the UTC instant): a 10:00 New York call
 * stays at 10:00 there across DST, which is what iCalendar's RRULE with TZID means too.
 */
export function occurrenceStarts(start: Date, timeZone: string, recurrence: Recurrence | undefined): Date[] {
  const first = DateTime.fromJSDate(start, { zone: timeZone });
  if (!recurrence) return [first.toJSDate()];
  const unit = recurrence.frequency === 'weekly' ? 'weeks' : 'months';
  const starts: Date[] = [];
  for (let index = 0; index < recurrence.count; index += 1) {
    // luxon keeps the wall time across DST; a gap time moves forward, as RFC 5545 asks.
    starts.push(first.plus({ [unit]: index * recurrence.interval }).toJSDate());
  }
  return starts;
}
