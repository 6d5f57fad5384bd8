import type { ActionItem } from '../../shared/meetings/action-item';
import { emptyMinutes, type Minutes } from '../../shared/meetings/minutes';
import { canEditMinutes } from '../../shared/meetings/minutes-lifecycle';
import type { Parsed } from '../../shared/validation';
import { useMeetings } from './meetings-context';

/**
 * A meeting's current minutes (an unsaved empty draft until the first note) and one way to store a change:
 * the domain result is checked, then MeetingsDoc enforces the lock. Returns the i18n key of the problem, if any.
 */
export function useMinutes(meetingId: string) {
  const { doc } = useMeetings();
  const minutes: Minutes = doc.minutes(meetingId) ?? emptyMinutes(meetingId, new Date());
  const save = (result: Parsed<Minutes>, action?: ActionItem): string | undefined => {
    if (!result.ok) return Object.values(result.errors)[0] ?? 'errors.invalid';
    const stored = doc.putMinutes(result.value, action);
    return stored.ok ? undefined : stored.error;
  };
  return { minutes, locked: !canEditMinutes(minutes.lifecycle), save };
}
