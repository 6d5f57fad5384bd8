import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createDatePoll } from '../../shared/meetings/date-poll';
import { isLocalDateTime, resolveLocalTime, utcIso } from '../../shared/meetings/zoned-time';
import type { FieldErrors } from '../../shared/validation';
import { FormErrorSummary, InputField, TextField } from '../ui/fields';
import { DateTimeField } from '../ui/date-time-field';
import { MemberChecklist } from './meeting-fields';
import { useMeetings } from './meetings-context';
import { numberOrUndefined } from './meeting-time';
import { REMOVE_BUTTON, useFocusAfterRemove } from '../ui/use-focus-after-remove';

type Slot = { id: string; start: string };

/** Proposes slots typed in the organiser's zone and stored in UTC; each member then sees them in their own zone. */
export function DatePollForm({ onCreated }: { onCreated: (pollId: string) => void }) {
  const { t } = useTranslation();
  const { list: slotList, heading: slotHeading, removing: slotRemoving } = useFocusAfterRemove<HTMLUListElement, HTMLSpanElement>();
  const { doc, members, zone, formats } = useMeetings();
  const [title, setTitle] = useState('');
  const [duration, setDuration] = useState('60');
  const [slotLocal, setSlotLocal] = useState('');
  const [slots, setSlots] = useState<Slot[]>([]);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<FieldErrors>({});
  const invited = members.filter((member) => !excluded.has(member.id));

  const addSlot = () => {
    if (!isLocalDateTime(slotLocal)) return setErrors({ ...errors, slot: 'errors.invalidDateTime' });
    const start = utcIso(resolveLocalTime(slotLocal, zone).utc);
    if (slots.some((slot) => Date.parse(slot.start) === Date.parse(start))) return setErrors({ ...errors, slot: 'errors.duplicateOption' });
    setSlots([...slots, { id: crypto.randomUUID(), start }].sort((a, b) => a.start.localeCompare(b.start)));
    setErrors({ ...errors, slot: undefined, slots: undefined });
    setSlotLocal('');
  };

  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const input = { title, timeZone: zone, durationMinutes: numberOrUndefined(duration) as number, slots, invitedMemberIds: invited.map((member) => member.id) };
    const result = createDatePoll(input, { id: crypto.randomUUID(), now: new Date() });
    if (!result.ok) return setErrors(result.errors);
    doc.putPoll(result.value);
    onCreated(result.value.id);
  };

  return (
    <form noValidate aria-label={t('meetings.datePoll.newTitle')} onSubmit={submit}>
      <TextField id="date-poll-title" value={title} onChange={setTitle} error={errors.title} label={t('meetings.fields.title')} required />
      <InputField id="date-poll-duration" type="number" min={1} value={duration} onChange={setDuration} error={errors.durationMinutes} label={t('meetings.fields.durationMinutes')} required />
      <fieldset aria-describedby={errors.slots ? 'date-poll-slots-error' : undefined}>
        <legend>
          <span ref={slotHeading} tabIndex={-1}>
            {t('meetings.datePoll.slots')}
          </span>
        </legend>
        {slots.length === 0 ? <p>{t('meetings.datePoll.noSlots')}</p> : null}
        <ul ref={slotList}>
          {slots.map((slot, index) => {
            const label = formats.dateTime(slot.start, { weekday: true });
            return (
              <li key={slot.id}>
                {label}{' '}
                <button
                  type="button"
                  {...REMOVE_BUTTON}
                  onClick={() => {
                    slotRemoving(index);
                    setSlots(slots.filter((other) => other.id !== slot.id));
                  }}
                >
                  {t('meetings.remove')}
                  <span className="visually-hidden"> {label}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <DateTimeField id="date-poll-slot" kind="date-time" value={slotLocal} onChange={setSlotLocal} error={errors.slot} label={t('meetings.datePoll.slot')} hint={t('meetings.fields.startHint', { zone })} />
        <button type="button" onClick={addSlot}>
          {t('meetings.datePoll.addSlot')}
        </button>
        {errors.slots ? (
          <p className="field-error" id="date-poll-slots-error">
            {t(errors.slots)}
          </p>
        ) : null}
      </fieldset>
      <MemberChecklist
        idPrefix="date-poll-invited"
        legend={t('meetings.fields.invited')}
        members={members}
        selected={new Set(invited.map((member) => member.id))}
        onChange={(id, checked) => setExcluded((current) => (checked ? new Set([...current].filter((other) => other !== id)) : new Set([...current, id])))}
      />
      <FormErrorSummary errors={errors} />
      <button type="submit" className="primary">
        {t('meetings.datePoll.create')}
      </button>
    </form>
  );
}
