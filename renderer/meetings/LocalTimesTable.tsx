import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { localTimes, type PlannedMember } from '../../shared/meetings/local-times';
import { useMeetings } from './meetings-context';

/** For each invited member: the meeting on their own clock and calendar, flagged when any of it falls in their night. */
export const LocalTimesTable = memo(function LocalTimesTable(props: { start: Date; durationMinutes: number; members: PlannedMember[]; organiserTimeZone?: string }) {
  const { start, durationMinutes, members } = props;
  const { t } = useTranslation();
  const { doc, zone, formats } = useMeetings();
  const rows = localTimes({ start, durationMinutes, organiserTimeZone: props.organiserTimeZone ?? zone, members, noGoHours: doc.noGoHours().valid });
  const atNight = rows.filter((row) => row.flagged);
  if (rows.length === 0) return <p>{t('meetings.localTimes.nobodyInvited')}</p>;
  return (
    <>
      <table className="meetings-table local-times">
        <caption>{t('meetings.localTimes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('meetings.localTimes.member')}</th>
            <th scope="col">{t('meetings.localTimes.zone')}</th>
            <th scope="col">{t('meetings.localTimes.time')}</th>
            <th scope="col">{t('meetings.localTimes.day')}</th>
            <th scope="col">{t('meetings.localTimes.night')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.memberId} className={row.flagged ? 'night' : undefined}>
              <th scope="row">{row.name}</th>
              <td>{row.timeZone}</td>
              <td>
                {formats.time(row.localStart, { zone: row.timeZone })}–{formats.time(row.localEnd, { zone: row.timeZone })}
              </td>
              <td>
                {formats.date(row.localStart, { zone: row.timeZone, weekday: true })}
                {row.dayDifference !== 0 ? <> ({t(row.dayDifference < 0 ? 'meetings.localTimes.dayBefore' : 'meetings.localTimes.dayAfter')})</> : null}
              </td>
              <td>
                {row.flagged ? (
                  <strong className="night-flag">{t('meetings.localTimes.nightFor', { name: row.name, count: row.noGoMinutes })}</strong>
                ) : (
                  t('meetings.localTimes.notNight')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status">
        {atNight.length === 0
          ? t('meetings.localTimes.nobodyAtNight')
          : t('meetings.localTimes.someAtNight', { count: atNight.length, names: atNight.map((row) => row.name).join(', ') })}
      </p>
    </>
  );
});
