import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { RemovalFlag } from '../../shared/integrity/removal-flag';
import type { TamperReport } from '../../shared/integrity/tamper-report';
import { useFormats } from '../i18n/use-formats';

/**
 * What was removed or altered, and who says so: this device's own findings as fact, other
 * members' signed reports as their claim. Neither comes from a record a peer can delete.
 */
export function EvidenceNotices({ flags, reports, members }: { flags: readonly RemovalFlag[]; reports: readonly TamperReport[]; members: readonly Member[] }) {
  const { t } = useTranslation();
  // This device's own clock: the notices are this device's findings.
  const formats = useFormats();
  const name = (id: string) => members.find((member) => member.id === id)?.name ?? id;
  const when = (iso: string) => formats.dateTime(iso, { withZone: true });
  const kind = (value: string) => t(`evidence.kinds.${value}`, { defaultValue: t('evidence.kinds.unknown') });
  return (
    <>
      {flags.length > 0 ? (
        <div className="notice warning" role="alert">
          <p>{t('integrity.restored', { count: flags.length })}</p>
          <ul>
            {flags.map((flag) => (
              <li key={flag.id}>
                {t('evidence.noticed', { kind: kind(flag.entryKind), author: name(flag.authorId), change: t(`evidence.changes.${flag.reason}`), when: when(flag.detectedAt) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {reports.length > 0 ? (
        <div className="notice" role="region" aria-label={t('evidence.reportsLabel')}>
          <p>{t('evidence.reportsIntro')}</p>
          <ul>
            {reports.map((report) => (
              <li key={report.reportId}>
                {t('evidence.reported', {
                  reporter: name(report.reporterId),
                  when: when(report.reportedAt),
                  kind: kind(report.entryKind),
                  author: name(report.entryAuthorId),
                  change: t(`evidence.changes.${report.reason}`),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
