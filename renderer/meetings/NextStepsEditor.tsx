import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemMinutes, NextStepSchema, nextStepToAction, updateItemMinutes } from '../../shared/meetings/minutes';
import { parseForm } from '../../shared/validation';
import { AddLineForm } from './AddLineForm';
import { DateTimeField } from '../ui/date-time-field';
import { MemberChecklist } from './meeting-fields';
import { useMeetings } from './meetings-context';
import { namesOf } from './meeting-time';
import { useMinutes } from './minutes-store';

/** Next steps with owners and a deadline; each can become a tracked action item ("Make an action"). */
export function NextStepsEditor({ meetingId, agendaItemId, prefix }: { meetingId: string; agendaItemId: string; prefix: string }) {
  const { t } = useTranslation();
  const { members, zone, formats } = useMeetings();
  const { minutes, locked, save } = useMinutes(meetingId);
  const [owners, setOwners] = useState<ReadonlySet<string>>(new Set());
  const [due, setDue] = useState('');
  const [error, setError] = useState<string>();
  const steps = itemMinutes(minutes, agendaItemId).nextSteps;

  const add = (text: string): string | undefined => {
    const step = parseForm(NextStepSchema, { id: crypto.randomUUID(), text, ownerIds: [...owners], ...(due ? { dueDate: due } : {}) });
    if (!step.ok) return Object.values(step.errors)[0];
    const problem = save(updateItemMinutes(minutes, agendaItemId, { nextSteps: [...steps, step.value] }, new Date()));
    if (!problem) {
      setOwners(new Set());
      setDue('');
    }
    return problem;
  };
  const makeAction = (stepId: string) => {
    const result = nextStepToAction(minutes, agendaItemId, stepId, { actionId: crypto.randomUUID(), dueTimeZone: zone, now: new Date() });
    setError(result.ok ? save({ ok: true, value: result.value.minutes }, result.value.action) : Object.values(result.errors)[0]);
  };

  return (
    <>
      <h6>{t('meetings.minutes.nextSteps')}</h6>
      <ul>
        {steps.map((step) => (
          <li key={step.id}>
            {step.text}
            {step.ownerIds.length > 0 ? <> — {namesOf(members, step.ownerIds)}</> : null}
            {step.dueDate ? <> — {t('meetings.minutes.dueBy', { date: formats.calendarDate(step.dueDate) })}</> : null}{' '}
            {step.actionId ? (
              <span className="facts">({t('meetings.minutes.isAction')})</span>
            ) : step.ownerIds.length === 0 ? (
              <span className="facts">({t('meetings.minutes.needsOwner')})</span>
            ) : locked ? null : (
              <button type="button" onClick={() => makeAction(step.id)}>
                {t('meetings.minutes.makeAction')}
                <span className="visually-hidden"> {step.text}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <p role="alert" className="field-error">
        {error ? t(error) : ''}
      </p>
      {locked ? null : (
        <AddLineForm id={`${prefix}-step`} multiline label={t('meetings.minutes.nextStep')} button={t('meetings.minutes.addNextStep')} onAdd={add}>
          <MemberChecklist
            idPrefix={`${prefix}-step-owner`}
            legend={t('meetings.minutes.owners')}
            members={members}
            selected={owners}
            onChange={(id, checked) => setOwners((current) => (checked ? new Set([...current, id]) : new Set([...current].filter((other) => other !== id))))}
          />
          <DateTimeField id={`${prefix}-step-due`} kind="date" value={due} onChange={setDue} label={t('meetings.minutes.dueDate')} hint={t('meetings.minutes.dueHint', { zone })} />
        </AddLineForm>
      )}
    </>
  );
}
