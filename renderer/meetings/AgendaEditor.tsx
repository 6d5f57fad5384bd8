import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaTiming, moveAgendaItem, removeAgendaItem, type AgendaItem } from '../../shared/meetings/agenda';
import { updateMeeting, type Meeting } from '../../shared/meetings/meeting';
import { AgendaItemForm } from './AgendaItemForm';
import { useMeetings } from './meetings-context';
import { nameOf } from './meeting-time';
import { REMOVE_BUTTON, useFocusAfterRemove } from '../ui/use-focus-after-remove';

/** Agenda items with lead and time box, reordered by buttons (keyboard first), and the total against the meeting. */
export function AgendaEditor({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { list, heading, removing } = useFocusAfterRemove<HTMLTableElement, HTMLHeadingElement>();
  const { doc, members, zone, formats } = useMeetings();
  const [error, setError] = useState<string>();
  // Drag and drop for pointer users; the Move buttons do the same from the keyboard.
  const [dragged, setDragged] = useState<string>();
  const [dropIndex, setDropIndex] = useState<number>();
  const focusId = useRef<string | undefined>(undefined);
  const agenda = meeting.agenda;
  const timing = agendaTiming(agenda, meeting.durationMinutes);

  // A moved row's button keeps focus on the item that moved; at either end the other direction takes it.
  useEffect(() => {
    const id = focusId.current;
    if (!id) return;
    focusId.current = undefined;
    const other = id.endsWith('-up') ? id.replace(/-up$/, '-down') : id.replace(/-down$/, '-up');
    (document.getElementById(id) ?? document.getElementById(other))?.focus();
  });

  const save = (items: AgendaItem[]): boolean => {
    const result = updateMeeting(meeting, { agenda: items }, new Date());
    setError(result.ok ? undefined : (Object.values(result.errors)[0] ?? 'errors.invalid'));
    if (result.ok) doc.putMeeting(result.value);
    return result.ok;
  };
  const move = (item: AgendaItem, index: number, by: -1 | 1) => {
    focusId.current = `agenda-${item.id}-${by < 0 ? 'up' : 'down'}`;
    if (!save(moveAgendaItem(agenda, item.id, index + by))) focusId.current = undefined;
  };

  return (
    <section aria-labelledby="agenda-heading">
      <h4 id="agenda-heading" ref={heading} tabIndex={-1}>{t('meetings.agenda.title')}</h4>
      {agenda.length === 0 ? (
        <p>{t('meetings.agenda.none')}</p>
      ) : (
        <table className="meetings-table agenda-table" ref={list}>
          <caption>{t('meetings.agenda.caption', { zone })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meetings.agenda.number')}</th>
              <th scope="col">{t('meetings.agenda.item')}</th>
              <th scope="col">{t('meetings.agenda.lead')}</th>
              <th scope="col">{t('meetings.agenda.timeBox')}</th>
              <th scope="col">{t('meetings.agenda.starts')}</th>
              <th scope="col">{t('meetings.agenda.order')}</th>
            </tr>
          </thead>
          <tbody>
            {agenda.map((item, index) => {
              const offset = timing.startOffsets.find((entry) => entry.id === item.id)?.minutes ?? 0;
              const startsAt = new Date(Date.parse(meeting.start) + offset * 60_000);
              return (
                <tr
                  key={item.id}
                  draggable
                  className={dropIndex === index && dragged !== item.id ? 'drop-target' : undefined}
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = 'move';
                    setDragged(item.id);
                  }}
                  onDragOver={(event) => {
                    if (!dragged) return;
                    event.preventDefault();
                    setDropIndex(index);
                  }}
                  onDragEnd={() => {
                    setDragged(undefined);
                    setDropIndex(undefined);
                  }}
                  onDrop={(event) => {
                    event.preventDefault();
                    if (dragged && dragged !== item.id) save(moveAgendaItem(agenda, dragged, index));
                    setDragged(undefined);
                    setDropIndex(undefined);
                  }}
                >
                  <td>{index + 1}</td>
                  <th scope="row">{item.title}</th>
                  <td>{item.leadMemberId ? nameOf(members, item.leadMemberId) : t('meetings.agenda.noLead')}</td>
                  <td>{formats.duration(item.timeBoxMinutes)}</td>
                  <td>{formats.time(startsAt)}</td>
                  <td className="button-row">
                    {index > 0 ? (
                      <button type="button" id={`agenda-${item.id}-up`} onClick={() => move(item, index, -1)}>
                        {t('meetings.agenda.moveUp')}
                        <span className="visually-hidden"> {item.title}</span>
                      </button>
                    ) : null}
                    {index < agenda.length - 1 ? (
                      <button type="button" id={`agenda-${item.id}-down`} onClick={() => move(item, index, 1)}>
                        {t('meetings.agenda.moveDown')}
                        <span className="visually-hidden"> {item.title}</span>
                      </button>
                    ) : null}
                    <button
                      type="button"
                      {...REMOVE_BUTTON}
                      onClick={() => {
                        removing(index);
                        save(removeAgendaItem(agenda, item.id));
                      }}
                    >
                      {t('meetings.remove')}
                      <span className="visually-hidden"> {item.title}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p role="status" className={timing.fits ? undefined : 'warning-text'}>
        {timing.fits
          ? t('meetings.agenda.fits', { total: timing.totalMinutes, length: timing.meetingMinutes, spare: timing.spareMinutes })
          : t('meetings.agenda.overrun', { total: timing.totalMinutes, length: timing.meetingMinutes, over: timing.overrunMinutes })}
      </p>
      <p role="alert" className="field-error">
        {error ? t(error) : ''}
      </p>
      <AgendaItemForm onAdd={(item) => save([...agenda, item])} />
    </section>
  );
}
