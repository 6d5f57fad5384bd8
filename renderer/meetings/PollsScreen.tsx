import { useTranslation } from 'react-i18next';
import { ChoicePollForm } from './ChoicePollForm';
import { DatePollForm } from './DatePollForm';
import { ScreenHeading } from './meeting-fields';
import { RankedPollForm } from './RankedPollForm';
import { useMeetings } from './meetings-context';

/** Open and closed polls of both kinds, and the forms to start one. */
export function PollsScreen() {
  const { t } = useTranslation();
  const { doc, go } = useMeetings();
  const parsed = doc.polls();
  const polls = [...parsed.valid].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const datePolls = polls.flatMap((poll) => (poll.kind === 'date' ? [poll] : []));
  const choicePolls = polls.flatMap((poll) => (poll.kind === 'choice' ? [poll] : []));
  const rankedPolls = polls.flatMap((poll) => (poll.kind === 'ranked' ? [poll] : []));
  return (
    <>
      <ScreenHeading>{t('meetings.polls.title')}</ScreenHeading>
      {parsed.invalid.length > 0 ? <p role="note">{t('meetings.invalidRecords', { count: parsed.invalid.length })}</p> : null}
      <h4>{t('meetings.datePoll.listTitle')}</h4>
      {datePolls.length === 0 ? <p>{t('meetings.polls.none')}</p> : null}
      <ul className="poll-list">
        {datePolls.map((poll) => (
          <li key={poll.id}>
            <button type="button" className="link-button" onClick={() => go({ name: 'date-poll', pollId: poll.id })}>
              {poll.title}
            </button>{' '}
            <span className="facts">
              {t(`meetings.polls.status.${poll.status}`)} · {t('meetings.datePoll.slotCount', { count: poll.slots.length })} ·{' '}
              {t('meetings.polls.answerCount', { count: Object.keys(poll.answers).length })}
            </span>
          </li>
        ))}
      </ul>
      <h4>{t('meetings.choicePoll.listTitle')}</h4>
      {choicePolls.length === 0 ? <p>{t('meetings.polls.none')}</p> : null}
      <ul className="poll-list">
        {choicePolls.map((poll) => (
          <li key={poll.id}>
            <button type="button" className="link-button" onClick={() => go({ name: 'choice-poll', pollId: poll.id })}>
              {poll.question}
            </button>{' '}
            <span className="facts">
              {t(`meetings.polls.status.${poll.status}`)} · {t('meetings.polls.answerCount', { count: Object.keys(poll.votes).length })}
            </span>
          </li>
        ))}
      </ul>
      <h4>{t('meetings.rankedPoll.listTitle')}</h4>
      {rankedPolls.length === 0 ? <p>{t('meetings.polls.none')}</p> : null}
      <ul className="poll-list">
        {rankedPolls.map((poll) => (
          <li key={poll.id}>
            <button type="button" className="link-button" onClick={() => go({ name: 'ranked-poll', pollId: poll.id })}>
              {poll.question}
            </button>{' '}
            <span className="facts">
              {t(`meetings.polls.status.${poll.status}`)} · {t('meetings.polls.answerCount', { count: Object.keys(poll.ballots).length })}
            </span>
          </li>
        ))}
      </ul>
      <h4>{t('meetings.datePoll.newTitle')}</h4>
      <DatePollForm onCreated={(pollId) => go({ name: 'date-poll', pollId })} />
      <h4>{t('meetings.choicePoll.newTitle')}</h4>
      <ChoicePollForm onCreated={(pollId) => go({ name: 'choice-poll', pollId })} />
      <h4>{t('meetings.rankedPoll.newTitle')}</h4>
      <RankedPollForm onCreated={(pollId) => go({ name: 'ranked-poll', pollId })} />
    </>
  );
}
