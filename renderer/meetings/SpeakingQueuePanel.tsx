import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../shared/meetings/meeting';
import { EMPTY_QUEUE, lowerHand, nextSpeaker, queueOrder, raiseHand, type SpeakingQueue } from '../../shared/meetings/speaking-queue';
import { useMeetings } from './meetings-context';
import { formatInZone, nameOf, TIME_ONLY } from './meeting-time';

/** The chair's queue of raised hands during the meeting. Kept on this device only: the meetings store has no place for it. */
export function SpeakingQueuePanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { members, me, zone, locale } = useMeetings();
  const [queue, setQueue] = useState<SpeakingQueue>(EMPTY_QUEUE);
  const candidates = members.filter((member) => meeting.invitedMemberIds.length === 0 || meeting.invitedMemberIds.includes(member.id));
  const [who, setWho] = useState(me?.id ?? candidates[0]?.id ?? '');
  const hands = queueOrder(queue);
  return (
    <section aria-labelledby="queue-heading">
      <h4 id="queue-heading">{t('meetings.queue.title')}</h4>
      <p className="hint">{t('meetings.queue.localOnly')}</p>
      <p role="status">
        {queue.current
          ? t('meetings.queue.speaking', { name: nameOf(members, queue.current.memberId), since: formatInZone(queue.current.since, zone, locale, TIME_ONLY) })
          : t('meetings.queue.nobodySpeaking')}
      </p>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor="queue-member">{t('meetings.queue.member')}</label>
          <select id="queue-member" value={who} onChange={(event) => setWho(event.target.value)}>
            {candidates.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" hidden={!who} onClick={() => setQueue(raiseHand(queue, who, new Date()))}>
          {t('meetings.queue.raise')}
        </button>
        <button type="button" onClick={() => setQueue(nextSpeaker(queue, new Date()))}>
          {t(hands.length > 0 ? 'meetings.queue.next' : 'meetings.queue.closeFloor')}
        </button>
      </div>
      {hands.length === 0 ? (
        <p>{t('meetings.queue.empty')}</p>
      ) : (
        <ol aria-label={t('meetings.queue.handsUp')}>
          {hands.map((hand) => (
            <li key={hand.memberId}>
              {nameOf(members, hand.memberId)}{' '}
              <button type="button" onClick={() => setQueue(lowerHand(queue, hand.memberId))}>
                {t('meetings.queue.lower')}
                <span className="visually-hidden"> {nameOf(members, hand.memberId)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {queue.spoken.length > 0 ? <p>{t('meetings.queue.spoken', { names: queue.spoken.map((id) => nameOf(members, id)).join(', ') })}</p> : null}
    </section>
  );
}
