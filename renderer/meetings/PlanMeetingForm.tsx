import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createMeeting, MEETING_FORMATS, MeetingInputSchema, type MeetingFormat } from '../../shared/meetings/meeting';
import { isLocalDateTime, resolveLocalTime } from '../../shared/meetings/zoned-time';
import { FormErrorSummary, InputField, SelectField, TextField } from '../ui/fields';
import { DateTimeField } from '../ui/date-time-field';
import { useForm } from '../ui/use-form';
import { FairnessSuggestion } from './FairnessSuggestion';
import { LocalTimesTable } from './LocalTimesTable';
import { MemberChecklist } from './meeting-fields';
import { useMeetings } from './meetings-context';
import { numberOrUndefined, plannedMembers } from './meeting-time';

const initial = (): Record<string, string> => ({ title: '', startLocal: '', durationMinutes: '60', format: 'online', location: '', link: '' });

/** The start the form describes, when it is complete enough to show local times for. */
function previewStart(startLocal: string, zone: string, duration: number | undefined) {
  if (!isLocalDateTime(startLocal) || duration === undefined || !Number.isInteger(duration) || duration <= 0 || duration > 24 * 60) return undefined;
  return resolveLocalTime(startLocal, zone);
}

export function PlanMeetingForm({ onCreated }: { onCreated: (meetingId: string) => void }) {
  const { t } = useTranslation();
  const { doc, members, zone, formats } = useMeetings();
  const form = useForm(MeetingInputSchema, initial, 'plan');
  // Everyone is invited unless unticked, so members who arrive by sync while planning are invited too.
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  // Kept across keystrokes in the text fields, so the memoised preview and suggestion below are not
  // recomputed for each one (a few milliseconds of time-zone arithmetic per keystroke otherwise).
  const invited = useMemo(() => members.filter((member) => !excluded.has(member.id)), [members, excluded]);
  const invitedPlans = useMemo(() => plannedMembers(invited), [invited]);
  const format = form.field('format');
  const duration = numberOrUndefined(form.values.durationMinutes);
  const startLocal = form.values.startLocal ?? '';
  const start = useMemo(() => previewStart(startLocal, zone, duration), [startLocal, zone, duration]);
  const { setValues } = form;
  const takeSuggestion = useCallback((suggested: string) => setValues((current) => ({ ...current, startLocal: suggested })), [setValues]);

  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const input = { ...form.values, timeZone: zone, durationMinutes: duration, invitedMemberIds: invited.map((member) => member.id) };
    const result = createMeeting(input, { id: crypto.randomUUID(), now: new Date() });
    if (!result.ok) return form.setErrors(result.errors);
    doc.putMeeting(result.value.meeting);
    form.setErrors({});
    form.setValues(initial());
    onCreated(result.value.meeting.id);
  };

  return (
    <form noValidate aria-label={t('meetings.plan.title')} onSubmit={submit}>
      <TextField {...form.field('title')} label={t('meetings.fields.title')} required />
      <DateTimeField {...form.field('startLocal')} kind="date-time" label={t('meetings.fields.start')} hint={t('meetings.fields.startHint', { zone })} required />
      {start?.kind === 'gap' ? <p className="notice warning">{t('meetings.plan.gap', { zone, time: formats.dateTime(start.utc, { weekday: true }) })}</p> : null}
      {start?.kind === 'ambiguous' ? <p className="notice warning">{t('meetings.plan.ambiguous', { zone })}</p> : null}
      <InputField {...form.field('durationMinutes')} type="number" min={1} max={1440} label={t('meetings.fields.durationMinutes')} required />
      <SelectField<MeetingFormat>
        {...format}
        value={format.value as MeetingFormat}
        label={t('meetings.fields.format')}
        required
        options={MEETING_FORMATS.map((value) => ({ value, label: t(`meetings.formats.${value}`) }))}
      />
      <TextField {...form.field('location')} label={t('meetings.fields.location')} hint={t('meetings.fields.locationHint')} />
      <TextField {...form.field('link')} type="url" label={t('meetings.fields.link')} hint={t('meetings.fields.linkHint')} />
      <MemberChecklist
        idPrefix="plan-invited"
        legend={t('meetings.fields.invited')}
        members={members}
        selected={new Set(invited.map((member) => member.id))}
        onChange={(id, checked) =>
          setExcluded((current) => {
            const next = new Set(current);
            if (checked) next.delete(id);
            else next.add(id);
            return next;
          })
        }
        error={form.errors.invitedMemberIds}
      />
      {start && duration !== undefined ? (
        <LocalTimesTable start={start.utc} durationMinutes={duration} members={invitedPlans} />
      ) : (
        <p className="hint">{t('meetings.plan.previewHint')}</p>
      )}
      {duration !== undefined && invited.length > 0 ? (
        <FairnessSuggestion
          startLocal={startLocal}
          durationMinutes={duration}
          invited={invited}
          onUse={takeSuggestion}
        />
      ) : null}
      <FormErrorSummary errors={form.errors} />
      <button type="submit" className="primary">
        {t('meetings.plan.create')}
      </button>
    </form>
  );
}
