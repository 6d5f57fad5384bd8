import type { TFunction } from 'i18next';
import type { ExportRecord } from '../../shared/dissent/export-annex';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import type { DecisionRecord } from '../../shared/proposals/decision-log';
import type { Proposal } from '../../shared/proposals/proposal';

/** The document's lifecycle as exports print it: status, last change, and every standing decision on its proposals. */
export function documentRecord(meta: DocumentMeta, proposals: readonly Proposal[], records: readonly DecisionRecord[], t: TFunction): ExportRecord {
  const titles = new Map(proposals.map((proposal) => [proposal.id, proposal.title]));
  return {
    status: t(`documentStatuses.${meta.status}`),
    updatedOn: meta.updatedAt.slice(0, 10),
    updatedBy: meta.updatedBy.name,
    decisions: records
      .filter((record) => titles.has(record.proposalId) && record.status !== 'superseded')
      .sort((a, b) => Date.parse(a.decidedAt) - Date.parse(b.decidedAt))
      .map((record) => ({
        proposalTitle: titles.get(record.proposalId) ?? '',
        outcome: t(`proposals.outcomes.${record.outcome}`),
        status: t(`proposals.decisionStatus.${record.status}`),
        decidedOn: record.decidedAt.slice(0, 10),
        summary: record.content.summary,
      })),
  };
}
