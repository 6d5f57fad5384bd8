import { z } from 'zod';

/**
 * `workspace.json` inside a workspace backup (docs/backup-format.md): everything a reader without
 * Coalition desk needs, in plain JSON. It is for reading; restoring uses the sync file beside it.
 */
export const BACKUP_FORMAT = 'coalition-desk/workspace-backup';
export const BACKUP_VERSION = 1;

const text = z.string().max(1_000_000);
const id = z.string().min(1).max(200);
const at = z.string().max(40);

export const BackupMemberSchema = z.object({
  id,
  name: text,
  role: z.string().max(40),
  stakeholderGroup: z.string().max(60).optional(),
  region: z.string().max(200).optional(),
  organisation: z.string().max(400).optional(),
  email: z.string().max(400).optional(),
  joinedAt: at.optional(),
});

export const BackupDocumentSchema = z.object({
  id,
  title: text,
  type: z.string().max(60),
  status: z.string().max(60),
  language: z.string().max(40).optional(),
  /** The body as plain Markdown, the same text as the .md file named below. */
  markdown: text,
  files: z.object({ markdown: z.string().max(300), docx: z.string().max(300) }),
});

export const BackupViewSchema = z.object({
  id,
  kind: z.string().max(40),
  title: text,
  text,
  authorId: id,
  target: z.object({ kind: z.string().max(40), id: z.string().max(200).optional() }),
  createdAt: at,
  withdrawn: z.boolean(),
  coSignerIds: z.array(id),
});

export const BackupPositionSchema = z.object({ memberId: id, stance: z.string().max(40), reason: text, at });

export const BackupProposalSchema = z.object({
  id,
  title: text,
  text,
  opensAt: at,
  closesAt: at,
  positions: z.array(BackupPositionSchema),
});

export const BackupDecisionSchema = z.object({
  id,
  proposalId: id,
  outcome: z.string().max(40),
  status: z.string().max(40),
  decidedBy: id,
  decidedAt: at,
  summary: text,
});

export const BackupMeetingSchema = z.object({
  id,
  title: text,
  startsAt: at.optional(),
  /** The summary report (key points raised, next steps) in Markdown, when minutes exist. */
  minutesMarkdown: text.optional(),
});

export const WorkspaceBackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: at,
  workspace: z.object({ id, name: text, profile: z.record(z.string(), z.unknown()) }),
  /** Zip entry of the encrypted sync file (decision 0012) to restore from. */
  syncFile: z.string().max(300),
  members: z.array(BackupMemberSchema),
  documents: z.array(BackupDocumentSchema),
  proposals: z.array(BackupProposalSchema),
  decisions: z.array(BackupDecisionSchema),
  views: z.array(BackupViewSchema),
  meetings: z.array(BackupMeetingSchema),
});
export type WorkspaceBackup = z.infer<typeof WorkspaceBackupSchema>;
