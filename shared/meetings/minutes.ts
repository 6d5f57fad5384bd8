import { z } from 'zod';
import { entityId, fieldErrors, isoDateTime, MAX_TEXT_LENGTH, type Parsed } from '../validation';
import { createActionItem, type ActionItem } from './action-item';
import { AttendanceSchema } from './attendance';
import { canEditMinutes, DRAFT, MinutesLifecycleSchema } from './minutes-lifecycle';

const paragraph = z.string().trim().max(MAX_TEXT_LENGTH, { message: 'errors.tooLong' });
const point = z.string().trim().min(1, { message: 'errors.required' }).max(MAX_TEXT_LENGTH, { message: 'errors.tooLong' });

export const NextStepSchema = z.object({
  id: entityId,
  text: point,
  ownerIds: z.array(entityId).default([]),
  dueDate: z.iso.date({ message: 'errors.invalidDate' }).optional(),
  /** Set once the step became an action item. */
  actionId: entityId.optional(),
});
export type NextStep = z.output<typeof NextStepSchema>;

export const DECISION_STATUSES = ['provisional', 'final'] as const;
export const MinuteDecisionSchema = z.object({
  id: entityId,
  text: point,
  status: z.enum(DECISION_STATUSES, { message: 'errors.unknownStatus' }),
  /** Link to the decision record when one exists (signed, with its dissent). */
  decisionId: entityId.optional(),
});
export type MinuteDecision = z.output<typeof MinuteDecisionSchema>;

export const ItemMinutesSchema = z.object({
  agendaItemId: entityId,
  /** Opening paragraph, as in the coalitions' reports, before the key points. */
  summary: paragraph.default(''),
  keyPoints: z.array(point).default([]),
  nextSteps: z.array(NextStepSchema).default([]),
  decisions: z.array(MinuteDecisionSchema).default([]),
});
export type ItemMinutes = z.output<typeof ItemMinutesSchema>;

export const MinutesSchema = z.object({
  meetingId: entityId,
  version: z.number().int().min(1),
  lifecycle: MinutesLifecycleSchema,
  agendaAdoption: z.object({ text: point, recordedAt: isoDateTime }).optional(),
  attendance: AttendanceSchema.default({}),
  items: z.array(ItemMinutesSchema).default([]),
  updatedAt: isoDateTime,
});
export type Minutes = z.output<typeof MinutesSchema>;

export function emptyMinutes(meetingId: string, now: Date): Minutes {
  return { meetingId, version: 1, lifecycle: DRAFT, attendance: {}, items: [], updatedAt: now.toISOString() };
}

/** Every edit goes through here: approved minutes are refused and the result is re-validated whole. */
export function editMinutes(minutes: Minutes, change: (current: Minutes) => Minutes, now: Date): Parsed<Minutes> {
  if (!canEditMinutes(minutes.lifecycle)) return { ok: false, errors: { _form: 'errors.minutesLocked' } };
  const next = change(minutes);
  const result = MinutesSchema.safeParse({ ...next, meetingId: minutes.meetingId, version: minutes.version, lifecycle: minutes.lifecycle, updatedAt: now.toISOString() });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

export function itemMinutes(minutes: Minutes, agendaItemId: string): ItemMinutes {
  return minutes.items.find((item) => item.agendaItemId === agendaItemId) ?? ItemMinutesSchema.parse({ agendaItemId });
}

export function updateItemMinutes(minutes: Minutes, agendaItemId: string, patch: Partial<Omit<ItemMinutes, 'agendaItemId'>>, now: Date): Parsed<Minutes> {
  return editMinutes(
    minutes,
    (current) => {
      const updated = { ...itemMinutes(current, agendaItemId), ...patch, agendaItemId };
      const exists = current.items.some((item) => item.agendaItemId === agendaItemId);
      const items = exists ? current.items.map((item) => (item.agendaItemId === agendaItemId ? updated : item)) : [...current.items, updated];
      return { ...current, items };
    },
    now,
  );
}

export function recordAgendaAdoption(minutes: Minutes, text: string, now: Date): Parsed<Minutes> {
  return editMinutes(minutes, (current) => ({ ...current, agendaAdoption: { text, recordedAt: now.toISOString() } }), now);
}

/**
 * Turns a next step into an action item and links the two. The step's owners become the action's; a step with no
 * owner cannot become an action, since nobody could mark it done.
 */
export function nextStepToAction(
  minutes: Minutes,
  agendaItemId: string,
  stepId: string,
  options: { actionId: string; dueTimeZone: string; now: Date },
): Parsed<{ minutes: Minutes; action: ActionItem }> {
  const step = itemMinutes(minutes, agendaItemId).nextSteps.find((candidate) => candidate.id === stepId);
  if (!step) return { ok: false, errors: { stepId: 'errors.notFound' } };
  if (step.actionId !== undefined) return { ok: false, errors: { stepId: 'errors.alreadyAnAction' } };
  const action = createActionItem(
    { description: step.text, ownerIds: step.ownerIds, dueDate: step.dueDate, dueTimeZone: options.dueTimeZone, meetingId: minutes.meetingId, agendaItemId },
    { id: options.actionId, now: options.now },
  );
  if (!action.ok) return action;
  const nextSteps = itemMinutes(minutes, agendaItemId).nextSteps.map((candidate) =>
    candidate.id === stepId ? { ...candidate, actionId: options.actionId } : candidate,
  );
  const updated = updateItemMinutes(minutes, agendaItemId, { nextSteps }, options.now);
  return updated.ok ? { ok: true, value: { minutes: updated.value, action: action.value } } : updated;
}

/** Changing approved minutes starts a new draft version; the approved one stays as it was. */
export function newMinutesVersion(minutes: Minutes, now: Date): Parsed<Minutes> {
  if (minutes.lifecycle.state !== 'approved') return { ok: false, errors: { _form: 'errors.invalidTransition' } };
  return { ok: true, value: { ...minutes, version: minutes.version + 1, lifecycle: DRAFT, updatedAt: now.toISOString() } };
}

/** Applies a lifecycle transition's result (from minutes-lifecycle) to the minutes, or passes its error on. */
export function withLifecycle(minutes: Minutes, transition: Parsed<Minutes['lifecycle']>, now: Date): Parsed<Minutes> {
  return transition.ok ? { ok: true, value: { ...minutes, lifecycle: transition.value, updatedAt: now.toISOString() } } : transition;
}
