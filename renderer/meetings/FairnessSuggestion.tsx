import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { candidateStarts, fairnessRecord, nextCandidateStart, suggestSlot } from '../../shared/meetings/fairness';
import { startOfLocalDay, toLocalDateTime } from '../../shared/meetings/zoned-time';
import type { Member } from '../../shared/members/member';
import { useMeetings } from './meetings-context';
import { namesOf, plannedMembers } from './meeting-time';

/**
 * The fairest start still ahead on the chosen day (the next 24 hours when none is chosen yet), weighing who already had night meetings,
 * with the reason in words and a button to take it.
 */
export const FairnessSuggestion = memo(function FairnessSuggestion(props: { startLocal: string; durationMinutes: number; invited: Member[]; onUse: (startLocal: string) => void }) {
  const { t } = useTranslation();
  const { doc, members, zone, formats } = useMeetings();
  const { startLocal, durationMinutes, invited, onUse } = props;
  if (!Number.isInteger(durationMinutes) || durationMinutes <= 0 || durationMinutes > 24 * 60) return null;
  const now = new Date();
  const day = /^\d{4}-\d{2}-\d{2}/.exec(startLocal)?.[0];
  const noGoHours = doc.noGoHours().valid;
  const record = fairnessRecord(doc.meetings().valid, plannedMembers(members), now, noGoHours);
  const suggestion = suggestSlot({
    // No day chosen yet: the next 24 hours, not what is left of today.
    candidates: candidateStarts(day ? startOfLocalDay(day, zone) : nextCandidateStart(now)),
    now,
    durationMinutes,
    members: plannedMembers(invited),
    record,
    organiserTimeZone: zone,
    noGoHours,
  });
  if (!suggestion) return null;
  const { reason, best } = suggestion;
  const local = toLocalDateTime(best.start, zone);
  return (
    <div className="notice fairness">
      <p role="status">
        <strong>{t('meetings.fairness.suggestion', { time: formats.dateTime(best.start, { weekday: true }) })}</strong>{' '}
        {t(reason.key, {
          partOfDay: t(reason.params.partOfDay),
          spared: namesOf(members, reason.params.sparedMemberIds),
          burdened: namesOf(members, reason.params.burdenedMemberIds),
        })}
      </p>
      {local !== startLocal ? (
        <button type="button" onClick={() => onUse(local)}>
          {t('meetings.fairness.use')}
        </button>
      ) : (
        <p>{t('meetings.fairness.inUse')}</p>
      )}
    </div>
  );
});
