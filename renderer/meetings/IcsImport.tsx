import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ICS_LENGTH, meetingFromImportedEvent, parseIcs, type ImportedEvent } from '../../shared/meetings/ics-import';
import { meetingUid } from '../../shared/meetings/ics-export';
import { updateMeeting, type Meeting } from '../../shared/meetings/meeting';
import type { Parsed } from '../../shared/validation';
import { useMeetings } from './meetings-context';

/** A meeting from an invitation: the one with the same UID is updated (a rescheduled call), otherwise a new one is added. */
function toMeeting(event: ImportedEvent, existing: readonly Meeting[], now: Date): Parsed<Meeting> {
  const same = event.uid ? existing.find((meeting) => meetingUid(meeting) === event.uid) : undefined;
  if (!same) return meetingFromImportedEvent(event, { id: crypto.randomUUID(), now });
  const { title, start, timeZone, durationMinutes, location, link, recurrence } = event;
  return updateMeeting(same, { title, start, timeZone, durationMinutes, location, link, recurrence }, now);
}

/** Reads an .ics invitation. All or nothing: on any problem the message says what, and no meeting is changed. */
export function IcsImport() {
  const { t } = useTranslation();
  const { doc, zone, go } = useMeetings();
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<{ meetings: Meeting[]; notices: string[] }>();

  const read = async (file: File | undefined) => {
    setError(undefined);
    setResult(undefined);
    if (!file) return;
    if (file.size > MAX_ICS_LENGTH) return setError('errors.icsTooLarge');
    const parsed = parseIcs(await file.text(), { fallbackTimeZone: zone });
    if (!parsed.ok) return setError(parsed.errors._form ?? 'errors.icsMalformed');
    const now = new Date();
    const existing = doc.meetings().valid;
    const meetings: Meeting[] = [];
    for (const event of parsed.value.events) {
      const meeting = toMeeting(event, existing, now);
      if (!meeting.ok) return setError(Object.values(meeting.errors)[0] ?? 'errors.icsMalformed');
      meetings.push(meeting.value);
    }
    doc.ydoc.transact(() => meetings.forEach((meeting) => doc.putMeeting(meeting)));
    setResult({ meetings, notices: parsed.value.notices });
  };

  return (
    <div className="ics-import">
      <div className="field">
        <label htmlFor="ics-file">{t('meetings.ics.file')}</label>
        <input
          id="ics-file"
          type="file"
          accept=".ics,text/calendar"
          aria-describedby="ics-file-hint"
          aria-invalid={error ? true : undefined}
          onChange={(event) => void read(event.target.files?.[0])}
        />
        <p className="hint" id="ics-file-hint">
          {t('meetings.ics.fileHint')}
        </p>
      </div>
      <p role="alert" className="field-error">
        {error ? `${t('meetings.ics.notImported')} ${t(error)}` : ''}
      </p>
      <div role="status">
        {result ? (
          <>
            <p>{t('meetings.ics.imported', { count: result.meetings.length })}</p>
            <ul>
              {result.notices.map((notice) => (
                <li key={notice}>{t(notice)}</li>
              ))}
              {result.meetings.map((meeting) => (
                <li key={meeting.id}>
                  <button type="button" className="link-button" onClick={() => go({ name: 'meeting', meetingId: meeting.id })}>
                    {meeting.title}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
