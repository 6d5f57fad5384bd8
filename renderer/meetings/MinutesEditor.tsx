import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../shared/meetings/meeting';
import { recordAgendaAdoption } from '../../shared/meetings/minutes';
import { TextField } from '../ui/fields';
import { ItemMinutesEditor } from './ItemMinutesEditor';
import { useMeetings } from './meetings-context';
import { useMinutes } from './minutes-store';

/** The minutes as the coalitions write them: adoption of the agenda, then per item key points, decisions, next steps. */
export function MinutesEditor({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { minutes, locked } = useMinutes(meeting.id);
  return (
    <section aria-labelledby="minutes-heading">
      <h4 id="minutes-heading">{t('meetings.minutes.title')}</h4>
      {minutes.version > 1 ? <p>{t('meetings.minutes.version', { version: minutes.version })}</p> : null}
      {locked ? <p className="notice">{t('meetings.minutes.lockedNotice')}</p> : null}
      <AgendaAdoption meetingId={meeting.id} />
      {meeting.agenda.length === 0 ? <p>{t('meetings.minutes.noAgenda')}</p> : null}
      {meeting.agenda.map((item, index) => (
        <ItemMinutesEditor key={item.id} meetingId={meeting.id} item={item} number={index + 1} />
      ))}
    </section>
  );
}

function AgendaAdoption({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { formats } = useMeetings();
  const { minutes, locked, save } = useMinutes(meetingId);
  const [text, setText] = useState(() => minutes.agendaAdoption?.text ?? t('meetings.minutes.adoptionDefault'));
  const [error, setError] = useState<string>();
  const adoption = minutes.agendaAdoption;
  return (
    <div className="minutes-block">
      <h5>{t('meetings.minutes.adoption')}</h5>
      {adoption ? (
        <p>
          {adoption.text} <span className="facts">({t('meetings.minutes.recordedAt', { when: formats.dateTime(adoption.recordedAt) })})</span>
        </p>
      ) : (
        <p>{t('meetings.minutes.adoptionNotRecorded')}</p>
      )}
      {locked ? null : (
        <form
          noValidate
          aria-label={t('meetings.minutes.adoption')}
          onSubmit={(event) => {
            event.preventDefault();
            setError(save(recordAgendaAdoption(minutes, text, new Date())));
          }}
        >
          <TextField id="adoption-text" multiline value={text} onChange={setText} error={error} label={t('meetings.minutes.adoptionText')} />
          <button type="submit">{t('meetings.minutes.recordAdoption')}</button>
        </form>
      )}
    </div>
  );
}
