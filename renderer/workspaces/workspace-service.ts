import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Identity } from '../../shared/members/identity';
import { foundMembershipLog, initialiseWorkspace } from '../../shared/workspaces/create-workspace';
import type { WorkspaceProfile } from '../../shared/workspaces/workspace-profile';
import { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { Invite } from '../../shared/sync/invite';
import { newWorkspaceSecret } from '../../shared/sync/room-name';
import type { DeskDatabase } from '../db/database';
import type { InstallKey } from '../integrity/install-key';
import { pinMembershipRoot } from '../integrity/membership-root';
import { saveSyncSettings } from '../sync/sync-settings';
import { dexieUpdateLog, type UpdateLog } from './update-log';
import { connectWindows } from './window-channel';
import { WorkspacePersistence } from './workspace-persistence';
import { WorkspaceRegistry } from './workspace-registry';
import { memoryJournal, storageJournal, type WriteAheadJournal } from './write-ahead-journal';

export type JournalFactory = (workspaceId: string) => WriteAheadJournal;

/** localStorage where the host has it: synchronous, so it survives a window closed mid-keystroke. */
export const localStorageJournals: JournalFactory = (workspaceId) => {
  try {
    return storageJournal(window.localStorage, `coalition-desk:journal:${workspaceId}`);
  } catch {
    return memoryJournal();
  }
};

export interface OpenWorkspace {
  id: string;
  workspace: WorkspaceDoc;
  /**
   * Who is here and where their caret is. It lives as long as the open workspace, not the sync
   * connection, so the editor built on it is never rebuilt when sync starts or restarts.
   */
  awareness: Awareness;
  persistence: WorkspacePersistence;
  close(): void;
}

/** Creating and opening workspaces: the registry row and the Y.Doc log kept in step. */
export class WorkspaceService {
  readonly registry: WorkspaceRegistry;
  private readonly log: UpdateLog;

  constructor(
    private readonly db: DeskDatabase,
    log?: UpdateLog,
    private readonly journals: JournalFactory = () => memoryJournal(),
  ) {
    this.registry = new WorkspaceRegistry(db);
    this.log = log ?? dexieUpdateLog(db);
  }

  /** With the founder's install key, the workspace's membership log is rooted here, at its creation. */
  async create(profile: WorkspaceProfile, creator: Identity, now = new Date(), founderKey?: InstallKey): Promise<string> {
    const id = crypto.randomUUID();
    const ydoc = new Y.Doc();
    const coordinator = initialiseWorkspace(ydoc, profile, creator, { memberId: crypto.randomUUID(), now });
    if (founderKey) {
      const root = await foundMembershipLog(ydoc, id, { memberId: coordinator.id, privateKey: founderKey.privateKey, publicKey: founderKey.publicKey }, now);
      await pinMembershipRoot(this.db, id, root);
    }
    await this.log.append(id, [Y.encodeStateAsUpdateV2(ydoc)]);
    await this.registry.add({ id, name: profile.name, createdAt: now.toISOString(), archived: false });
    await saveSyncSettings(this.db, { workspaceId: id, secret: newWorkspaceSecret(), signaling: [] });
    ydoc.destroy();
    return id;
  }

  /** Registers a workspace known from an invite; its content arrives from peers. Joining twice only refreshes the settings. */
  async join(invite: Invite, now = new Date()): Promise<string> {
    const existing = await this.registry.get(invite.workspaceId);
    if (!existing) await this.registry.add({ id: invite.workspaceId, name: invite.workspaceName, createdAt: now.toISOString(), archived: false });
    const current = await this.db.syncSettings.get(invite.workspaceId);
    const signaling = [...new Set([...(current?.signaling ?? []), ...invite.signaling])];
    await saveSyncSettings(this.db, { workspaceId: invite.workspaceId, secret: invite.secret, signaling });
    return invite.workspaceId;
  }

  /** Renames in the registry and in the shared profile, so every member sees the new name. */
  async rename(id: string, name: string): Promise<void> {
    const opened = await this.open(id);
    try {
      const profile = opened.workspace.profile();
      if (profile) opened.workspace.setProfile({ ...profile, name });
      await opened.persistence.flush();
      await this.registry.update(id, { name });
    } finally {
      opened.close();
    }
  }

  /** Throws DamagedWorkspaceError when the stored log cannot be applied. */
  async open(id: string): Promise<OpenWorkspace> {
    const ydoc = new Y.Doc();
    const persistence = new WorkspacePersistence(this.log, id, ydoc, this.journals(id));
    try {
      await persistence.load();
    } catch (error) {
      persistence.destroy();
      ydoc.destroy();
      throw error;
    }
    const disconnectWindows = connectWindows(id, ydoc);
    const awareness = new Awareness(ydoc);
    void this.registry.update(id, { lastOpenedAt: new Date().toISOString() }).catch(() => undefined);
    return {
      id,
      workspace: new WorkspaceDoc(ydoc),
      awareness,
      persistence,
      close: () => {
        disconnectWindows();
        awareness.destroy();
        void persistence.flush().catch(() => undefined).finally(() => {
          persistence.destroy();
          ydoc.destroy();
        });
      },
    };
  }
}
