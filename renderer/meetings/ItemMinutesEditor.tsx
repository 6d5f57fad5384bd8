import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../shared/meetings/agenda';
import { DECISION_STATUSES, itemMinutes, updateItemMinutes, type ItemMinutes } from '../../shared/meetings/minutes';
import { TextField } from '../ui/fields';
import { AddLineForm } from './AddLineForm';
import { useMinutes } from './minutes-store';
import { NextStepsEditor } from './NextStepsEditor';
import { REMOVE_BUTTON, useFocusAfterRemove } from '../ui/use-focus-after-remove';

type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** One agenda item's minutes: an opening summary, key points raised, decisions, next steps. */
export function ItemMinutesEditor({ meetingId, item, number }: { meetingId: string; item: AgendaItem; number: number }) {
  const { t } = useTranslation();
  const { list: pointList, heading: pointHeading, removing: pointRemoving } = useFocusAfterRemove<HTMLUListElement, HTMLHeadingElement>();
  const { minutes, locked, save } = useMinutes(meetingId);
  const notes = itemMinutes(minutes, item.id);
  const [summary, setSummary] = useState(notes.summary);
  const [status, setStatus] = useState<DecisionStatus>('provisional');
  const [error, setError] = useState<string>();
  const patch = (change: Partial<Omit<ItemMinutes, 'agendaItemId'>>): string | undefined => save(updateItemMinutes(minutes, item.id, change, new Date()));
  const prefix = `minutes-${item.id}`;
  return (
    <div className="minutes-block" role="group" aria-labelledby={`${prefix}-heading`} data-search-item={item.id}>
      <h5 id={`${prefix}-heading`}>
        {number}. {item.title}
      </h5>
      {locked ? (
        notes.summary ? <p>{notes.summary}</p> : null
      ) : (
        <form
          noValidate
          aria-label={t('meetings.minutes.summaryFor', { title: item.title })}
          onSubmit={(event) => {
            event.preventDefault();
            setError(patch({ summary }));
          }}
        >
          <TextField id={`${prefix}-summary`} multiline value={summary} onChange={setSummary} error={error} label={t('meetings.minutes.summary')} />
          <button type="submit">{t('meetings.minutes.saveSummary')}</button>
        </form>
      )}
      <h6 ref={pointHeading} tabIndex={-1}>
        {t('meetings.minutes.keyPoints')}
      </h6>
      <ul ref={pointList}>
        {notes.keyPoints.map((point, index) => (
          <li key={`${index}-${point}`}>
            {point}{' '}
            {locked ? null : (
              <button
                type="button"
                {...REMOVE_BUTTON}
                onClick={() => {
                  pointRemoving(index);
                  setError(patch({ keyPoints: notes.keyPoints.filter((_, other) => other !== index) }));
                }}
              >
                {t('meetings.remove')}
                <span className="visually-hidden"> {point}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {locked ? null : (
        <AddLineForm id={`${prefix}-point`} multiline label={t('meetings.minutes.keyPoint')} button={t('meetings.minutes.addKeyPoint')} onAdd={(text) => patch({ keyPoints: [...notes.keyPoints, text] })} />
      )}
      <h6>{t('meetings.minutes.decisions')}</h6>
      <ul>
        {notes.decisions.map((decision) => (
          <li key={decision.id}>
            {decision.text} <span className="facts">({t(`meetings.minutes.decisionStatus.${decision.status}`)})</span>{' '}
            {locked || decision.status === 'final' ? null : (
              <button type="button" onClick={() => setError(patch({ decisions: notes.decisions.map((other) => (other.id === decision.id ? { ...other, status: 'final' } : other)) }))}>
                {t('meetings.minutes.markFinal')}
                <span className="visually-hidden"> {decision.text}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {locked ? null : (
        <AddLineForm
          id={`${prefix}-decision`}
          label={t('meetings.minutes.decision')}
          button={t('meetings.minutes.addDecision')}
          onAdd={(text) => patch({ decisions: [...notes.decisions, { id: crypto.randomUUID(), text, status }] })}
        >
          <fieldset className="inline-radios">
            <legend>{t('meetings.minutes.decisionStatusLabel')}</legend>
            {DECISION_STATUSES.map((value) => (
              <label key={value}>
                <input type="radio" name={`${prefix}-decision-status`} checked={status === value} onChange={() => setStatus(value)} />{' '}
                {t(`meetings.minutes.decisionStatus.${value}`)}
              </label>
            ))}
          </fieldset>
        </AddLineForm>
      )}
      <NextStepsEditor meetingId={meetingId} agendaItemId={item.id} prefix={prefix} />
      <p role="alert" className="field-error">
        {error ? t(error) : ''}
      </p>
    </div>
  );
}
