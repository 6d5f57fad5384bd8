import { useTranslation } from 'react-i18next';
import { IcsImport } from './IcsImport';
import { MeetingChangeNotice } from './MeetingChangeNotice';
import { ScreenHeading } from './meeting-fields';
import { useMeetings } from './meetings-context';
import { NoGoHoursForm } from './NoGoHoursForm';
import { PlanMeetingForm } from './PlanMeetingForm';

/** Every meeting of the workspace, soonest first, then planning a new one or importing an invitation. */
export function MeetingsList() {
  const { t } = useTranslation();
  const { doc, zone, formats, go } = useMeetings();
  const parsed = doc.meetings();
  const meetings = [...parsed.valid].sort((a, b) => a.start.localeCompare(b.start));
  return (
    <>
      <ScreenHeading>{t('meetings.list.title')}</ScreenHeading>
      {parsed.invalid.length > 0 ? <p role="note">{t('meetings.invalidRecords', { count: parsed.invalid.length })}</p> : null}
      {meetings.length === 0 ? (
        <p>{t('meetings.list.none')}</p>
      ) : (
        <table className="meetings-table">
          <caption>{t('meetings.list.caption', { zone })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meetings.fields.title')}</th>
              <th scope="col">{t('meetings.list.when')}</th>
              <th scope="col">{t('meetings.fields.duration')}</th>
              <th scope="col">{t('meetings.fields.format')}</th>
              <th scope="col">{t('meetings.list.agendaItems')}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => go({ name: 'meeting', meetingId: meeting.id })}>
                    {meeting.title}
                  </button>
                  <MeetingChangeNotice meeting={meeting} />
                </th>
                <td>{formats.dateTime(meeting.start, { weekday: true })}</td>
                <td>{formats.duration(meeting.durationMinutes)}</td>
                <td>{t(`meetings.formats.${meeting.format}`)}</td>
                <td>{meeting.agenda.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{t('meetings.plan.title')}</h4>
      <PlanMeetingForm onCreated={(meetingId) => go({ name: 'meeting', meetingId })} />
      <h4>{t('meetings.ics.importTitle')}</h4>
      <IcsImport />
      <h4>{t('meetings.noGo.title')}</h4>
      <NoGoHoursForm />
    </>
  );
}
