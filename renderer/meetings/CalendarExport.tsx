import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingToIcs } from '../../shared/meetings/ics-export';
import type { Meeting } from '../../shared/meetings/meeting';
import { lastChangeAt } from '../../shared/meetings/meeting-change';
import { useApp } from '../app/app-context';
import { useMeetings } from './meetings-context';
import { fileSlug, nameOf } from './meeting-time';

/** The meeting as an .ics file in the organiser's zone, with the agenda as its description. */
export function CalendarExport({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { platform } = useApp();
  const { members, formats } = useMeetings();
  const [status, setStatus] = useState('');
  const download = async () => {
    const agenda = meeting.agenda.map((item, index) => {
      const lead = item.leadMemberId ? ` — ${nameOf(members, item.leadMemberId)}` : '';
      return `${index + 1}. ${item.title} (${formats.duration(item.timeBoxMinutes)})${lead}`;
    });
    const description = agenda.length > 0 ? [t('meetings.agenda.title'), ...agenda].join('\n') : undefined;
    // An update is stamped with the time of its change, so every member's copy of one version is the same file.
    const ics = meetingToIcs(meeting, { now: lastChangeAt(meeting) ?? new Date(), ...(description ? { description } : {}) });
    const saved = await platform.saveFile(`${fileSlug(meeting.title)}.ics`, ics, 'text/calendar');
    setStatus(saved ? t('meetings.ics.exported') : '');
  };
  return (
    <section aria-labelledby="calendar-heading">
      <h4 id="calendar-heading">{t('meetings.ics.exportTitle')}</h4>
      <p className="hint">{t(meeting.cancelled ? 'meetings.change.icsCancelHint' : meeting.sequence > 0 ? 'meetings.change.icsUpdateHint' : 'meetings.ics.exportHint')}</p>
      <button type="button" onClick={() => void download()}>
        {t('meetings.ics.export')}
      </button>
      <p role="status">{status}</p>
    </section>
  );
}
