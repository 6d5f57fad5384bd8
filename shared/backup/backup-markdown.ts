import { escapeMarkdown, escapeMarkdownInline } from '../markdown-escape';
import type { WorkspaceBackup } from './workspace-backup';

/** Headings and words of the Markdown files in a backup, in the exporter's language. */
export interface BackupMarkdownLabels {
  decisions: string;
  proposals: string;
  views: string;
  meetings: string;
  positions: string;
  none: string;
  noMinutes: string;
  withdrawn: string;
}

type Names = (memberId: string) => string;

const inline = escapeMarkdownInline;

function section(title: string, items: readonly string[], none: string): string {
  return `${[`# ${inline(title)}`, '', ...(items.length > 0 ? items : [none, ''])].join('\n').trimEnd()}\n`;
}

export function decisionsMarkdown(backup: WorkspaceBackup, labels: BackupMarkdownLabels, nameOf: Names): string {
  const titles = new Map(backup.proposals.map((proposal) => [proposal.id, proposal.title]));
  const items = backup.decisions.map((decision) =>
    [`## ${inline(titles.get(decision.proposalId) ?? decision.proposalId)}`, '', `- ${inline(decision.outcome)} · ${inline(decision.status)} · ${inline(nameOf(decision.decidedBy))} · ${decision.decidedAt}`, '', escapeMarkdown(decision.summary), ''].join('\n'),
  );
  return section(labels.decisions, items, labels.none);
}

export function proposalsMarkdown(backup: WorkspaceBackup, labels: BackupMarkdownLabels, nameOf: Names): string {
  const items = backup.proposals.map((proposal) =>
    [
      `## ${inline(proposal.title)}`,
      '',
      `${proposal.opensAt} – ${proposal.closesAt}`,
      '',
      escapeMarkdown(proposal.text),
      '',
      `### ${inline(labels.positions)}`,
      '',
      ...(proposal.positions.length > 0 ? proposal.positions.map((position) => `- ${inline(nameOf(position.memberId))}: ${inline(position.stance)}${position.reason ? ` — ${inline(position.reason)}` : ''}`) : [labels.none]),
      '',
    ].join('\n'),
  );
  return section(labels.proposals, items, labels.none);
}

export function viewsMarkdown(backup: WorkspaceBackup, labels: BackupMarkdownLabels, nameOf: Names): string {
  const items = backup.views.map((view) =>
    [
      `## ${inline(view.title)}`,
      '',
      `- ${inline(view.kind)} · ${inline([view.authorId, ...view.coSignerIds].map(nameOf).join(', '))} · ${view.createdAt}${view.withdrawn ? ` · ${inline(labels.withdrawn)}` : ''}`,
      '',
      escapeMarkdown(view.text),
      '',
    ].join('\n'),
  );
  return section(labels.views, items, labels.none);
}

export function meetingsMarkdown(backup: WorkspaceBackup, labels: BackupMarkdownLabels): string {
  const items = backup.meetings.map((meeting) => {
    // The summary is already Markdown (summary-markdown.ts): its headings move down under the meeting's.
    const minutes = meeting.minutesMarkdown ? meeting.minutesMarkdown.replace(/^(#+) /gm, '$1## ') : labels.noMinutes;
    return [`## ${inline(meeting.title)}`, '', meeting.startsAt ?? '', '', minutes, ''].join('\n');
  });
  return section(labels.meetings, items, labels.none);
}
