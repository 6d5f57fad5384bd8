import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMinutesVersion, withLifecycle } from '../../shared/meetings/minutes';
import { approve, circulate, DEFAULT_CIRCULATION_DAYS, withdraw } from '../../shared/meetings/minutes-lifecycle';
import { InputField } from '../ui/fields';
import { useMeetings } from './meetings-context';
import { nameOf, numberOrUndefined } from './meeting-time';
import { useMinutes } from './minutes-store';

/** Draft → circulated for N days of comments → approved and locked; a change after approval is a new version. */
export function MinutesLifecycleControls({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { members, me, zone, formats } = useMeetings();
  const { minutes, save } = useMinutes(meetingId);
  const [days, setDays] = useState(String(DEFAULT_CIRCULATION_DAYS));
  const [error, setError] = useState<string>();
  const lifecycle = minutes.lifecycle;
  const now = new Date();
  const when = (iso: string) => formats.dateTime(iso);
  const step = (result: Parameters<typeof withLifecycle>[1]) => setError(save(withLifecycle(minutes, result, new Date())));

  return (
    <section aria-labelledby="lifecycle-heading">
      <h4 id="lifecycle-heading">{t('meetings.lifecycle.title')}</h4>
      <p role="status">
        {lifecycle.state === 'draft' ? t('meetings.lifecycle.draft') : null}
        {lifecycle.state === 'circulated' ? t('meetings.lifecycle.circulated', { since: when(lifecycle.circulatedAt), until: when(lifecycle.commentsUntil) }) : null}
        {lifecycle.state === 'approved' ? t('meetings.lifecycle.approved', { when: when(lifecycle.approvedAt), by: nameOf(members, lifecycle.approvedBy) }) : null}
      </p>
      {lifecycle.state === 'draft' ? (
        <form
          noValidate
          aria-label={t('meetings.lifecycle.circulate')}
          className="inline-fields"
          onSubmit={(event) => {
            event.preventDefault();
            const period = numberOrUndefined(days);
            step(period === undefined ? { ok: false, errors: { periodDays: 'errors.invalidCirculationPeriod' } } : circulate(lifecycle, new Date(), zone, period));
          }}
        >
          <InputField id="circulation-days" type="number" min={1} max={60} value={days} onChange={setDays} label={t('meetings.lifecycle.days')} />
          <button type="submit">{t('meetings.lifecycle.circulate')}</button>
        </form>
      ) : null}
      {lifecycle.state === 'circulated' ? (
        <div className="button-row">
          {!me ? (
            <p>{t('meetings.lifecycle.membersOnly')}</p>
          ) : now.getTime() < Date.parse(lifecycle.commentsUntil) ? (
            <p>{t('meetings.lifecycle.approveAfter', { until: when(lifecycle.commentsUntil) })}</p>
          ) : (
            <button type="button" className="primary" onClick={() => step(approve(lifecycle, me.id, new Date()))}>
              {t('meetings.lifecycle.approve')}
            </button>
          )}
          <button type="button" onClick={() => step(withdraw(lifecycle))}>
            {t('meetings.lifecycle.withdraw')}
          </button>
        </div>
      ) : null}
      {lifecycle.state === 'approved' ? (
        <button type="button" onClick={() => setError(save(newMinutesVersion(minutes, new Date())))}>
          {t('meetings.lifecycle.newVersion')}
        </button>
      ) : null}
      <p role="alert" className="field-error">
        {error ? t(error) : ''}
      </p>
    </section>
  );
}
