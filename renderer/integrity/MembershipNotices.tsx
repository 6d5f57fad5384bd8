import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { IntegritySnapshot } from './workspace-integrity';

/**
 * What the membership log does not (yet) back, said plainly: members whose signatures rest on a
 * published key alone, and concurrent membership changes that lost.
 */
export function MembershipNotices({ snapshot, members }: { snapshot: Pick<IntegritySnapshot, 'unadmitted' | 'membership'>; members: readonly Member[] }) {
  const { t } = useTranslation();
  const conflicts = snapshot.membership?.conflicts.length ?? 0;
  if (snapshot.unadmitted.length === 0 && conflicts === 0) return null;
  const names = snapshot.unadmitted.map((id) => members.find((member) => member.id === id)?.name ?? id).join(', ');
  return (
    <div className="notice" role="note" aria-label={t('trust.unadmitted.label')}>
      {snapshot.unadmitted.length > 0 ? <p>{t('trust.unadmitted.text', { count: snapshot.unadmitted.length, names })}</p> : null}
      {conflicts > 0 ? <p>{t('trust.conflicts.text', { count: conflicts })}</p> : null}
    </div>
  );
}
