import { readBackup, type BackupReadError } from '../../shared/backup/backup-archive';
import { decodeInvite } from '../../shared/sync/invite';
import { decodeSyncFile, inspectSyncFile } from '../../shared/sync/sync-bundle';
import { deriveWorkspaceKey } from '../../shared/sync/workspace-key';
import type { DeskDatabase } from '../db/database';
import { loadSyncFile, type LoadError } from '../sync/sync-files';
import type { WorkspaceService } from '../workspaces/workspace-service';

export type RestoreError =
  | BackupReadError
  | Exclude<LoadError, 'joined-elsewhere' | 'other-workspace'>
  /** The workspace is not on this device and no invite code was given. */
  | 'needs-invite'
  | 'invite-invalid'
  /** The invite is of another workspace than the backup. */
  | 'invite-other-workspace';

export type RestoreOutcome = { ok: true; kind: 'created' | 'merged'; id: string; name: string; changes: number } | { ok: false; error: RestoreError };

export interface RestoreDeps {
  db: DeskDatabase;
  workspaces: WorkspaceService;
}

const refuse = (error: RestoreError): RestoreOutcome => ({ ok: false, error });

/**
 * Restores a backup zip (or a bare sync file) — decision 0034. The backup does not carry the
 * workspace's secret: a workspace already on this device is merged with its own secret; any other
 * needs an invite code to it. Every check, decrypting included, runs before anything is created.
 */
export async function restoreBackup(deps: RestoreDeps, bytes: Uint8Array, inviteCode: string): Promise<RestoreOutcome> {
  const read = readBackup(bytes);
  if (!read.ok) return refuse(read.error);
  const header = await inspectSyncFile(read.syncFile);
  if (!header.ok) return refuse(header.error === 'not-a-sync-file' && !read.bare ? 'corrupted' : header.error === 'other-workspace' ? 'corrupted' : header.error);
  const id = header.value.workspaceId;
  const here = await deps.workspaces.registry.get(id);
  if (here) return merge(deps, id, read.syncFile, 'merged');

  if (inviteCode.trim() === '') return refuse('needs-invite');
  const decoded = decodeInvite(inviteCode);
  if (!decoded.ok) return refuse('invite-invalid');
  const invite = decoded.invite;
  if (invite.workspaceId !== id) return refuse('invite-other-workspace');
  const opened = await decodeSyncFile(read.syncFile, { workspaceId: id, key: await deriveWorkspaceKey(invite.secret, id, 'sync-file') });
  if (!opened.ok) return refuse(opened.error === 'other-workspace' ? 'corrupted' : opened.error);

  await deps.workspaces.join(invite);
  const outcome = await merge(deps, id, read.syncFile, 'created');
  if (!outcome.ok) await deps.workspaces.forgetUnopenedJoin(id).catch(() => undefined);
  return outcome;
}

async function merge(deps: RestoreDeps, id: string, syncFile: Uint8Array, kind: 'created' | 'merged'): Promise<RestoreOutcome> {
  const open = await deps.workspaces.open(id);
  try {
    const loaded = await loadSyncFile({ db: deps.db, registry: deps.workspaces.registry }, open, syncFile);
    if (!loaded.ok) return refuse(loaded.error === 'joined-elsewhere' || loaded.error === 'other-workspace' ? 'corrupted' : loaded.error);
    const name = open.workspace.profile()?.name;
    if (name && kind === 'created') await deps.workspaces.registry.update(id, { name });
    const entry = await deps.workspaces.registry.get(id);
    return { ok: true, kind, id, name: name ?? (entry?.status === 'ok' ? entry.entry.name : id), changes: loaded.changes };
  } finally {
    open.close();
  }
}
