import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canChangeActionStatus, canMarkActionDone, dueForOwner, isOverdue, setActionStatus, type ActionItem, type ActionStatus } from '../../shared/meetings/action-item';
import { ScreenHeading } from './meeting-fields';
import { useMeetings } from './meetings-context';
import { nameOf } from './meeting-time';

// `as const`: the keys stay literal, so the i18n key test checks each of them.
const STATUS_KEYS = {
  open: 'meetings.actions.status.open',
  'in-progress': 'meetings.actions.status.inProgress',
  done: 'meetings.actions.status.done',
  cancelled: 'meetings.actions.status.cancelled',
} as const satisfies Record<ActionStatus, string>;

/** Every action item of the workspace: open ones first by deadline, each deadline on its owner's own clock. */
export function ActionsView() {
  const { t } = useTranslation();
  const { doc, members, me, go } = useMeetings();
  const [error, setError] = useState<string>();
  const parsed = doc.actions();
  const now = new Date();
  const finished = (action: ActionItem) => action.status === 'done' || action.status === 'cancelled';
  const actions = [...parsed.valid].sort(
    (a, b) => Number(finished(a)) - Number(finished(b)) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt.localeCompare(b.createdAt),
  );
  const actor = me ? { memberId: me.id, role: me.role } : undefined;
  const change = (action: ActionItem, status: ActionStatus) => {
    if (!actor) return;
    const result = setActionStatus(action, status, actor, new Date());
    if (result.ok) doc.putAction(result.value);
    setError(result.ok ? undefined : Object.values(result.errors)[0]);
  };

  return (
    <>
      <ScreenHeading>{t('meetings.actions.title')}</ScreenHeading>
      {parsed.invalid.length > 0 ? <p role="note">{t('meetings.invalidRecords', { count: parsed.invalid.length })}</p> : null}
      <p className="hint">{t('meetings.actions.rule')}</p>
      {actions.length === 0 ? (
        <p>{t('meetings.actions.none')}</p>
      ) : (
        <table className="meetings-table actions-table">
          <caption className="visually-hidden">{t('meetings.actions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('meetings.actions.description')}</th>
              <th scope="col">{t('meetings.actions.owners')}</th>
              <th scope="col">{t('meetings.actions.due')}</th>
              <th scope="col">{t('meetings.actions.statusLabel')}</th>
              <th scope="col">{t('meetings.actions.change')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => {
              const overdue = isOverdue(action, now);
              const meeting = action.meetingId ? doc.meeting(action.meetingId) : undefined;
              return (
                <tr key={action.id} className={overdue ? 'overdue' : undefined} data-search-item={action.id}>
                  <th scope="row">
                    {action.description}
                    {meeting ? (
                      <div className="facts">
                        {t('meetings.actions.from')}{' '}
                        <button type="button" className="link-button" onClick={() => go({ name: 'meeting', meetingId: meeting.id })}>
                          {meeting.title}
                        </button>
                      </div>
                    ) : null}
                  </th>
                  <td>{action.ownerIds.map((id) => nameOf(members, id)).join(', ')}</td>
                  <td>
                    <DueCell action={action} />
                  </td>
                  <td>
                    {t(STATUS_KEYS[action.status])}
                    {overdue ? <strong className="overdue-flag"> {t('meetings.actions.overdue')}</strong> : null}
                  </td>
                  <td>
                    {actor && canMarkActionDone(action, actor) ? (
                      <button type="button" onClick={() => change(action, 'done')}>
                        {t('meetings.actions.markDone')}
                        <span className="visually-hidden"> {action.description}</span>
                      </button>
                    ) : actor && action.status === 'done' && canChangeActionStatus(action, actor) ? (
                      <button type="button" onClick={() => change(action, 'open')}>
                        {t('meetings.actions.reopen')}
                        <span className="visually-hidden"> {action.description}</span>
                      </button>
                    ) : action.status === 'done' ? null : (
                      <span className="facts">{t('meetings.actions.onlyOwners')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p role="alert" className="field-error">
        {error ? t(error) : ''}
      </p>
    </>
  );
}

/** The due date as set, then the moment it passes on each owner's clock. */
function DueCell({ action }: { action: ActionItem }) {
  const { t } = useTranslation();
  const { members, formats } = useMeetings();
  if (!action.dueDate) return <>{t('meetings.actions.noDue')}</>;
  return (
    <>
      {t('meetings.actions.dueSet', { date: formats.calendarDate(action.dueDate), zone: action.dueTimeZone })}
      <ul className="due-list">
        {action.ownerIds.map((id) => {
          const owner = members.find((member) => member.id === id);
          const zone = owner?.timeZone ?? action.dueTimeZone;
          const due = dueForOwner(action, zone);
          return due ? <li key={id}>{t('meetings.actions.dueFor', { name: nameOf(members, id), when: formats.dateTime(due, { zone }), zone })}</li> : null;
        })}
      </ul>
    </>
  );
}
