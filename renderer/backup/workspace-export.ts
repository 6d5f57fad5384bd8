import type { TFunction } from 'i18next';
import { packBackup, BACKUP_JSON, BACKUP_SYNC_FILE } from '../../shared/backup/backup-archive';
import { decisionsMarkdown, meetingsMarkdown, proposalsMarkdown, viewsMarkdown, type BackupMarkdownLabels } from '../../shared/backup/backup-markdown';
import { BACKUP_FORMAT, BACKUP_VERSION, WorkspaceBackupSchema, type WorkspaceBackup } from '../../shared/backup/workspace-backup';
import type { DissentTarget } from '../../shared/dissent/dissent';
import { documentMarkdownFile } from '../../shared/dissent/document-markdown';
import { projectDissents, viewsForDocument } from '../../shared/dissent/dissent-view';
import { projectEndorsements } from '../../shared/dissent/endorsement';
import { DEFAULT_EXPORT_LABELS, type ExportLabels } from '../../shared/dissent/export-annex';
import { documentExportModel } from '../../shared/dissent/export-model';
import { entriesOfKind } from '../../shared/integrity/verify-entry';
import { MeetingsDoc } from '../../shared/meetings/meetings-doc';
import { renderSummaryMarkdown } from '../../shared/meetings/summary-markdown';
import { summaryReport } from '../../shared/meetings/summary-report';
import { membersCsv } from '../../shared/members/member-csv';
import type { Member } from '../../shared/members/member';
import { ConsensusDoc } from '../../shared/proposals/consensus-doc';
import { PositionContentSchema } from '../../shared/proposals/position';
import type { SyncFileMaker } from '../../shared/sync/sync-bundle';
import type { DeskDatabase } from '../db/database';
import { documentRecord } from '../dissent/document-record';
import { exportFileName } from '../dissent/ExportButtons';
import type { IntegritySnapshot } from '../integrity/workspace-integrity';
import { summaryLabels } from '../meetings/SummaryExport';
import { workspaceDecisions } from '../proposals/proposal-records';
import { makeSyncFile } from '../sync/sync-files';
import type { OpenWorkspace } from '../workspaces/workspace-service';

export interface ExportProgress {
  done: number;
  total: number;
  /** The i18n key of the step under way. */
  step: 'documents' | 'records' | 'syncFile' | 'packing';
}

export interface WorkspaceExportInput {
  db: DeskDatabase;
  open: OpenWorkspace;
  snapshot: IntegritySnapshot;
  members: readonly Member[];
  maker: SyncFileMaker;
  t: TFunction;
  language: string;
  onProgress?: (progress: ExportProgress) => void;
  now?: Date;
}

export interface WorkspaceExport {
  bytes: Uint8Array;
  fileName: string;
  backup: WorkspaceBackup;
}

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
// Lets the progress bar paint between steps; a long workspace is exported over many frames.
const yieldToPaint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Distinct, safe zip entry names for documents that may share a title. */
function uniqueName(used: Set<string>, title: string): string {
  const base = exportFileName(title, 'x').slice(0, -2);
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
  used.add(name);
  return name;
}

/**
 * The whole workspace in one zip (docs/backup-format.md): every document in Markdown and Word from
 * the one export model (annex included), the records in Markdown, members in CSV, workspace.json,
 * and the encrypted sync file of everything, which is what "Restore from a backup" reads.
 */
