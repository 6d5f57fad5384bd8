import { z } from 'zod';
import { addDays } from '../calendar-days';
import { entityId, isoDateTime, type Parsed } from '../validation';

/** Members have this long to comment on circulated minutes unless the group sets another period. */
export const DEFAULT_CIRCULATION_DAYS = 7;
export const MAX_CIRCULATION_DAYS = 60;

export const MinutesLifecycleSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('draft') }),
  z.object({ state: z.literal('circulated'), circulatedAt: isoDateTime, commentsUntil: isoDateTime }),
  z.object({ state: z.literal('approved'), circulatedAt: isoDateTime, approvedAt: isoDateTime, approvedBy: entityId }),
]);
export type MinutesLifecycle = z.infer<typeof MinutesLifecycleSchema>;
export type MinutesState = MinutesLifecycle['state'];

export const DRAFT: MinutesLifecycle = { state: 'draft' };

/** Draft and circulated minutes take corrections; approved minutes are the record and change only as a new version. */
export function canEditMinutes(lifecycle: MinutesLifecycle): boolean {
  return lifecycle.state !== 'approved';
}

/** The period is counted in days of the circulator's zone, in which they read the closing time. */
export function circulate(lifecycle: MinutesLifecycle, now: Date, timeZone: string, periodDays = DEFAULT_CIRCULATION_DAYS): Parsed<MinutesLifecycle> {
  if (lifecycle.state !== 'draft') return { ok: false, errors: { state: 'errors.invalidTransition' } };
  if (!Number.isInteger(periodDays) || periodDays < 1 || periodDays > MAX_CIRCULATION_DAYS) {
    return { ok: false, errors: { periodDays: 'errors.invalidCirculationPeriod' } };
  }
  const until = addDays(now, periodDays, timeZone);
  return { ok: true, value: { state: 'circulated', circulatedAt: now.toISOString(), commentsUntil: until.toISOString() } };
}

/** Back to draft when comments call for more than corrections; the period restarts on the next circulation. */
export function withdraw(lifecycle: MinutesLifecycle): Parsed<MinutesLifecycle> {
  if (lifecycle.state !== 'circulated') return { ok: false, errors: { state: 'errors.invalidTransition' } };
  return { ok: true, value: DRAFT };
}

/** Approval waits for the comment period to end: members were promised that time. */
export function approve(lifecycle: MinutesLifecycle, approvedBy: string, now: Date): Parsed<MinutesLifecycle> {
  if (lifecycle.state !== 'circulated') return { ok: false, errors: { state: 'errors.invalidTransition' } };
  if (now.getTime() < Date.parse(lifecycle.commentsUntil)) return { ok: false, errors: { state: 'errors.circulationPeriodOpen' } };
  return { ok: true, value: { state: 'approved', circulatedAt: lifecycle.circulatedAt, approvedAt: now.toISOString(), approvedBy } };
}
