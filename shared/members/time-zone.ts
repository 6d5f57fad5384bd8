import { z } from 'zod';

/** IANA zone names as the platform's Intl knows them; Intl is the source of truth on every platform. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

export function knownTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

export const TimeZoneSchema = z.string().trim().refine(isTimeZone, { message: 'errors.unknownTimeZone' });
