import { DateTime } from 'luxon';
import { DEFAULT_NO_GO_HOURS, noGoMinutes, type NoGoHours } from './no-go-hours';

export interface PlannedMember {
  id: string;
  name: string;
  timeZone: string;
}

export interface MemberLocalTime {
  memberId: string;
  name: string;
  timeZone: string;
  /** Wall-clock start and end for the member, ISO with their offset at that instant. */
  localStart: string;
  localEnd: string;
  /** Calendar date of the start on the member's clock, and ISO weekday (1 = Monday). */
  localDate: string;
  weekday: number;
  /** Days between the member's start date and the organiser's (−1: the day before, +1: the day after). */
  dayDifference: number;
  /** Minutes east of UTC at the start (330 for India, 345 for Nepal, 630 or 660 for Lord Howe). */
  utcOffsetMinutes: number;
  noGoMinutes: number;
  /** Set when any part of the meeting, not only its start, falls in the member's no-go hours. */
  flagged: boolean;
}

export interface LocalTimesOptions {
  start: Date;
  durationMinutes: number;
  organiserTimeZone: string;
  members: readonly PlannedMember[];
  /** Each member's own no-go hours; members without an entry get 22:00–06:00. */
  noGoHours?: Readonly<Record<string, NoGoHours>>;
}

/** The date alone, on a zone without DST, so day differences are whole numbers. */
function calendarDay(at: DateTime): DateTime {
  return DateTime.fromObject({ year: at.year, month: at.month, day: at.day }, { zone: 'utc' });
}

export function localTimes(options: LocalTimesOptions): MemberLocalTime[] {
  const end = new Date(options.start.getTime() + options.durationMinutes * 60_000);
  const organiserDate = calendarDay(DateTime.fromJSDate(options.start, { zone: options.organiserTimeZone }));
  return options.members.map((member) => {
    const localStart = DateTime.fromJSDate(options.start, { zone: member.timeZone });
    const localEnd = DateTime.fromJSDate(end, { zone: member.timeZone });
    const minutes = noGoMinutes(options.start, end, member.timeZone, options.noGoHours?.[member.id] ?? DEFAULT_NO_GO_HOURS);
    return {
      memberId: member.id,
      name: member.name,
      timeZone: member.timeZone,
      localStart: localStart.toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? '',
      localEnd: localEnd.toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? '',
      localDate: localStart.toISODate() ?? '',
      weekday: localStart.weekday,
      dayDifference: Math.round(calendarDay(localStart).diff(organiserDate, 'days').days),
      utcOffsetMinutes: localStart.offset,
      noGoMinutes: minutes,
      flagged: minutes > 0,
    };
  });
}
