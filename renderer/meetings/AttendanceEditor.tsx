import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_MODES, attendanceSummary, setAttendance, type AttendanceMode } from '../../shared/meetings/attendance';
import type { Meeting } from '../../shared/meetings/meeting';
import { editMinutes } from '../../shared/meetings/minutes';
import { useMeetings } from './meetings-context';
import { useMinutes } from './minutes-store';

const NOT_RECORDED = '';
// `as const`: the keys stay literal, so the i18n key test checks each of them.
const MODE_KEYS = {
  online: 'meetings.attendance.online',
  'in-person': 'meetings.attendance.inPerson',
  apologies: 'meetings.attendance.apologies',
} as const satisfies Record<AttendanceMode, string>;

/** Who attended and how, recorded in the minutes; it becomes the participants annex of the summary report. */
export function AttendanceEditor({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { members } = useMeetings();
  const { minutes, locked, save } = useMinutes(meeting.id);
  const [error, setError] = useState<string>();
  // The invited, plus anyone recorded; everyone when nobody was invited.
  const listed = members.filter(
    (member) => meeting.invitedMemberIds.length === 0 || meeting.invitedMemberIds.includes(member.id) || minutes.attendance[member.id] !== undefined,
  );
  const summary = attendanceSummary(minutes.attendance, meeting.invitedMemberIds);
  const record = (memberId: string, value: string) => {
    const mode = value === NOT_RECORDED ? undefined : (value as AttendanceMode);
    setError(save(editMinutes(minutes, (current) => ({ ...current, attendance: setAttendance(current.attendance, memberId, mode) }), new Date())));
  };
  return (
    <section aria-labelledby="attendance-heading">
      <h4 id="attendance-heading">{t('meetings.attendance.title')}</h4>
      <table className="meetings-table">
        <caption className="visually-hidden">{t('meetings.attendance.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.localTimes.member')}</th>
            <th scope="col">{t('meetings.attendance.how')}</th>
          </tr>
        </thead>
        <tbody>
          {listed.map((member) => {
            const mode = minutes.attendance[member.id];
            return (
              <tr key={member.id}>
                <th scope="row">{member.name}</th>
                <td>
                  {locked ? (
                    t(mode ? MODE_KEYS[mode] : 'meetings.attendance.notRecorded')
                  ) : (
                    <select aria-label={t('meetings.attendance.howFor', { name: member.name })} value={mode ?? NOT_RECORDED} onChange={(event) => record(member.id, event.target.value)}>
                      <option value={NOT_RECORDED}>{t('meetings.attendance.notRecorded')}</option>
                      {ATTENDANCE_MODES.map((value) => (
                        <option key={value} value={value}>
                          {t(MODE_KEYS[value])}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p role="status">
        {t('meetings.attendance.summary', { present: summary.present, online: summary.online.length, inPerson: summary.inPerson.length, apologies: summary.apologies.length })}
      </p>
      <p role="alert" className="field-error">
        {error ? t(error) : ''}
      </p>
    </section>
  );
}
