import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankedPoll } from '../../shared/meetings/ranked-poll';
import type { Member } from '../../shared/members/member';
import { Feedback } from './meeting-fields';
import { useMeetings } from './meetings-context';

/**
 * A ballot: a rank per option (or none). The chair may also enter a ballot given aloud or on paper in the meeting for
 * another member, as with a show of hands; the ballot is stored under that member, replacing any earlier one.
 */
export function RankingForm({ poll, me }: { poll: RankedPoll; me: Member }) {
  const { t } = useTranslation();
  const { doc, members } = useMeetings();
  const [voterId, setVoterId] = useState(me.id);
  const [ranks, setRanks] = useState<Record<string, string>>(() => ranksOf(poll.ballots[me.id] ?? []));
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const load = (id: string) => {
    setVoterId(id);
    setRanks(ranksOf(poll.ballots[id] ?? []));
  };
  const choose = (id: string) => {
    load(id);
    setStatus('');
  };
  const save = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const chosen = Object.entries(ranks).filter(([, rank]) => rank !== '');
    if (new Set(chosen.map(([, rank]) => rank)).size !== chosen.length) return setError('errors.rankTaken');
    const ranking = chosen.sort((a, b) => Number(a[1]) - Number(b[1])).map(([optionId]) => optionId);
    const result = doc.answerPoll(poll.id, voterId, ranking);
    setError(result.ok ? undefined : Object.values(result.errors)[0]);
    if (result.ok) {
      setStatus(t(ranking.length === 0 ? 'meetings.choicePoll.withdrawn' : 'meetings.rankedPoll.saved', { name: members.find((member) => member.id === voterId)?.name ?? '' }));
      // Back to one's own ballot, so the next ballot entered for someone else starts from a deliberate choice.
      if (voterId !== me.id) load(me.id);
    }
  };
  const places = poll.options.map((_, index) => String(index + 1));
  return (
    <form noValidate aria-label={t('meetings.rankedPoll.ballotTitle')} onSubmit={save}>
      <div className="field">
        <label htmlFor="ranked-voter">{t('meetings.rankedPoll.ballotOf')}</label>
        <select id="ranked-voter" value={voterId} onChange={(event) => choose(event.target.value)}>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{t('meetings.rankedPoll.rankHint')}</legend>
        {poll.options.map((option) => (
          <div key={option.id} className="field">
            <label htmlFor={`rank-${option.id}`}>{t('meetings.rankedPoll.rankOf', { option: option.label })}</label>
            <select id={`rank-${option.id}`} value={ranks[option.id] ?? ''} onChange={(event) => setRanks((current) => ({ ...current, [option.id]: event.target.value }))}>
              <option value="">{t('meetings.rankedPoll.unranked')}</option>
              {places.map((place) => (
                <option key={place} value={place}>
                  {place}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <Feedback error={error} status={status} />
      <button type="submit" className="primary">
        {t('meetings.rankedPoll.submit')}
      </button>
    </form>
  );
}

function ranksOf(ranking: readonly string[]): Record<string, string> {
  return Object.fromEntries(ranking.map((optionId, index) => [optionId, String(index + 1)]));
}
