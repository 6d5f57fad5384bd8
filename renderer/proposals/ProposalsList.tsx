import { useTranslation } from 'react-i18next';
import type { DecisionRecord } from '../../shared/proposals/decision-log';
import type { Proposal } from '../../shared/proposals/proposal';
import { routeHref } from '../app/router';
import { ruleLabel, statusLabel } from './proposal-labels';
import { proposalStatus } from './proposal-records';
import { useFormats } from '../i18n/use-formats';

/** Every proposal, newest first, as a table: a screen reader can move along a row to hear rule, status and closing time. */
export function ProposalsList({
  workspaceId,
  proposals,
  invalidCount,
  records,
  zone,
  now,
}: {
  workspaceId: string;
  proposals: Proposal[];
  invalidCount: number;
  records: readonly DecisionRecord[];
  zone: string;
  now: Date;
}) {
  const { t } = useTranslation();
  const formats = useFormats(zone);
  const sorted = [...proposals].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      {sorted.length === 0 ? <p>{t('proposals.list.none')}</p> : null}
      {sorted.length > 0 ? (
        <table className="proposals-table">
          <caption>{t('proposals.list.caption', { zone })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('proposals.list.title')}</th>
              <th scope="col">{t('proposals.list.rule')}</th>
              <th scope="col">{t('proposals.list.status')}</th>
              <th scope="col">{t('proposals.list.closes')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((proposal) => (
              <tr key={proposal.id}>
                <th scope="row">
                  <a href={routeHref({ name: 'proposal', workspaceId, proposalId: proposal.id })}>{proposal.title}</a>
                </th>
                <td>{ruleLabel(t, proposal.rule)}</td>
                <td>{statusLabel(t, proposalStatus(proposal, records, now), formats)}</td>
                <td>
                  <time dateTime={proposal.closesAt}>{formats.dateTime(proposal.closesAt, { withZone: true })}</time> <span className="relative-time">({formats.relative(proposal.closesAt, now)})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {invalidCount > 0 ? <p className="notice warning">{t('proposals.list.invalid', { count: invalidCount })}</p> : null}
    </>
  );
}
