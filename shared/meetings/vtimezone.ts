import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { offsetMinutes } from './zoned-time';

export interface ZoneTransition {
  /** The instant the new offset starts, in ms since the epoch. */
  at: number;
  offsetBefore: number;
  offsetAfter: number;
}

// Transitions are weeks apart in every zone in use (Morocco's Ramadan pause is the shortest); a day cannot straddle two.
const SCAN_STEP_MS = 86_400_000;

/** Every offset change of a zone in [fromMs, toMs), found from the platform's zone data and pinned to the minute. */
export function zoneTransitions(timeZone: string, fromMs: number, toMs: number): ZoneTransition[] {
  const transitions: ZoneTransition[] = [];
  let previous = offsetMinutes(timeZone, fromMs);
  for (let probe = fromMs; probe < toMs; probe += SCAN_STEP_MS) {
    const next = Math.min(probe + SCAN_STEP_MS, toMs);
    const offset = offsetMinutes(timeZone, next);
    if (offset === previous) continue;
    let low = probe;
    let high = next;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutes(timeZone, middle) === previous) low = middle;
      else high = middle;
    }
    transitions.push({ at: high, offsetBefore: previous, offsetAfter: offset });
    previous = offset;
  }
  return transitions;
}

function floatingTime(ms: number, offset: number): ICAL.Time {
  const wall = DateTime.fromMillis(ms + offset * 60_000, { zone: 'utc' });
  return ICAL.Time.fromData({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: wall.second, isDate: false });
}

function observance(timeZone: string, atMs: number, dtstartMs: number, from: number, to: number): ICAL.Component {
  const local = DateTime.fromMillis(atMs, { zone: timeZone });
  const component = new ICAL.Component(local.isInDST ? 'daylight' : 'standard');
  component.addPropertyWithValue('dtstart', floatingTime(dtstartMs, from));
  component.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(from * 60));
  component.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(to * 60));
  component.addPropertyWithValue('tzname', local.offsetNameShort ?? timeZone);
  return component;
}

/**
 * A VTIMEZONE written out from the zone database for the span a calendar needs: one observance per real
 * transition rather than guessed RRULEs, so zones with odd rules (Lord Howe's 30-minute DST) come out exact.
 */
export function vtimezone(timeZone: string, fromMs: number, toMs: number): ICAL.Component {
  const component = new ICAL.Component('vtimezone');
  component.addPropertyWithValue('tzid', timeZone);
  const initial = offsetMinutes(timeZone, fromMs);
  // The offset in force before the span, declared from 1970 so every earlier time has a definition too.
  component.addSubcomponent(observance(timeZone, fromMs, Date.UTC(1970, 0, 1) - initial * 60_000, initial, initial));
  for (const transition of zoneTransitions(timeZone, fromMs, toMs)) {
    component.addSubcomponent(observance(timeZone, transition.at, transition.at, transition.offsetBefore, transition.offsetAfter));
  }
  return component;
}
