import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { ProposalState } from '../../shared/proposals/proposal-state';
import { STANCES } from '../../shared/proposals/position';
import { nameOf } from './proposal-records';
import { useFormats } from '../i18n/use-formats';

/** The live tally: counts, who has not responded, the spread across stakeholder groups, and what was not counted and why. */
export function TallyView({ state, members, zone }: { state: ProposalState; members: readonly Member[]; zone: string }) {
  const { t } = useTranslation();
  const formats = useFormats(zone);
  const { tally, evaluation } = state;
  const stance = (value: (typeof STANCES)[number]) => t(`proposals.stances.${value}`);
  return (
    <>
      {/* A polite live region: a peer's position arriving is announced without moving focus. */}
      <p role="status" className="tally-summary">
        {t('proposals.tally.summary', {
          support: tally.counts.support,
          reservations: tally.counts['support-with-reservations'],
          standAside: tally.counts['stand-aside'],
          object: tally.counts.object,
          notResponded: tally.notResponded.length,
        })}{' '}
        {tally.quorum.required > 0 ? t(tally.quorum.met ? 'proposals.tally.quorumMet' : 'proposals.tally.quorumNotMet', tally.quorum) : null}{' '}
        {t(`proposals.verdicts.${evaluation.verdict}`)}
        {evaluation.blockers.length > 0 ? ` ${evaluation.blockers.map((blocker) => t(`proposals.blockers.${blocker}`)).join(t('proposals.ruleText.separator'))}` : null}
      </p>
      <table className="proposals-table tally-table">
        <caption>{t('proposals.tally.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('proposals.tally.stance')}</th>
            <th scope="col">{t('proposals.tally.count')}</th>
            <th scope="col">{t('proposals.tally.who')}</th>
          </tr>
        </thead>
        <tbody>
          {STANCES.map((value) => (
            <tr key={value}>
              <th scope="row">{stance(value)}</th>
              <td>{tally.counts[value]}</td>
              <td>{tally.current.filter((position) => position.stance === value).map((position) => nameOf(members, position.memberId)).join(', ')}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('proposals.tally.notResponded')}</th>
            <td>{tally.notResponded.length}</td>
            <td>{tally.notResponded.map((id) => nameOf(members, id)).join(', ')}</td>
          </tr>
        </tbody>
      </table>
      {tally.byGroup.length > 0 ? (
        <table className="proposals-table">
          <caption>{t('proposals.tally.byGroupCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('proposals.tally.group')}</th>
              <th scope="col">{t('proposals.tally.eligible')}</th>
              {STANCES.map((value) => (
                <th scope="col" key={value}>
                  {stance(value)}
                </th>
              ))}
              <th scope="col">{t('proposals.tally.notResponded')}</th>
            </tr>
          </thead>
          <tbody>
            {tally.byGroup.map((group) => (
              <tr key={group.group}>
                <th scope="row">{t(`stakeholderGroups.${group.group}`)}</th>
                <td>{group.eligible}</td>
                {STANCES.map((value) => (
                  <td key={value}>{group.counts[value]}</td>
                ))}
                <td>{group.notResponded.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {tally.uncounted.length > 0 ? (
        <>
          <h4>{t('proposals.tally.uncountedTitle')}</h4>
          <ul className="uncounted" aria-label={t('proposals.tally.uncountedTitle')}>
            {tally.uncounted.map((position) => (
              <li key={position.entryId}>
                {t('proposals.tally.uncountedItem', {
                  name: nameOf(members, position.memberId),
                  stance: stance(position.stance),
                  when: formats.dateTime(position.castAt, { withZone: true }),
                  why: t(`proposals.uncountedReasons.${position.why}`),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
