import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingFromPoll, type DatePoll } from '../../shared/meetings/date-poll';
import { MEETING_FORMATS, type MeetingFormat } from '../../shared/meetings/meeting';
import type { FieldErrors } from '../../shared/validation';
import { SelectField, TextField } from '../ui/fields';
import { useMeetings } from './meetings-context';

/** Turns the winning slot into a meeting and closes the poll, in one transaction. */
export function ScheduleSlotForm({ poll, slotId, onScheduled }: { poll: DatePoll; slotId: string; onScheduled: (meetingId: string) => void }) {
  const { t } = useTranslation();
  const { doc } = useMeetings();
  const [format, setFormat] = useState<MeetingFormat>('online');
  const [link, setLink] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <form
      noValidate
      aria-label={t('meetings.datePoll.scheduleTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        const result = meetingFromPoll(poll, slotId, { format, link }, { id: crypto.randomUUID(), now: new Date() });
        if (!result.ok) return setErrors(result.errors);
        doc.schedulePoll(result.value.poll, result.value.meeting);
        onScheduled(result.value.meeting.id);
      }}
    >
      <SelectField<MeetingFormat>
        id="schedule-format"
        value={format}
        onChange={setFormat}
        error={errors.format}
        label={t('meetings.fields.format')}
        options={MEETING_FORMATS.map((value) => ({ value, label: t(`meetings.formats.${value}`) }))}
      />
      <TextField id="schedule-link" type="url" value={link} onChange={setLink} error={errors.link} label={t('meetings.fields.link')} hint={t('meetings.fields.linkHint')} />
      <p role="alert" className="field-error">
        {errors._form ? t(errors._form) : ''}
      </p>
      <button type="submit" className="primary">
        {t('meetings.datePoll.schedule')}
      </button>
    </form>
  );
}
