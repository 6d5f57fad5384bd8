import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../shared/meetings/meeting';
import { queueOrder, queuePosition } from '../../shared/meetings/speaking-queue';
import { useMeetings } from './meetings-context';
import { nameOf } from './meeting-time';

/**
 * The meeting's queue of raised hands, shared live with everyone in the workspace: members raise
 * their own hand from wherever they are, the chair raises hands for people in the room and gives
 * the floor.
 */
export function SpeakingQueuePanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { doc, members, me, formats } = useMeetings();
  const queue = doc.speakingQueue(meeting.id);
  const candidates = members.filter((member) => meeting.invitedMemberIds.length === 0 || meeting.invitedMemberIds.includes(member.id));
  const [who, setWho] = useState(me?.id ?? candidates[0]?.id ?? '');
  const hands = queueOrder(queue);
  const myPlace = me ? queuePosition(queue, me.id) : undefined;
  return (
    <section aria-labelledby="queue-heading">
      <h4 id="queue-heading">{t('meetings.queue.title')}</h4>
      <p className="hint">{t('meetings.queue.shared')}</p>
      <p role="status">
        {queue.current
          ? t('meetings.queue.speaking', { name: nameOf(members, queue.current.memberId), since: formats.time(queue.current.since) })
          : t('meetings.queue.nobodySpeaking')}
        {myPlace !== undefined ? ` ${t('meetings.queue.yourPlace', { place: myPlace })}` : ''}
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
        <button type="button" hidden={!who} onClick={() => doc.raiseHand(meeting.id, who, new Date())}>
          {t('meetings.queue.raise')}
        </button>
        <button type="button" onClick={() => doc.nextSpeaker(meeting.id, new Date())}>
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
              <button type="button" onClick={() => doc.lowerHand(meeting.id, hand.memberId)}>
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
