import { useTranslation } from 'react-i18next';
import { rankedResults, type RankedPoll, type RunoffRound } from '../../shared/meetings/ranked-poll';
import { RankingForm } from './RankingForm';
import { ScreenHeading } from './meeting-fields';
import { useMeetings } from './meetings-context';

/** One ranked-choice poll: a ballot, then the instant-runoff count round by round, so anyone can follow the result. */
export function RankedPollScreen({ pollId }: { pollId: string }) {
  const { t } = useTranslation();
  const { doc, me } = useMeetings();
  const poll = doc.poll(pollId);
  if (!poll || poll.kind !== 'ranked') return <p role="alert">{t('errors.notFound')}</p>;
  const results = rankedResults(poll);
  const label = labelOf(poll);
  return (
    <>
      <ScreenHeading>{poll.question}</ScreenHeading>
      <p>
        {t(`meetings.polls.status.${poll.status}`)} · {t('meetings.rankedPoll.kind')}
      </p>
      {poll.status === 'open' && me ? <RankingForm key={poll.id} poll={poll} me={me} /> : null}
      {!me ? <p className="notice">{t('meetings.viewerCannotAnswer')}</p> : null}
      <section aria-labelledby="ranked-rounds-heading">
        <h4 id="ranked-rounds-heading">{t('meetings.rankedPoll.rounds', { ballots: results.voters })}</h4>
        <p className="hint">{t('meetings.rankedPoll.rule')}</p>
        {results.rounds.map((round, index) => (
          <RoundTable key={index} poll={poll} round={round} number={index + 1} />
        ))}
        <p role="status">
          {results.voters === 0
            ? t('meetings.rankedPoll.noBallots')
            : results.winner
              ? t('meetings.rankedPoll.winner', { option: label(results.winner), rounds: results.rounds.length })
              : t('meetings.rankedPoll.noWinner')}
        </p>
      </section>
      <button type="button" onClick={() => doc.putPoll({ ...poll, status: poll.status === 'open' ? 'closed' : 'open' })}>
        {t(poll.status === 'open' ? 'meetings.polls.close' : 'meetings.polls.reopen')}
      </button>
    </>
  );
}

function labelOf(poll: RankedPoll): (optionId: string) => string {
  return (optionId) => poll.options.find((option) => option.id === optionId)?.label ?? optionId;
}

function RoundTable({ poll, round, number }: { poll: RankedPoll; round: RunoffRound; number: number }) {
  const { t } = useTranslation();
  const label = labelOf(poll);
  return (
    <table className="meetings-table ranked-round">
      <caption>{t('meetings.rankedPoll.round', { number })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('meetings.choicePoll.option')}</th>
          <th scope="col">{t('meetings.choicePoll.votes')}</th>
        </tr>
      </thead>
      <tbody>
        {round.counts.map((count) => (
          <tr key={count.optionId} className={round.winner === count.optionId ? 'best' : undefined}>
            <th scope="row">{label(count.optionId)}</th>
            <td>{count.votes}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={2}>
            {t('meetings.rankedPoll.exhausted', { ballots: round.exhausted })}{' '}
            {round.eliminated ? t('meetings.rankedPoll.eliminated', { option: label(round.eliminated) }) : null}{' '}
            {round.tieBreak ? t(`meetings.rankedPoll.tieBreak.${round.tieBreak}`) : null}
            {round.winner ? t('meetings.rankedPoll.majority', { option: label(round.winner) }) : null}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
