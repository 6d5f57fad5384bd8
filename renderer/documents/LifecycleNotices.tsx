import { useTranslation } from 'react-i18next';
import type { IgnoredTransition } from '../../shared/documents/lifecycle-log';
import type { UnverifiedEntry } from '../../shared/integrity/verify-entry';
import type { Member } from '../../shared/members/member';
import { nameOf } from '../proposals/proposal-records';

/**
 * Stage changes that do not count, and why: a forged or unauthorised "adopted" is never applied,
 * and never hidden either — the same promise the integrity layer makes for positions.
 */
export function LifecycleNotices({ ignored, unverified, members }: { ignored: readonly IgnoredTransition[]; unverified: readonly UnverifiedEntry[]; members: readonly Member[] }) {
  const { t } = useTranslation();
  if (ignored.length === 0 && unverified.length === 0) return null;
  return (
    <div className="notice warning" role="region" aria-label={t('lifecycle.integrityLabel')}>
      {unverified.length > 0 ? (
        <>
          <p className="warning-text">{t('lifecycle.unverified', { count: unverified.length })}</p>
          <ul>
            {unverified.map((entry) => (
              <li key={entry.key}>
                {t('lifecycle.unverifiedEntry', {
                  author: entry.authorId ? nameOf(members, entry.authorId) : t('proposals.integrity.unknownAuthor'),
                  reason: t(`proposals.unverifiedReasons.${entry.reason}`),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {ignored.length > 0 ? (
        <>
          <p className="warning-text">{t('lifecycle.ignored', { count: ignored.length })}</p>
          <ul>
            {ignored.map((entry) => (
              <li key={entry.id}>{t(`lifecycle.ignoredReasons.${entry.reason}`, { name: nameOf(members, entry.authorId), stage: t(`lifecycle.stages.${entry.to}`) })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
