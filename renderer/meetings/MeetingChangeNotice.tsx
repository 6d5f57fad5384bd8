import { useTranslation } from 'react-i18next';
import { cancellation, lastReschedule } from '../../shared/meetings/meeting-change';
import type { Meeting } from '../../shared/meetings/meeting';
import { useMeetings } from './meetings-context';
import { nameOf } from './meeting-time';

/** One line saying what last happened to the meeting, in the reader's zone: cancelled, or moved from … to …. */
export function MeetingChangeNotice({ meeting, full = false }: { meeting: Meeting; full?: boolean }) {
  const { t } = useTranslation();
  const { members, formats } = useMeetings();
  const who = (id: string | undefined) => (id ? nameOf(members, id) : t('meetings.change.someone'));
  const cancelled = cancellation(meeting);
  const cancelledLine = cancelled ? (
    <p className="notice warning meeting-change">{t('meetings.change.cancelledBy', { name: who(cancelled.byMemberId), when: formats.dateTime(cancelled.at) })}</p>
  ) : null;
  const moved = lastReschedule(meeting);
  if (!full) {
    if (cancelledLine) return cancelledLine;
    return moved?.fromStart && moved.toStart ? (
      <p className="notice meeting-change">{t('meetings.change.rescheduled', { from: formats.dateTime(moved.fromStart, { weekday: true }), to: formats.dateTime(moved.toStart, { weekday: true }) })}</p>
    ) : null;
  }
  const edits = meeting.changes.filter((change) => change.kind === 'edited');
  return (
    <>
      {cancelledLine}
      {edits.length > 0 ? (
        <ul className="meeting-changes" aria-label={t('meetings.change.history')}>
          {edits.map((change) => (
            <li key={change.at}>
              {change.fromStart && change.toStart
                ? t('meetings.change.rescheduled', { from: formats.dateTime(change.fromStart, { weekday: true }), to: formats.dateTime(change.toStart, { weekday: true }) })
                : t('meetings.change.edited', { fields: change.fields.map((name) => t(`meetings.change.field.${name}`)).join(', ') })}{' '}
              {t('meetings.change.byOn', { name: who(change.byMemberId), when: formats.dateTime(change.at) })}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
