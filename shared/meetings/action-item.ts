import { DateTime } from 'luxon';
import { z } from 'zod';
import type { MemberRole } from '../members/member';
import { TimeZoneSchema } from '../members/time-zone';
import { entityId, fieldErrors, isoDateTime, MAX_TEXT_LENGTH, type Parsed } from '../validation';

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export const ActionStatusSchema = z.enum(ACTION_STATUSES, { message: 'errors.unknownStatus' });
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

const calendarDate = z.iso.date({ message: 'errors.invalidDate' });

export const ActionItemSchema = z.object({
  id: entityId,
  description: z.string().trim().min(1, { message: 'errors.required' }).max(MAX_TEXT_LENGTH, { message: 'errors.tooLong' }),
  ownerIds: z.array(entityId).min(1, { message: 'errors.ownerRequired' }),
  /** A deadline is a day ("by 31 March"), ending at midnight in the zone it was set in; owners see it in their own zone. */
  dueDate: calendarDate.optional(),
  dueTimeZone: TimeZoneSchema,
  status: ActionStatusSchema.default('open'),
  meetingId: entityId.optional(),
  agendaItemId: entityId.optional(),
  completedBy: entityId.optional(),
  completedAt: isoDateTime.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ActionItem = z.output<typeof ActionItemSchema>;
export type ActionItemInput = Pick<z.input<typeof ActionItemSchema>, 'description' | 'ownerIds' | 'dueDate' | 'dueTimeZone' | 'meetingId' | 'agendaItemId'>;

export function createActionItem(input: ActionItemInput, identity: { id: string; now: Date }): Parsed<ActionItem> {
  const at = identity.now.toISOString();
  const result = ActionItemSchema.safeParse({ ...input, id: identity.id, status: 'open', createdAt: at, updatedAt: at });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** The instant the deadline passes: the start of the day after the due date, in the zone it was set in. */
export function dueInstant(action: Pick<ActionItem, 'dueDate' | 'dueTimeZone'>): Date | undefined {
  if (!action.dueDate) return undefined;
  return DateTime.fromISO(action.dueDate, { zone: action.dueTimeZone }).plus({ days: 1 }).startOf('day').toJSDate();
}

/** The deadline on the owner's clock: 'by 01:45 on 1 April' for a Kathmandu owner of a Geneva deadline. */
export function dueForOwner(action: Pick<ActionItem, 'dueDate' | 'dueTimeZone'>, ownerTimeZone: string): string | undefined {
  const due = dueInstant(action);
  return due ? (DateTime.fromJSDate(due, { zone: ownerTimeZone }).toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? undefined) : undefined;
}

export function isOverdue(action: Pick<ActionItem, 'dueDate' | 'dueTimeZone' | 'status'>, now: Date): boolean {
  if (action.status === 'done' || action.status === 'cancelled') return false;
  const due = dueInstant(action);
  return due !== undefined && now.getTime() >= due.getTime();
}

export interface Actor {
  memberId: string;
  role: MemberRole;
}

/**
 * Only an owner or a coordinator may change an action's status, so nobody closes someone else's task behind
 * their back. Marking done is the case the coalitions care about; the same rule keeps reopening symmetrical.
 */
export function canChangeActionStatus(action: Pick<ActionItem, 'ownerIds'>, actor: Actor): boolean {
  return actor.role === 'coordinator' || action.ownerIds.includes(actor.memberId);
}

export function canMarkActionDone(action: Pick<ActionItem, 'ownerIds' | 'status'>, actor: Actor): boolean {
  return action.status !== 'done' && canChangeActionStatus(action, actor);
}

export function setActionStatus(action: ActionItem, status: ActionStatus, actor: Actor, now: Date): Parsed<ActionItem> {
  if (!canChangeActionStatus(action, actor)) return { ok: false, errors: { status: 'errors.notAllowed' } };
  const { completedBy: _by, completedAt: _at, ...rest } = action;
  const done = status === 'done' ? { completedBy: actor.memberId, completedAt: now.toISOString() } : {};
  const result = ActionItemSchema.safeParse({ ...rest, ...done, status, updatedAt: now.toISOString() });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
