import { z } from 'zod';
import { TimeZoneSchema } from '../members/time-zone';
import { entityId, fieldErrors, type Parsed } from '../validation';
import { MeetingFormatSchema, MeetingSchema, type Meeting } from './meeting';
import type { ChangedField, MeetingChange } from './meeting-change-record';
import { isLocalDateTime, resolveLocalTime, utcIso } from './zoned-time';

/** What the edit form sends: the start as wall-clock time in the meeting's own zone, a duration or an end. */
export const MeetingEditInputSchema = z.object({
  startLocal: z.string().refine(isLocalDateTime, { message: 'errors.invalidDateTime' }),
  timeZone: TimeZoneSchema,
  durationMinutes: z.number({ message: 'errors.invalidNumber' }).optional(),
  endLocal: z.string().refine(isLocalDateTime, { message: 'errors.invalidDateTime' }).optional(),
  format: MeetingFormatSchema,
  invitedMemberIds: z.array(entityId),
});
export type MeetingEditInput = z.input<typeof MeetingEditInputSchema>;

export interface ChangeContext {
  now: Date;
  /** The member making the change, when known (a workspace without a profile has none). */
  byMemberId?: string;
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/**
 * Edits time, duration, format and invitees. A moved start must lie in the future: moving a meeting into the past
 * would send attendees' calendars an event already over. Each accepted change raises SEQUENCE by one.
 */
export function editMeeting(meeting: Meeting, input: unknown, context: ChangeContext): Parsed<Meeting> {
  if (meeting.cancelled) return { ok: false, errors: { _form: 'errors.meetingCancelled' } };
  const parsed = MeetingEditInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const fields = parsed.data;
  const start = resolveLocalTime(fields.startLocal, fields.timeZone).utc;
  let minutes = fields.durationMinutes;
  if (fields.endLocal !== undefined && fields.endLocal !== '') {
    const end = resolveLocalTime(fields.endLocal, fields.timeZone).utc;
    const elapsed = Math.round((end.getTime() - start.getTime()) / 60_000);
    if (elapsed <= 0) return { ok: false, errors: { endLocal: 'errors.endBeforeStart' } };
    minutes = elapsed;
  }
  if (minutes === undefined) return { ok: false, errors: { durationMinutes: 'errors.required' } };
  const startIso = utcIso(start);
  const changed: ChangedField[] = [];
  if (startIso !== meeting.start) changed.push('start');
  if (minutes !== meeting.durationMinutes) changed.push('durationMinutes');
  if (fields.format !== meeting.format) changed.push('format');
  if (!sameMembers(fields.invitedMemberIds, meeting.invitedMemberIds)) changed.push('invitedMemberIds');
  if (changed.length === 0) return { ok: false, errors: { _form: 'errors.nothingChanged' } };
  if (changed.includes('start') && start.getTime() <= context.now.getTime()) return { ok: false, errors: { startLocal: 'errors.rescheduleInPast' } };
  const at = context.now.toISOString();
  const change: MeetingChange = {
    kind: 'edited',
    at,
    fields: changed,
    ...(context.byMemberId ? { byMemberId: context.byMemberId } : {}),
    ...(changed.includes('start') ? { fromStart: meeting.start, toStart: startIso } : {}),
  };
  const result = MeetingSchema.safeParse({
    ...meeting,
    start: startIso,
    durationMinutes: minutes,
    format: fields.format,
    invitedMemberIds: fields.invitedMemberIds,
    sequence: meeting.sequence + 1,
    changes: [...meeting.changes, change],
    updatedAt: at,
  });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** Cancels for good: the record stays, so members and calendars learn it was called off rather than see it vanish. */
export function cancelMeeting(meeting: Meeting, context: ChangeContext): Parsed<Meeting> {
  if (meeting.cancelled) return { ok: false, errors: { _form: 'errors.meetingCancelled' } };
  const at = context.now.toISOString();
  const change: MeetingChange = { kind: 'cancelled', at, ...(context.byMemberId ? { byMemberId: context.byMemberId } : {}) };
  const result = MeetingSchema.safeParse({ ...meeting, cancelled: true, sequence: meeting.sequence + 1, changes: [...meeting.changes, change], updatedAt: at });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** When the calendar copy last changed: DTSTAMP of an update is the time of the change, not of the download. */
export function lastChangeAt(meeting: Pick<Meeting, 'changes'>): Date | undefined {
  const last = meeting.changes[meeting.changes.length - 1];
  return last ? new Date(last.at) : undefined;
}

/** The latest reschedule, for the one-line notice in the list and on the page. */
export function lastReschedule(meeting: Pick<Meeting, 'changes'>): Extract<MeetingChange, { kind: 'edited' }> | undefined {
  for (let index = meeting.changes.length - 1; index >= 0; index--) {
    const change = meeting.changes[index];
    if (change?.kind === 'edited' && change.fromStart && change.toStart) return change;
  }
  return undefined;
}

export function cancellation(meeting: Pick<Meeting, 'changes'>): Extract<MeetingChange, { kind: 'cancelled' }> | undefined {
  return meeting.changes.find((change): change is Extract<MeetingChange, { kind: 'cancelled' }> => change.kind === 'cancelled');
}
