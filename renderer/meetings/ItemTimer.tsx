import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../shared/meetings/agenda';
import { useMeetings } from './meetings-context';

/** The chair's timer for the item under discussion: time left in its time box, then time over. */
export function ItemTimer({ agenda }: { agenda: readonly AgendaItem[] }) {
  const { t } = useTranslation();
  const { formats } = useMeetings();
  const [running, setRunning] = useState<{ itemId: string; startedAt: number }>();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  if (agenda.length === 0) return null;
  const item = running ? agenda.find((candidate) => candidate.id === running.itemId) : undefined;
  const left = item && running ? item.timeBoxMinutes * 60 - (now - running.startedAt) / 1000 : undefined;

  return (
    <section aria-labelledby="item-timer-heading">
      <h4 id="item-timer-heading">{t('meetings.timer.title')}</h4>
      <div className="button-row">
        {agenda.map((candidate) => (
          <button
            key={candidate.id}
            type="button"
            aria-pressed={running?.itemId === candidate.id}
            onClick={() => {
              setNow(Date.now());
              setRunning({ itemId: candidate.id, startedAt: Date.now() });
            }}
          >
            {t('meetings.timer.start', { title: candidate.title })}
          </button>
        ))}
        {running ? (
          <button type="button" onClick={() => setRunning(undefined)}>
            {t('meetings.timer.stop')}
          </button>
        ) : null}
      </div>
      {item && left !== undefined ? (
        // role="timer" is not announced every second; the over-time change is, through the class and text.
        <p role="timer" aria-label={t('meetings.timer.label', { title: item.title })} className={left < 0 ? 'timer over' : 'timer'}>
          {left >= 0 ? t('meetings.timer.left', { time: formats.clock(left) }) : t('meetings.timer.over', { time: formats.clock(left) })}
        </p>
      ) : null}
    </section>
  );
}
