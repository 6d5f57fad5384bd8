import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { DECISION_STATUSES, queryDecisionLog, type DecisionRecord, type DecisionStatus } from '../../shared/proposals/decision-log';
import type { Proposal } from '../../shared/proposals/proposal';
import { routeHref } from '../app/router';
import { SelectField } from '../ui/fields';
import { DateTimeField } from '../ui/date-time-field';
import { dayBoundary } from './proposal-time';
import { useFormats } from '../i18n/use-formats';

type StatusFilter = DecisionStatus | 'all';

/** Every recorded decision, filtered by status and by the day it was taken (days on the viewer's clock). */
export function DecisionsLog({
  workspaceId,
  records,
  proposals,
  documents,
  zone,
}: {
  workspaceId: string;
  records: readonly DecisionRecord[];
  proposals: readonly Proposal[];
  documents: readonly DocumentMeta[];
  zone: string;
}) {
  const { t } = useTranslation();
  const formats = useFormats(zone);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const shown = queryDecisionLog(records, {
    statuses: status === 'all' ? undefined : [status],
    from: dayBoundary(from, zone, 'start'),
    to: dayBoundary(to, zone, 'end'),
  });
  const proposalById = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  const documentTitle = (id: string) => documents.find((meta) => meta.id === id)?.title;
  return (
    <>
      <div role="search" className="log-filters" aria-label={t('proposals.log.filters')}>
        <SelectField<StatusFilter>
          id="decisions-log-status"
          label={t('proposals.log.status')}
          value={status}
          options={[{ value: 'all', label: t('proposals.log.allStatuses') }, ...DECISION_STATUSES.map((value) => ({ value, label: t(`proposals.decisionStatus.${value}`) }))]}
          onChange={setStatus}
        />
        <DateTimeField id="decisions-log-from" kind="date" label={t('proposals.log.from')} value={from} onChange={setFrom} />
        <DateTimeField id="decisions-log-to" kind="date" label={t('proposals.log.to')} value={to} onChange={setTo} />
      </div>
      <p role="status">{t('proposals.log.count', { count: shown.length, total: records.length })}</p>
      {shown.length > 0 ? (
        <table className="proposals-table">
          <caption>{t('proposals.log.caption', { zone })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('proposals.log.proposal')}</th>
              <th scope="col">{t('proposals.log.decidedAt')}</th>
              <th scope="col">{t('proposals.log.document')}</th>
              <th scope="col">{t('proposals.log.outcome')}</th>
              <th scope="col">{t('proposals.log.status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((record) => {
              const proposal = proposalById.get(record.proposalId);
              const target = proposal?.target;
              return (
                <tr key={record.id}>
                  <th scope="row">
                    {proposal ? (
                      <a href={routeHref({ name: 'proposal', workspaceId, proposalId: proposal.id })}>{proposal.title}</a>
                    ) : (
                      t('proposals.log.unknownProposal')
                    )}
                  </th>
                  <td>
                    <time dateTime={record.decidedAt}>{formats.dateTime(record.decidedAt, { withZone: true })}</time>
                  </td>
                  <td>
                    {target && target.kind !== 'standalone' ? (
                      <a href={routeHref({ name: 'document', workspaceId, documentId: target.documentId })}>{documentTitle(target.documentId) ?? t('proposals.log.unknownDocument')}</a>
                    ) : (
                      t('proposals.log.noDocument')
                    )}
                  </td>
                  <td>{t(`proposals.outcomes.${record.outcome}`)}</td>
                  <td>{t(`proposals.decisionStatus.${record.status}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
