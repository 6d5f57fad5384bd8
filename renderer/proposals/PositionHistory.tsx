import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import { positionHistory, type Tally } from '../../shared/proposals/tally';
import { nameOf } from './proposal-records';
import { useFormats } from '../i18n/use-formats';

/**
 * Every position each member took, oldest first, counted or not: changing one's mind is normal and
 * visible, so nobody can claim a member said something they did not. Collapsed per member.
 */
export function PositionHistory({ tally, members, zone }: { tally: Tally; members: readonly Member[]; zone: string }) {
  const { t } = useTranslation();
  const formats = useFormats(zone);
  const memberIds = [...new Set([...tally.history, ...tally.uncounted].map((position) => position.memberId))];
  if (memberIds.length === 0) return <p>{t('proposals.history.none')}</p>;
  return (
    <div className="position-history">
      {memberIds.map((memberId) => {
        const positions = positionHistory(tally, memberId);
        return (
          <details key={memberId}>
            <summary>{t('proposals.history.summary', { name: nameOf(members, memberId), count: positions.length })}</summary>
            <ol>
              {positions.map((position) => (
                <li key={position.entryId} data-search-item={position.entryId}>
                  <time dateTime={position.castAt}>{formats.dateTime(position.castAt, { withZone: true })}</time>
                  {': '}
                  <strong>{t(`proposals.stances.${position.stance}`)}</strong>
                  {'reason' in position && position.reason ? ` — ${position.reason}` : null}
                  {'why' in position ? ` (${t('proposals.history.notCounted', { why: t(`proposals.uncountedReasons.${position.why}`) })})` : null}
                  {'arrivedLate' in position && position.arrivedLate ? ` (${t('proposals.history.arrivedLate')})` : null}
                </li>
              ))}
            </ol>
          </details>
        );
      })}
    </div>
  );
}
