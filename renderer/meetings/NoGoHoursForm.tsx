import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_NO_GO_HOURS, NoGoHoursSchema } from '../../shared/meetings/no-go-hours';
import { parseForm, type FieldErrors } from '../../shared/validation';
import { DateTimeField } from '../ui/date-time-field';
import { useMeetings } from './meetings-context';

/** The current member's own no-go hours; planners see meetings in them flagged as night for this member. */
export function NoGoHoursForm() {
  const { t } = useTranslation();
  const { doc, me, formats } = useMeetings();
  const stored = me ? doc.noGoHours().valid[me.id] : undefined;
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...(stored ?? DEFAULT_NO_GO_HOURS) }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState('');
  if (!me) return <p>{t('meetings.noGo.viewer')}</p>;
  const current = stored ?? DEFAULT_NO_GO_HOURS;
  const field = (name: 'from' | 'until') => ({
    id: `no-go-${name}`,
    value: values[name] ?? '',
    error: errors[name],
    onChange: (value: string) => setValues((previous) => ({ ...previous, [name]: value })),
  });
  return (
    <form
      noValidate
      aria-label={t('meetings.noGo.title')}
      className="inline-fields"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseForm(NoGoHoursSchema, values);
        setErrors(parsed.ok ? {} : parsed.errors);
        if (!parsed.ok) return;
        doc.setNoGoHours(me.id, parsed.value);
        setSaved(t('meetings.noGo.saved', { from: formats.wallTime(parsed.value.from), until: formats.wallTime(parsed.value.until) }));
      }}
    >
      <p>{t('meetings.noGo.current', { from: formats.wallTime(current.from), until: formats.wallTime(current.until), zone: me.timeZone })}</p>
      <DateTimeField {...field('from')} kind="time" label={t('meetings.noGo.from')} />
      <DateTimeField {...field('until')} kind="time" label={t('meetings.noGo.until')} />
      <button type="submit">{t('meetings.noGo.save')}</button>
      <p role="status">{saved}</p>
    </form>
  );
}
