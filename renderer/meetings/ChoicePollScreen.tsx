import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceResults, setChoicePollStatus, type ChoicePoll } from '../../shared/meetings/choice-poll';
import type { Member } from '../../shared/members/member';
import { ScreenHeading } from './meeting-fields';
import { useMeetings } from './meetings-context';
import { namesOf } from './meeting-time';

/** One choice poll: the current member's vote, the results with who chose what, and opening or closing it. */
export function ChoicePollScreen({ pollId }: { pollId: string }) {
  const { t } = useTranslation();
  const { doc, members, me } = useMeetings();
  const poll = doc.poll(pollId);
  if (!poll || poll.kind !== 'choice') return <p role="alert">{t('errors.notFound')}</p>;
  const results = choiceResults(poll);
  const leaders = poll.options.filter((option) => results.leaders.includes(option.id)).map((option) => option.label);
  return (
    <>
      <ScreenHeading>{poll.question}</ScreenHeading>
      <p>
        {t(`meetings.polls.status.${poll.status}`)} · {t(`meetings.choicePoll.modes.${poll.mode}`)}
      </p>
      {poll.status === 'open' && me ? <VoteForm poll={poll} me={me} /> : null}
      {!me ? <p className="notice">{t('meetings.viewerCannotAnswer')}</p> : null}
      <table className="meetings-table">
        <caption>{t('meetings.choicePoll.results', { count: results.voters })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.choicePoll.option')}</th>
            <th scope="col">{t('meetings.choicePoll.votes')}</th>
            <th scope="col">{t('meetings.choicePoll.voters')}</th>
          </tr>
        </thead>
        <tbody>
          {results.counts.map((count) => (
            <tr key={count.option.id} className={results.leaders.includes(count.option.id) ? 'best' : undefined}>
              <th scope="row">{count.option.label}</th>
              <td>{count.votes}</td>
              <td>{namesOf(members, count.voterIds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status">
        {leaders.length === 0
          ? t('meetings.choicePoll.noVotes')
          : leaders.length === 1
            ? t('meetings.choicePoll.leading', { option: leaders[0] })
            : t('meetings.choicePoll.tie', { options: leaders.join(', ') })}
      </p>
      <button type="button" onClick={() => doc.putPoll(setChoicePollStatus(poll, poll.status === 'open' ? 'closed' : 'open'))}>
        {t(poll.status === 'open' ? 'meetings.polls.close' : 'meetings.polls.reopen')}
      </button>
    </>
  );
}

function VoteForm({ poll, me }: { poll: ChoicePoll; me: Member }) {
  const { t } = useTranslation();
  const { doc } = useMeetings();
  const [chosen, setChosen] = useState<string[]>(poll.votes[me.id] ?? []);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const single = poll.mode === 'single';
  const save = (optionIds: string[]) => {
    const result = doc.answerPoll(poll.id, me.id, optionIds);
    setError(result.ok ? undefined : Object.values(result.errors)[0]);
    if (result.ok) setStatus(t(optionIds.length === 0 ? 'meetings.choicePoll.withdrawn' : 'meetings.choicePoll.voted'));
  };
  return (
    <form
      noValidate
      aria-label={t('meetings.choicePoll.voteTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        save(chosen);
      }}
    >
      <fieldset>
        <legend>{t(single ? 'meetings.choicePoll.chooseOne' : 'meetings.choicePoll.chooseAny')}</legend>
        {poll.options.map((option) => (
          <div key={option.id} className="check">
            <input
              id={`vote-${option.id}`}
              type={single ? 'radio' : 'checkbox'}
              name="vote"
              checked={chosen.includes(option.id)}
              onChange={(event) =>
                setChosen(single ? [option.id] : event.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))
              }
            />
            <label htmlFor={`vote-${option.id}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
      <p role="alert" className="field-error">
        {error ? t(error) : ''}
      </p>
      <p role="status">{status}</p>
      <div className="button-row">
        <button type="submit" className="primary">
          {t('meetings.choicePoll.vote')}
        </button>
        {poll.votes[me.id] ? (
          <button type="button" onClick={() => save([])}>
            {t('meetings.choicePoll.withdraw')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
