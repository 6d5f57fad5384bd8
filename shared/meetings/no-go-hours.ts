import { DateTime } from 'luxon';
import { z } from 'zod';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const clockTime = z.string().regex(CLOCK, { message: 'errors.invalidClockTime' });

/**
 * Hours a member will not be asked to meet, on their own wall clock. `from` after `until` wraps past midnight
 * (22:00–06:00); equal values mean the member has no no-go hours.
 */
export const NoGoHoursSchema = z.object({ from: clockTime, until: clockTime });
export type NoGoHours = z.infer<typeof NoGoHoursSchema>;

export const DEFAULT_NO_GO_HOURS: NoGoHours = { from: '22:00', until: '06:00' };

function clock(value: string): { hour: number; minute: number } {
  const [hour, minute] = value.split(':').map(Number);
  return { hour: hour ?? 0, minute: minute ?? 0 };
}

/**
 * Windows as real instants for every local day the interval could touch. Built per day in the zone, so a night
 * that contains a DST change is 7 or 9 hours long, as it is on the member's clock.
 */
function windowsAround(startMs: number, endMs: number, timeZone: string, hours: NoGoHours): Array<[number, number]> {
  if (hours.from === hours.until) return [];
  const from = clock(hours.from);
  const until = clock(hours.until);
  const wraps = hours.from > hours.until;
  const firstDay = DateTime.fromMillis(startMs, { zone: timeZone }).startOf('day').minus({ days: 1 });
  const lastDay = DateTime.fromMillis(endMs, { zone: timeZone }).startOf('day');
  const windows: Array<[number, number]> = [];
  for (let day = firstDay; day <= lastDay; day = day.plus({ days: 1 })) {
    const opens = day.set(from);
    const closes = (wraps ? day.plus({ days: 1 }) : day).set(until);
    windows.push([opens.toMillis(), closes.toMillis()]);
  }
  return windows;
}

/** Minutes of [start, end) that fall inside the member's no-go hours. */
export function noGoMinutes(start: Date, end: Date, timeZone: string, hours: NoGoHours = DEFAULT_NO_GO_HOURS): number {
  const startMs = start.getTime();
  const endMs = end.getTime();
  if (endMs <= startMs) return 0;
  let total = 0;
  for (const [opens, closes] of windowsAround(startMs, endMs, timeZone, hours)) {
    total += Math.max(0, Math.min(endMs, closes) - Math.max(startMs, opens));
  }
  return Math.round(total / 60_000);
}
