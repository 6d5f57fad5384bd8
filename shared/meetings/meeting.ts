import { DateTime } from 'luxon';
import { z } from 'zod';
import { TimeZoneSchema } from '../members/time-zone';
import { entityId, isoDateTime, optionalText, optionalUrl, requiredName, type Parsed, fieldErrors } from '../validation';
import { AgendaItemSchema } from './agenda';
import { MeetingChangeSchema } from './meeting-change-record';
import { LAST_MONTHLY_DAY, RecurrenceSchema } from './recurrence';
import { isLocalDateTime, resolveLocalTime, utcIso, type LocalTimeResolution } from './zoned-time';

export const MEETING_FORMATS = ['online', 'in-person', 'hybrid'] as const;
export const MeetingFormatSchema = z.enum(MEETING_FORMATS, { message: 'errors.unknownMeetingFormat' });
export type MeetingFormat = z.infer<typeof MeetingFormatSchema>;

/** Longer than a day is a conference, not a meeting. */
export const MAX_MEETING_MINUTES = 24 * 60;

const durationMinutes = z
  .number({ message: 'errors.invalidNumber' })
  .int({ message: 'errors.wholeMinutes' })
  .positive({ message: 'errors.durationNotPositive' })
  .max(MAX_MEETING_MINUTES, { message: 'errors.durationTooLong' });

/** An instant stored in UTC ("Z"), so peers in every zone compare the same string. */
export const utcInstant = isoDateTime.refine((value) => value.endsWith('Z'), { message: 'errors.notUtc' });

export const MeetingSchema = z
  .object({
    id: entityId,
    title: requiredName,
    /** Meeting number in the group's series ("Virtual meeting #65"), when the group numbers them. */
    number: z.number().int().positive().optional(),
    start: utcInstant,
    /** The organiser's zone: the one the meeting is defined in and repeats in. */
    timeZone: TimeZoneSchema,
    durationMinutes,
    format: MeetingFormatSchema,
    location: optionalText(300),
    link: optionalUrl,
    invitedMemberIds: z.array(entityId).default([]),
    recurrence: RecurrenceSchema.optional(),
    agenda: z.array(AgendaItemSchema).default([]),
    /** iCalendar UID, kept stable so re-exports update the same calendar entry. */
    uid: z.string().min(1).max(255).optional(),
    /** iCalendar SEQUENCE: raised on every change members' calendars must follow (RFC 5545 §3.8.7.4). */
    sequence: z.number().int().nonnegative().default(0),
    /** What changed and who changed it, oldest first, so members see "Rescheduled from … to …". */
    changes: z.array(MeetingChangeSchema).max(500).default([]),
    cancelled: z.boolean().default(false),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .superRefine((meeting, context) => {
    if (meeting.recurrence?.frequency === 'monthly' && DateTime.fromISO(meeting.start, { zone: meeting.timeZone }).day > LAST_MONTHLY_DAY) {
      context.addIssue({ code: 'custom', path: ['recurrence'], message: 'errors.monthlyDayTooLate' });
    }
  });
export type Meeting = z.output<typeof MeetingSchema>;

/** What the planning form sends: a wall-clock start in the organiser's zone, and either a duration or an end. */
export const MeetingInputSchema = z
  .object({
    title: requiredName,
    number: z.number().int().positive().optional(),
    startLocal: z.string().refine(isLocalDateTime, { message: 'errors.invalidDateTime' }),
    timeZone: TimeZoneSchema,
    durationMinutes: durationMinutes.optional(),
    endLocal: z.string().refine(isLocalDateTime, { message: 'errors.invalidDateTime' }).optional(),
    format: MeetingFormatSchema,
    location: optionalText(300),
    link: optionalUrl,
    invitedMemberIds: z.array(entityId).default([]),
    recurrence: RecurrenceSchema.optional(),
  })
  .superRefine((input, context) => {
    if (input.durationMinutes === undefined && input.endLocal === undefined) {
      context.addIssue({ code: 'custom', path: ['durationMinutes'], message: 'errors.required' });
    }
  });
export type MeetingInput = z.input<typeof MeetingInputSchema>;

export interface MeetingIdentity {
  id: string;
  now: Date;
}

export type MeetingResult = Parsed<{ meeting: Meeting; start: LocalTimeResolution }>;

/**
 * Validates the form and fixes the start as a UTC instant. The start resolution is returned so the UI can warn
 * when the typed time fell in a DST gap or overlap.
 */
export function createMeeting(input: unknown, identity: MeetingIdentity): MeetingResult {
  const parsed = MeetingInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const fields = parsed.data;
  const start = resolveLocalTime(fields.startLocal, fields.timeZone);
  let minutes = fields.durationMinutes;
  if (fields.endLocal !== undefined) {
    const end = resolveLocalTime(fields.endLocal, fields.timeZone);
    // Elapsed time, not wall-clock difference: a call across the DST change is an hour shorter or longer.
    const elapsed = Math.round((end.utc.getTime() - start.utc.getTime()) / 60_000);
    if (elapsed <= 0) return { ok: false, errors: { endLocal: 'errors.endBeforeStart' } };
    if (minutes !== undefined && minutes !== elapsed) return { ok: false, errors: { endLocal: 'errors.endDisagreesWithDuration' } };
    minutes = elapsed;
  }
  const at = identity.now.toISOString();
  const { startLocal: _startLocal, endLocal: _endLocal, ...rest } = fields;
  const result = MeetingSchema.safeParse({
    ...rest,
    id: identity.id,
    start: utcIso(start.utc),
    durationMinutes: minutes,
    agenda: [],
    createdAt: at,
    updatedAt: at,
  });
  if (!result.success) return { ok: false, errors: fieldErrors(result.error) };
  return { ok: true, value: { meeting: result.data, start } };
}

/** Applies a change and re-validates the whole record; on failure the original is untouched. */
export function updateMeeting(meeting: Meeting, patch: Partial<Omit<Meeting, 'id' | 'createdAt'>>, now: Date): Parsed<Meeting> {
  const result = MeetingSchema.safeParse({ ...meeting, ...patch, id: meeting.id, createdAt: meeting.createdAt, updatedAt: now.toISOString() });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

export function meetingStart(meeting: Pick<Meeting, 'start'>): Date {
  return new Date(meeting.start);
}

export function meetingEnd(meeting: Pick<Meeting, 'start' | 'durationMinutes'>): Date {
  return new Date(new Date(meeting.start).getTime() + meeting.durationMinutes * 60_000);
}
