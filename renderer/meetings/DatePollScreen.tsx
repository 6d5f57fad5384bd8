import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_ANSWERS, closeDatePoll, rankSlots, type DateAnswer, type DatePoll } from '../../shared/meetings/date-poll';
import { fairnessRecord } from '../../shared/meetings/fairness';
import { ScreenHeading } from './meeting-fields';
import { useMeetings } from './meetings-context';
import { namesOf, plannedMembers } from './meeting-time';
import { ScheduleSlotForm } from './ScheduleSlotForm';

// `as const`: the keys stay literal, so the i18n key test checks each of them.
const ANSWER_KEYS = { yes: 'meetings.answers.yes', 'if-need-be': 'meetings.answers.ifNeedBe', no: 'meetings.answers.no' } as const satisfies Record<DateAnswer, string>;

/** One date poll: the current member answers each slot, seen in their own zone; tallies, the best slot, scheduling it. */
export function DatePollScreen({ pollId }: { pollId: string }) {
  const { t } = useTranslation();
  const { doc, members, me, zone, formats, go } = useMeetings();
  const [error, setError] = useState<string>();
  const poll = doc.poll(pollId);
  if (!poll || poll.kind !== 'date') return <p role="alert">{t('errors.notFound')}</p>;
  const noGoHours = doc.noGoHours().valid;
  const fairness = { members: plannedMembers(members), record: fairnessRecord(doc.meetings().valid, plannedMembers(members), new Date(), noGoHours), noGoHours };
  const ranked = rankSlots(poll, fairness);
  const best = ranked[0] && ranked[0].yes + ranked[0].ifNeedBe > 0 ? ranked[0] : undefined;
  const mine = me ? (poll.answers[me.id] ?? {}) : {};
  const canAnswer = poll.status === 'open' && me !== undefined;

  const answer = (slotId: string, value: DateAnswer) => {
    if (!me) return;
    const result = doc.answerPoll(poll.id, me.id, { ...mine, [slotId]: value });
    setError(result.ok ? undefined : Object.values(result.errors)[0]);
  };

  return (
    <>
      <ScreenHeading>{t('meetings.datePoll.screenTitle', { title: poll.title })}</ScreenHeading>
      <p>
        {t(`meetings.polls.status.${poll.status}`)} · {formats.duration(poll.durationMinutes)} · {t('meetings.datePoll.inYourZone', { zone })}
      </p>
      {!me ? <p className="notice">{t('meetings.viewerCannotAnswer')}</p> : null}
      <table className="meetings-table poll-table">
        <caption>{t('meetings.datePoll.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.datePoll.slot')}</th>
            {canAnswer ? <th scope="col">{t('meetings.datePoll.yourAnswer')}</th> : null}
            <th scope="col">{t('meetings.answers.yes')}</th>
            <th scope="col">{t('meetings.answers.ifNeedBe')}</th>
            <th scope="col">{t('meetings.answers.no')}</th>
            <th scope="col">{t('meetings.datePoll.noAnswer')}</th>
            <th scope="col">{t('meetings.localTimes.night')}</th>
          </tr>
        </thead>
        <tbody>
          {poll.slots.map((slot) => {
            const tally = ranked.find((row) => row.slot.id === slot.id);
            const label = formats.dateTime(slot.start, { weekday: true });
            return (
              <tr key={slot.id} className={best?.slot.id === slot.id ? 'best' : undefined}>
                <th scope="row">{label}</th>
                {canAnswer ? (
                  <td>
                    <AnswerChoice slotId={slot.id} label={label} value={mine[slot.id]} onChange={(value) => answer(slot.id, value)} />
                  </td>
                ) : null}
                <td>{tally?.yes ?? 0}</td>
                <td>{tally?.ifNeedBe ?? 0}</td>
                <td>{tally?.no ?? 0}</td>
                <td>{tally?.noAnswer ?? 0}</td>
                <td>{tally && tally.burden.burdenedMemberIds.length > 0 ? namesOf(members, tally.burden.burdenedMemberIds) : t('meetings.localTimes.notNight')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p role="alert" className="field-error">
        {error ? t(error) : ''}
      </p>
      <p role="status">
        {best
          ? t('meetings.datePoll.best', { time: formats.dateTime(best.slot.start, { weekday: true }), yes: best.yes, ifNeedBe: best.ifNeedBe, no: best.no })
          : t('meetings.datePoll.noBest')}
      </p>
      <PollOutcome poll={poll} bestSlotId={best?.slot.id} onOpenMeeting={(meetingId) => go({ name: 'meeting', meetingId })} onClose={() => doc.putPoll(closeDatePoll(poll))} />
    </>
  );
}

function PollOutcome(props: { poll: DatePoll; bestSlotId: string | undefined; onOpenMeeting: (id: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { poll, bestSlotId, onOpenMeeting, onClose } = props;
  if (poll.meetingId) {
    const meetingId = poll.meetingId;
    return (
      <p>
        {t('meetings.datePoll.scheduled')}{' '}
        <button type="button" className="link-button" onClick={() => onOpenMeeting(meetingId)}>
          {t('meetings.datePoll.openMeeting')}
        </button>
      </p>
    );
  }
  if (poll.status === 'closed') return <p>{t('meetings.datePoll.closedUnscheduled')}</p>;
  return (
    <>
      {bestSlotId ? <ScheduleSlotForm poll={poll} slotId={bestSlotId} onScheduled={onOpenMeeting} /> : null}
      <button type="button" onClick={onClose}>
        {t('meetings.polls.close')}
      </button>
    </>
  );
}

function AnswerChoice({ slotId, label, value, onChange }: { slotId: string; label: string; value: DateAnswer | undefined; onChange: (value: DateAnswer) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="answer-choice">
      <legend className="visually-hidden">{t('meetings.datePoll.answerFor', { time: label })}</legend>
      {DATE_ANSWERS.map((answer) => (
        <label key={answer}>
          <input type="radio" name={`answer-${slotId}`} value={answer} checked={value === answer} onChange={() => onChange(answer)} /> {t(ANSWER_KEYS[answer])}
        </label>
      ))}
    </fieldset>
  );
}
