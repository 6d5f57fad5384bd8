import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaItemSchema, type AgendaItem } from '../../shared/meetings/agenda';
import { parseForm, type FieldErrors } from '../../shared/validation';
import { SelectField, TextField } from '../ui/fields';
import { InputField } from '../ui/fields';
import { useMeetings } from './meetings-context';
import { numberOrUndefined } from './meeting-time';

const NO_LEAD = '-';

export function AgendaItemForm({ onAdd }: { onAdd: (item: AgendaItem) => boolean }) {
  const { t } = useTranslation();
  const { members } = useMeetings();
  const [title, setTitle] = useState('');
  const [lead, setLead] = useState(NO_LEAD);
  const [minutes, setMinutes] = useState('15');
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <form
      noValidate
      aria-label={t('meetings.agenda.addTitle')}
      className="inline-fields"
      onSubmit={(event) => {
        event.preventDefault();
        const input = { id: crypto.randomUUID(), title, timeBoxMinutes: numberOrUndefined(minutes), ...(lead === NO_LEAD ? {} : { leadMemberId: lead }) };
        const parsed = parseForm(AgendaItemSchema, input);
        setErrors(parsed.ok ? {} : parsed.errors);
        if (parsed.ok && onAdd(parsed.value)) setTitle('');
      }}
    >
      <TextField id="agenda-title" value={title} onChange={setTitle} error={errors.title} label={t('meetings.agenda.item')} required />
      <SelectField
        id="agenda-lead"
        value={lead}
        onChange={setLead}
        label={t('meetings.agenda.lead')}
        options={[{ value: NO_LEAD, label: t('meetings.agenda.noLead') }, ...members.map((member) => ({ value: member.id, label: member.name }))]}
      />
      <InputField id="agenda-minutes" type="number" min={1} value={minutes} onChange={setMinutes} error={errors.timeBoxMinutes} label={t('meetings.agenda.timeBoxMinutes')} required />
      <button type="submit">{t('meetings.agenda.add')}</button>
    </form>
  );
}
