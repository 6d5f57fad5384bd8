import { useTranslation } from 'react-i18next';
import { meetingStart, type Meeting } from '../../shared/meetings/meeting';
import { AgendaEditor } from './AgendaEditor';
import { AttendanceEditor } from './AttendanceEditor';
import { CalendarExport } from './CalendarExport';
import { EditMeetingForm } from './EditMeetingForm';
import { MeetingChangeNotice } from './MeetingChangeNotice';
import { LocalTimesTable } from './LocalTimesTable';
import { ScreenHeading } from './meeting-fields';
import { useMeetings } from './meetings-context';
import { namesOf, plannedMembers } from './meeting-time';
import { MinutesEditor } from './MinutesEditor';
import { MinutesLifecycleControls } from './MinutesLifecycleControls';
import { ItemTimer } from './ItemTimer';
import { SpeakingQueuePanel } from './SpeakingQueuePanel';
import { SummaryExport } from './SummaryExport';

/** Everything about one meeting: when it is for everyone, calendar file, agenda, the meeting itself, minutes, report. */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { doc, go } = useMeetings();
  const meeting = doc.meeting(meetingId);
  const back = (
    <button type="button" onClick={() => go({ name: 'meetings' })}>
      {t('meetings.backToList')}
    </button>
  );
  if (!meeting) {
    return (
      <>
        <p role="alert">{t('errors.notFound')}</p>
        {back}
      </>
    );
  }
  return (
    <article className="meeting-page" aria-labelledby="meetings-screen-heading">
      <ScreenHeading>{meeting.title}</ScreenHeading>
      {back}
      <MeetingChangeNotice meeting={meeting} full />
      <MeetingDetails meeting={meeting} />
      <CalendarExport meeting={meeting} />
      <EditMeetingForm key={meeting.id} meeting={meeting} />
      <AgendaEditor meeting={meeting} />
      <AttendanceEditor meeting={meeting} />
      <ItemTimer agenda={meeting.agenda} />
      <SpeakingQueuePanel meeting={meeting} />
      <MinutesEditor meeting={meeting} />
      <MinutesLifecycleControls meetingId={meeting.id} />
      <SummaryExport meeting={meeting} />
    </article>
  );
}

function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { members, zone, formats } = useMeetings();
  const invited = members.filter((member) => meeting.invitedMemberIds.includes(member.id));
  return (
    <section aria-labelledby="meeting-details-heading">
      <h4 id="meeting-details-heading">{t('meetings.page.details')}</h4>
      <dl className="meeting-details">
        <div>
          <dt>{t('meetings.page.yourTime', { zone })}</dt>
          <dd>{formats.dateTime(meeting.start, { weekday: true })}</dd>
        </div>
        {meeting.timeZone !== zone ? (
          <div>
            <dt>{t('meetings.page.organiserTime', { zone: meeting.timeZone })}</dt>
            <dd>{formats.dateTime(meeting.start, { zone: meeting.timeZone, weekday: true })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('meetings.fields.duration')}</dt>
          <dd>{formats.duration(meeting.durationMinutes)}</dd>
        </div>
        <div>
          <dt>{t('meetings.fields.format')}</dt>
          <dd>{t(`meetings.formats.${meeting.format}`)}</dd>
        </div>
        {meeting.location ? (
          <div>
            <dt>{t('meetings.fields.location')}</dt>
            <dd>{meeting.location}</dd>
          </div>
        ) : null}
        {meeting.link ? (
          <div>
            <dt>{t('meetings.fields.link')}</dt>
            <dd>
              <a href={meeting.link} target="_blank" rel="noreferrer noopener">
                {meeting.link}
              </a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('meetings.fields.invited')}</dt>
          <dd>{invited.length > 0 ? namesOf(members, meeting.invitedMemberIds) : t('meetings.page.nobodyInvited')}</dd>
        </div>
      </dl>
      {invited.length > 0 ? <LocalTimesTable start={meetingStart(meeting)} durationMinutes={meeting.durationMinutes} members={plannedMembers(invited)} organiserTimeZone={meeting.timeZone} /> : null}
    </section>
  );
}
