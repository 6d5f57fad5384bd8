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
import { saveSyncSettings, SyncSettingsSchema } from '../sync/sync-settings';
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

/** What an invite did: `mismatch` and `new-servers` changed nothing and need the member's eyes. */
export type JoinOutcome =
  | { status: 'joined' | 'already-member' | 'mismatch'; id: string }
  | { status: 'new-servers'; id: string; servers: InviteServers };

/** Where an invite says the members meet: signaling servers for live sync, relays for the rest. */
export interface InviteServers {
  signaling: string[];
  relays: string[];
}

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
    /** The signaling endpoint of the server the web edition came from, if any: on by default. */
    private readonly homeSignaling: () => Promise<string | undefined> = () => Promise.resolve(undefined),
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
    const home = await this.homeSignaling();
    await saveSyncSettings(this.db, { workspaceId: id, secret: newWorkspaceSecret(), signaling: home ? [home] : [] });
    ydoc.destroy();
    return id;
  }

  /**
   * Registers a workspace known from an invite; its content arrives from peers. An invite for a
   * workspace this install already has never changes its secret (that would hand the workspace to
   * whoever made the invite) and adds servers only when the member confirms (`addServers`).
   */
  async join(invite: Invite, now = new Date()): Promise<JoinOutcome> {
    const id = invite.workspaceId;
    const current = SyncSettingsSchema.safeParse(await this.db.syncSettings.get(id));
    if ((await this.registry.get(id)) && current.success) {
      if (current.data.secret !== invite.secret) return { status: 'mismatch', id };
      const servers = {
        signaling: invite.signaling.filter((url) => !current.data.signaling.includes(url)),
        relays: (invite.relays ?? []).filter((url) => !(current.data.relays ?? []).includes(url)),
      };
      return servers.signaling.length + servers.relays.length > 0 ? { status: 'new-servers', id, servers } : { status: 'already-member', id };
    }
    const home = await this.homeSignaling();
    const signaling = [...new Set([...invite.signaling, ...(home ? [home] : [])])];
    await saveSyncSettings(this.db, {
      workspaceId: id,
      secret: invite.secret,
      signaling,
      relays: invite.relays ?? [],
      joinedByInvite: true,
      ...(invite.admission ? { admissionToken: invite.admission.token } : {}),
    });
    // The invite names the genesis its maker trusts: this install trusts that one and no rival.
    if (invite.admission) await pinMembershipRoot(this.db, id, invite.admission.root);
    if (!(await this.registry.get(id))) await this.registry.add({ id, name: invite.workspaceName, createdAt: now.toISOString(), archived: false });
    return { status: 'joined', id };
  }

  /** Servers from an invite that the member chose to add to a workspace they already have. */
  async addServers(id: string, servers: InviteServers): Promise<void> {
    const current = SyncSettingsSchema.parse(await this.db.syncSettings.get(id));
    await saveSyncSettings(this.db, {
      ...current,
      signaling: [...new Set([...current.signaling, ...servers.signaling])],
      relays: [...new Set([...(current.relays ?? []), ...servers.relays])],
    });
  }

  /**
   * Forgets a workspace joined by an invite that turned out not to open it (its secret was
   * rotated). The caller has checked that nothing of the workspace ever arrived, so nothing is lost.
   */
  async forgetUnopenedJoin(id: string): Promise<void> {
    const settings = SyncSettingsSchema.safeParse(await this.db.syncSettings.get(id));
    if (!settings.success || !settings.data.joinedByInvite) throw new Error('Only a workspace joined by an invite and never opened can be forgotten');
    await this.db.transaction('rw', this.db.workspaces, this.db.updates, this.db.syncSettings, async () => {
      await this.db.workspaces.delete(id);
      await this.db.updates.where('workspaceId').equals(id).delete();
      await this.db.syncSettings.delete(id);
    });
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
