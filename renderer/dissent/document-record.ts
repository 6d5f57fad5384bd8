import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import type { ExportRecord } from '../../shared/dissent/export-annex';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import type { DecisionRecord } from '../../shared/proposals/decision-log';
import { documentAmendments } from '../../shared/proposals/passage-amendment';
import type { Proposal } from '../../shared/proposals/proposal';

/**
 * The document's lifecycle as exports print it: status, last change, and every standing decision
 * on its proposals, with the change each adopted passage proposal made to the text.
 */
export function documentRecord(meta: DocumentMeta, proposals: readonly Proposal[], records: readonly DecisionRecord[], t: TFunction, ydoc: Y.Doc): ExportRecord {
  const titles = new Map(proposals.map((proposal) => [proposal.id, proposal.title]));
  const changes = new Map(documentAmendments(ydoc, meta.id, { decisions: records, proposals }).applied.map(({ amendment }) => [amendment.decisionId, amendment]));
  return {
    status: t(`documentStatuses.${meta.status}`),
    updatedOn: meta.updatedAt.slice(0, 10),
    updatedBy: meta.updatedBy.name,
    decisions: records
      .filter((record) => titles.has(record.proposalId) && record.status !== 'superseded')
      .sort((a, b) => Date.parse(a.decidedAt) - Date.parse(b.decidedAt))
      .map((record) => {
        const change = changes.get(record.id);
        return {
          proposalTitle: titles.get(record.proposalId) ?? '',
          outcome: t(`proposals.outcomes.${record.outcome}`),
          status: t(`proposals.decisionStatus.${record.status}`),
          decidedOn: record.decidedAt.slice(0, 10),
          summary: record.content.summary,
          ...(change ? { textChange: t('proposals.amendment.exportChange', { replaced: change.replaced, text: change.text }) } : {}),
        };
      }),
  };
}