export async function exportWorkspace(input: WorkspaceExportInput): Promise<WorkspaceExport> {
  const { open, snapshot, t } = input;
  // Y.Map order differs between replicas: sorted, two exports of one workspace compare equal.
  const members = [...input.members].sort((a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.id.localeCompare(b.id));
  const now = input.now ?? new Date();
  const workspace = open.workspace;
  const profile = workspace.profile();
  const name = profile?.name ?? t('workspace.unnamed');
  const documents = workspace.documents().valid;
  const total = documents.length + 3;
  let done = 0;
  const progress = async (step: ExportProgress['step']) => {
    input.onProgress?.({ done, total, step });
    await yieldToPaint();
  };
  const files: Record<string, Uint8Array> = {};
  const consensus = new ConsensusDoc(workspace.ydoc);
  const proposals = consensus.proposals().valid;
  const decisions = workspaceDecisions(snapshot, members, now).records;
  const { views } = projectDissents(snapshot.verified);
  const endorsements = projectEndorsements(snapshot.verified).endorsements;
  const labels = Object.fromEntries(Object.keys(DEFAULT_EXPORT_LABELS).map((key) => [key, t(`dissent.export.${key}`)])) as ExportLabels;
  const { documentDocxBytes } = await import('../dissent/docx-file');

  const used = new Set<string>();
  const backupDocuments: WorkspaceBackup['documents'] = [];
  for (const meta of documents) {
    await progress('documents');
    const onDocument = proposals.filter((proposal) => 'documentId' in proposal.target && proposal.target.documentId === meta.id);
    const model = documentExportModel(
      {
        documentId: meta.id,
        title: meta.title,
        body: workspace.body(meta.id),
        ...(meta.language ? { language: meta.language } : {}),
        views: viewsForDocument(views, meta.id, { proposalIds: onDocument.map((proposal) => proposal.id) }),
        endorsements: endorsements.filter((endorsement) => endorsement.documentId === meta.id),
        members,
        subjectTitles: Object.fromEntries(onDocument.map((proposal) => [proposal.id, proposal.title])),
        record: documentRecord(meta, onDocument, decisions, t, workspace.ydoc),
      },
      labels,
    );
    const base = `documents/${uniqueName(used, meta.title)}`;
    const markdown = documentMarkdownFile(model);
    files[`${base}.md`] = text(markdown);
    files[`${base}.docx`] = await documentDocxBytes(model);
    backupDocuments.push({
      id: meta.id,
      title: meta.title,
      type: meta.type,
      status: meta.status,
      ...(meta.language ? { language: meta.language } : {}),
      markdown,
      files: { markdown: `${base}.md`, docx: `${base}.docx` },
    });
    done += 1;
  }

  await progress('records');
  const positions = entriesOfKind(snapshot.verified, 'position', PositionContentSchema).verified;
  const meetingsDoc = new MeetingsDoc(workspace.ydoc);
  const locale = input.language === 'en' ? 'en-GB' : input.language;
  const backup: WorkspaceBackup = WorkspaceBackupSchema.parse({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    workspace: { id: open.id, name, profile: profile ?? {} },
    syncFile: BACKUP_SYNC_FILE,
    members: members.map((member) => ({
      id: member.id,
      name: member.name,
      role: member.role,
      stakeholderGroup: member.stakeholderGroup,
      region: member.region,
      organisation: member.organisation,
      email: member.email,
      joinedAt: member.joinedAt,
    })),
    documents: backupDocuments,
    proposals: proposals.map((proposal) => ({
      id: proposal.id,
      title: proposal.title,
      text: proposal.text,
      opensAt: proposal.opensAt,
      closesAt: proposal.closesAt,
      positions: positions
        .filter((entry) => entry.subjectId === proposal.id)
        .map((entry) => ({ memberId: entry.authorId, stance: entry.content.stance, reason: entry.content.reason, at: entry.at })),
    })),
    decisions: decisions.map((record) => ({
      id: record.id,
      proposalId: record.proposalId,
      outcome: record.outcome,
      status: record.status,
      decidedBy: record.decidedBy,
      decidedAt: record.decidedAt,
      summary: record.content.summary,
    })),
    views: views.map((view) => ({
      id: view.id,
      kind: view.viewKind,
      title: view.title,
      text: view.text,
      authorId: view.authorId,
      target: targetOf(view.target),
      createdAt: view.createdAt,
      withdrawn: view.status === 'withdrawn',
      coSignerIds: [...view.coSignerIds],
    })),
    meetings: meetingsDoc.meetings().valid.map((meeting) => {
      const minutes = meetingsDoc.minutes(meeting.id);
      return {
        id: meeting.id,
        title: meeting.title,
        startsAt: meeting.start,
        ...(minutes ? { minutesMarkdown: renderSummaryMarkdown(summaryReport({ groupName: name, meeting, minutes, members, labels: summaryLabels(t), locale })) } : {}),
      };
    }),
  });
  const names = new Map(members.map((member) => [member.id, member.name]));
  const nameOf = (memberId: string) => names.get(memberId) ?? memberId;
  const markdownLabels: BackupMarkdownLabels = {
    decisions: t('backup.files.decisions'),
    proposals: t('backup.files.proposals'),
    views: t('backup.files.views'),
    meetings: t('backup.files.meetings'),
    positions: t('backup.files.positions'),
    none: t('backup.files.none'),
    noMinutes: t('backup.files.noMinutes'),
    withdrawn: t('backup.files.withdrawn'),
  };
  files['decisions.md'] = text(decisionsMarkdown(backup, markdownLabels, nameOf));
  files['proposals.md'] = text(proposalsMarkdown(backup, markdownLabels, nameOf));
  files['minority-views.md'] = text(viewsMarkdown(backup, markdownLabels, nameOf));
  files['meetings.md'] = text(meetingsMarkdown(backup, markdownLabels));
  files['members.csv'] = text(membersCsv(members));
  files[BACKUP_JSON] = text(`${JSON.stringify(backup, null, 2)}\n`);
  done += 1;

  await progress('syncFile');
  const sync = await makeSyncFile(input.db, open, input.maker, name, { kind: 'everything' }, now);
  files[BACKUP_SYNC_FILE] = sync.bytes;
  done += 1;

  await progress('packing');
  const bytes = packBackup(files, now);
  done += 1;
  input.onProgress?.({ done, total, step: 'packing' });
  const stamp = now.toISOString().slice(0, 10);
  return { bytes, fileName: `${exportFileName(name, 'x').slice(0, -2)}-backup-${stamp}.zip`, backup };
}

function targetOf(target: DissentTarget): { kind: string; id: string } {
  if (target.kind === 'document' || target.kind === 'passage') return { kind: target.kind, id: target.documentId };
  if (target.kind === 'proposal') return { kind: target.kind, id: target.proposalId };
  return { kind: target.kind, id: target.decisionId };
}
