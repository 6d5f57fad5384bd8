import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { TermsStatus } from '../../shared/proposals/proposal-terms';
import type { Tally } from '../../shared/proposals/tally';
import { nameOf } from './proposal-records';
import { useFormats } from '../i18n/use-formats';

/**
 * Which signed wording positions count for, and a warning when the stored terms are not the
 * proposer's: members must never take a position on words the proposer did not sign.
 */
export function TermsStatusNotice({ status }: { status: TermsStatus }) {
  const { t } = useTranslation();
  if (status.kind === 'tampered')
    return (
      <div className="notice warning" role="alert">
        <p className="warning-text">{t('revisions.tampered.text', { reason: t(`revisions.tampered.reasons.${status.why}`) })}</p>
      </div>
    );
  if (status.kind === 'checking') return <p className="notice">{t('revisions.checking')}</p>;
  if (status.kind === 'unsigned') return <p className="notice">{t('revisions.unsigned')}</p>;
  return <p>{t('revisions.current', { revision: status.revision })}</p>;
}

/** Positions given to earlier wording stay visible, grouped by revision, so their authors can renew them. */
export function EarlierRevisionPositions({ tally, members, zone }: { tally: Pick<Tally, 'earlier'>; members: readonly Member[]; zone: string }) {
  const { t } = useTranslation();
  const formats = useFormats(zone);
  const revisions = [...new Set(tally.earlier.map((position) => position.revision))].sort((a, b) => a - b);
  if (revisions.length === 0) return null;
  return (
    <section aria-labelledby="proposal-earlier-heading" className="earlier-revisions">
      <h3 id="proposal-earlier-heading">{t('revisions.earlier.title')}</h3>
      {revisions.map((revision) => (
        <div key={revision}>
          <h4>{t('revisions.earlier.heading', { revision })}</h4>
          <ul>
            {tally.earlier
              .filter((position) => position.revision === revision)
              .map((position) => (
                <li key={position.entryId}>
                  {t('revisions.earlier.entry', { name: nameOf(members, position.memberId), stance: t(`proposals.stances.${position.stance}`) })}{' '}
                  <time dateTime={position.castAt}>{formats.dateTime(position.castAt, { withZone: true })}</time>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
