import 'fake-indexeddb/auto';
import type { TFunction } from 'i18next';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_SYNC_FILE, packBackup } from '../../../shared/backup/backup-archive';
import { WorkspaceBackupSchema } from '../../../shared/backup/workspace-backup';
import { encodeInvite } from '../../../shared/sync/invite';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { exportWorkspace } from '../../../renderer/backup/workspace-export';
import { restoreBackup } from '../../../renderer/backup/workspace-restore';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import type { IntegritySnapshot } from '../../../renderer/integrity/workspace-integrity';
import { loadSyncSettings } from '../../../renderer/sync/sync-settings';
import { WorkspaceService } from '../../../renderer/workspaces/workspace-service';
import { identity, profile } from '../renderer/workspace-fixtures';

const opened: DeskDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});
function device(): { db: DeskDatabase; workspaces: WorkspaceService } {
  const db = openDatabase(`backup-${Math.random()}`);
  opened.push(db);
  return { db, workspaces: new WorkspaceService(db) };
}

const t = ((key: string) => key) as unknown as TFunction;
const EMPTY_SNAPSHOT: IntegritySnapshot = { verified: [], unverified: [], receivedAt: new Map(), flags: [], reports: [], keyConflicts: [], unadmitted: [], membership: undefined };
const NOW = new Date('2026-12-02T10:00:00.000Z');

async function backupOf(source: { db: DeskDatabase; workspaces: WorkspaceService }) {
  const id = await source.workspaces.create(profile, identity, NOW);
  const open = await source.workspaces.open(id);
  const me = open.workspace.members().valid[0];
  if (!me) throw new Error('no founder');
  open.workspace.createDocument({ id: 'doc-1', title: 'Charter of the Quiet Networks', type: 'charter', author: { memberId: me.id, name: me.name }, now: NOW });
  const progress: number[] = [];
  const made = await exportWorkspace({ db: source.db, open, snapshot: EMPTY_SNAPSHOT, members: open.workspace.members().valid, maker: { memberId: me.id, name: me.name }, t, language: 'en', now: NOW, onProgress: (step) => progress.push(step.done) });
  await open.persistence.flush();
  open.close();
  const { secret } = await loadSyncSettings(source.db, id);
  return { id, made, progress, secret };
}

describe('a workspace backup', () => {
  it('holds every document in Markdown and Word, the records, members, a valid workspace.json and the sync file', async () => {
    const { made, progress } = await backupOf(device());
    const entries = unzipSync(made.bytes);
    expect(Object.keys(entries).sort()).toEqual([
      'decisions.md',
      'documents/Charter-of-the-Quiet-Networks.docx',
      'documents/Charter-of-the-Quiet-Networks.md',
      'meetings.md',
      'members.csv',
      'minority-views.md',
      'proposals.md',
      'workspace.coalition',
      'workspace.json',
    ]);
    const json = WorkspaceBackupSchema.parse(JSON.parse(strFromU8(entries['workspace.json'] ?? new Uint8Array())));
    expect(json.documents.map((document) => document.title)).toEqual(['Charter of the Quiet Networks']);
    expect(json.members.map((member) => member.name)).toEqual(['Rosa Quillen']);
    expect(strFromU8(entries['members.csv'] ?? new Uint8Array())).toContain('Rosa Quillen');
    const word = await mammoth.extractRawText({ buffer: Buffer.from(entries['documents/Charter-of-the-Quiet-Networks.docx'] ?? []) });
    expect(word.value).toContain('Charter of the Quiet Networks');
    expect(progress.at(-1)).toBe(4);
    expect(made.fileName).toBe('Coalition-on-Quiet-Networks-backup-2026-12-02.zip');
  });

  it('restores into a device that lacks the workspace only with an invite to it, and creates nothing otherwise', async () => {
    const { id, made, secret } = await backupOf(device());
    const target = device();
    expect(await restoreBackup(target, made.bytes, '')).toEqual({ ok: false, error: 'needs-invite' });
    const wrong = encodeInvite({ workspaceId: id, workspaceName: profile.name, secret: newWorkspaceSecret(), signaling: [] });
    expect(await restoreBackup(target, made.bytes, wrong)).toEqual({ ok: false, error: 'wrong-secret' });
    const other = encodeInvite({ workspaceId: 'w-other', workspaceName: profile.name, secret, signaling: [] });
    expect(await restoreBackup(target, made.bytes, other)).toEqual({ ok: false, error: 'invite-other-workspace' });
    expect(await target.workspaces.registry.list()).toEqual([]);

    const right = encodeInvite({ workspaceId: id, workspaceName: 'Named in the invite', secret, signaling: [] });
    const restored = await restoreBackup(target, made.bytes, right);
    expect(restored).toMatchObject({ ok: true, kind: 'created', id, name: profile.name });
    const open = await target.workspaces.open(id);
    expect(open.workspace.documents().valid.map((document) => document.title)).toEqual(['Charter of the Quiet Networks']);
    expect(open.workspace.members().valid.map((member) => member.name)).toEqual(['Rosa Quillen']);
    open.close();
  });

  it('merges into the workspace when it is already here, with no invite, and says so', async () => {
    const source = device();
    const { id, made } = await backupOf(source);
    expect(await restoreBackup(source, made.bytes, '')).toMatchObject({ ok: true, kind: 'merged', id, changes: 0 });
  });

  it('refuses a tampered sync file inside a backup, creating nothing', async () => {
    const { id, made, secret } = await backupOf(device());
    const sync = unzipSync(made.bytes)[BACKUP_SYNC_FILE] ?? new Uint8Array();
    const tampered = sync.slice();
    tampered[tampered.length - 40] = (tampered[tampered.length - 40] ?? 0) ^ 1;
    const target = device();
    const invite = encodeInvite({ workspaceId: id, workspaceName: profile.name, secret, signaling: [] });
    expect(await restoreBackup(target, packBackup({ [BACKUP_SYNC_FILE]: tampered }), invite)).toEqual({ ok: false, error: 'corrupted' });
    expect(await target.workspaces.registry.list()).toEqual([]);
  });
});
