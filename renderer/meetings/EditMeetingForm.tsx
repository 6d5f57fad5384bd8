import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelMeeting, editMeeting } from '../../shared/meetings/meeting-change';
import { MEETING_FORMATS, type Meeting, type MeetingFormat } from '../../shared/meetings/meeting';
import { toLocalDateTime } from '../../shared/meetings/zoned-time';
import { FormErrorSummary, InputField, SelectField } from '../ui/fields';
import { DateTimeField } from '../ui/date-time-field';
import { MemberChecklist, Feedback } from './meeting-fields';
import { useMeetings } from './meetings-context';
import { numberOrUndefined } from './meeting-time';
import type { FieldErrors } from '../../shared/validation';

/**
 * Change time, duration, format and invitees, or cancel. Open to whoever may plan a meeting (anyone in the
 * workspace): a change is recorded with its author and shown to every member, which is the safeguard.
 */
export function EditMeetingForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { doc, members, me, zone } = useMeetings();
  const initial = () => ({ startLocal: toLocalDateTime(new Date(meeting.start), zone), durationMinutes: String(meeting.durationMinutes), format: meeting.format as string });
  const [values, setValues] = useState(initial);
  const [invited, setInvited] = useState<ReadonlySet<string>>(new Set(meeting.invitedMemberIds));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [confirmCancel, setConfirmCancel] = useState(false);
  // Folded until asked for: the page is mostly read, and a prefilled form would repeat the meeting's time.
  const [open, setOpen] = useState(false);
  const context = () => ({ now: new Date(), ...(me ? { byMemberId: me.id } : {}) });
  const field = (name: keyof typeof values) => ({
    id: `edit-meeting-${name}`,
    value: values[name],
    error: errors[name],
    onChange: (value: string) => setValues((current) => ({ ...current, [name]: value })),
  });

  const save = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const input = { ...values, timeZone: zone, durationMinutes: numberOrUndefined(values.durationMinutes), invitedMemberIds: [...invited] };
    const result = editMeeting(meeting, input, context());
    if (!result.ok) {
      setStatus('');
      return setErrors(result.errors);
    }
    doc.putMeeting(result.value);
    setErrors({});
    setStatus(t('meetings.change.saved'));
  };
  const cancel = () => {
    const result = cancelMeeting(meeting, context());
    if (!result.ok) return setErrors(result.errors);
    doc.putMeeting(result.value);
    setConfirmCancel(false);
  };

  if (meeting.cancelled) return null;
  const format = field('format');
  return (
    <section aria-labelledby="edit-meeting-heading">
      <h4 id="edit-meeting-heading">{t('meetings.change.title')}</h4>
      <button type="button" aria-expanded={open} aria-controls="edit-meeting-body" onClick={() => setOpen(!open)}>
        {t(open ? 'meetings.change.close' : 'meetings.change.open')}
      </button>
      {open ? (
        <div id="edit-meeting-body">
          <form noValidate aria-labelledby="edit-meeting-heading" onSubmit={save}>
            <DateTimeField {...field('startLocal')} kind="date-time" label={t('meetings.fields.start')} hint={t('meetings.fields.startHint', { zone })} required />
            <InputField {...field('durationMinutes')} type="number" min={1} max={1440} label={t('meetings.fields.durationMinutes')} required />
            <SelectField<MeetingFormat>
              {...format}
              value={format.value as MeetingFormat}
              label={t('meetings.fields.format')}
              required
              options={MEETING_FORMATS.map((value) => ({ value, label: t(`meetings.formats.${value}`) }))}
            />
            <MemberChecklist
              idPrefix="edit-invited"
              legend={t('meetings.fields.invited')}
              members={members}
              selected={invited}
              onChange={(id, checked) =>
                setInvited((current) => {
                  const next = new Set(current);
                  if (checked) next.add(id);
                  else next.delete(id);
                  return next;
                })
              }
              error={errors.invitedMemberIds}
            />
            <FormErrorSummary errors={errors} />
            <Feedback error={errors._form} status={status} />
            <button type="submit" className="primary">
              {t('meetings.change.save')}
            </button>
          </form>
          {confirmCancel ? (
            <div role="group" aria-labelledby="cancel-meeting-question" className="notice warning">
              <p id="cancel-meeting-question">{t('meetings.change.cancelQuestion', { title: meeting.title })}</p>
              <button type="button" onClick={cancel}>
                {t('meetings.change.cancelConfirm')}
              </button>{' '}
              <button type="button" onClick={() => setConfirmCancel(false)}>
                {t('meetings.change.cancelKeep')}
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirmCancel(true)}>
              {t('meetings.change.cancel')}
            </button>
          )}
        </div>
      ) : null}
    </section>
  );
}
