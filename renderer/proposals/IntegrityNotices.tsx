import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { DecisionLog } from '../../shared/proposals/decision-log';
import type { IntegrityIssues } from './proposal-records';
import { nameOf } from './proposal-records';
import { useFormats } from '../i18n/use-formats';

/**
 * The trust promise made visible: forged or damaged entries are not counted but are never hidden
 * either, and a position someone removed from the shared record is back, with a note saying so.
 */
export function IntegrityNotices({ issues, rejected, members, zone }: { issues: IntegrityIssues; rejected: DecisionLog['rejected']; members: readonly Member[]; zone: string }) {
  const { t } = useTranslation();
  const formats = useFormats(zone);
  if (issues.notCounted.length === 0 && issues.restored.length === 0 && rejected.length === 0) return null;
  return (
    <div className="notice warning" role="region" aria-label={t('proposals.integrity.label')}>
      {issues.notCounted.length > 0 ? (
        <>
          <p className="warning-text">{t('proposals.integrity.notCounted', { count: issues.notCounted.length })}</p>
          <ul>
            {issues.notCounted.map((entry) => (
              <li key={entry.key}>
                {t('proposals.integrity.entry', {
                  kind: t(`proposals.entryKinds.${entry.kind ?? 'unknown'}`, { defaultValue: t('proposals.entryKinds.unknown') }),
                  author: entry.authorId ? nameOf(members, entry.authorId) : t('proposals.integrity.unknownAuthor'),
                  reason: t(`proposals.unverifiedReasons.${entry.reason}`),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {rejected.length > 0 ? <p className="warning-text">{t('proposals.integrity.rejectedDecisions', { count: rejected.length })}</p> : null}
      {issues.restored.map((flag) => (
        <p key={flag.id} className="warning-text">
          {t(flag.reason === 'altered' ? 'proposals.integrity.alteredRestored' : 'proposals.integrity.removedRestored', {
            kind: t(`proposals.entryKinds.${flag.entryKind}`, { defaultValue: t('proposals.entryKinds.unknown') }),
            author: nameOf(members, flag.authorId),
            when: formats.dateTime(flag.detectedAt, { withZone: true }),
            by: nameOf(members, flag.detectedBy),
          })}
        </p>
      ))}
    </div>
  );
}
