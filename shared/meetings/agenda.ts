import { z } from 'zod';
import { entityId, requiredName } from '../validation';

/** A single item may take the whole of a long meeting, never more than a day. */
export const MAX_TIME_BOX_MINUTES = 24 * 60;

export const AgendaItemSchema = z.object({
  id: entityId,
  title: requiredName,
  leadMemberId: entityId.optional(),
  timeBoxMinutes: z
    .number({ message: 'errors.invalidNumber' })
    .int({ message: 'errors.wholeMinutes' })
    .positive({ message: 'errors.durationNotPositive' })
    .max(MAX_TIME_BOX_MINUTES, { message: 'errors.durationTooLong' }),
  documentIds: z.array(entityId).default([]),
  proposalIds: z.array(entityId).default([]),
});
export type AgendaItem = z.output<typeof AgendaItemSchema>;
export type AgendaItemInput = z.input<typeof AgendaItemSchema>;

/** Returns a new list with the item moved to `toIndex` (clamped); an unknown id leaves the list as it was. */
export function moveAgendaItem(items: readonly AgendaItem[], id: string, toIndex: number): AgendaItem[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (!moved) return [...items];
  const target = Math.max(0, Math.min(next.length, Math.trunc(toIndex)));
  next.splice(target, 0, moved);
  return next;
}

export function removeAgendaItem(items: readonly AgendaItem[], id: string): AgendaItem[] {
  return items.filter((item) => item.id !== id);
}

export interface AgendaTiming {
  totalMinutes: number;
  meetingMinutes: number;
  /** Minutes the agenda runs past the meeting's end; 0 when it fits. */
  overrunMinutes: number;
  /** Minutes left for AOB and wrap-up; 0 when it overruns. */
  spareMinutes: number;
  fits: boolean;
  /** Offset of each item's start from the meeting's start, in agenda order. */
  startOffsets: { id: string; minutes: number }[];
}

export function agendaTiming(items: readonly AgendaItem[], meetingMinutes: number): AgendaTiming {
  const startOffsets: AgendaTiming['startOffsets'] = [];
  let total = 0;
  for (const item of items) {
    startOffsets.push({ id: item.id, minutes: total });
    total += item.timeBoxMinutes;
  }
  return {
    totalMinutes: total,
    meetingMinutes,
    overrunMinutes: Math.max(0, total - meetingMinutes),
    spareMinutes: Math.max(0, meetingMinutes - total),
    fits: total <= meetingMinutes,
    startOffsets,
  };
}
