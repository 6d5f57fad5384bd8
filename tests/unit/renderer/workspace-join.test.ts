import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { loadSyncSettings } from '../../../renderer/sync/sync-settings';
import { WorkspaceService } from '../../../renderer/workspaces/workspace-service';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { identity, profile } from './workspace-fixtures';

const HOME = 'ws://desk.example:8080/signal';

let db: DeskDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});
function service(home?: string): WorkspaceService {
  db = openDatabase(`join-${Math.random()}`);
  return new WorkspaceService(db, undefined, undefined, () => Promise.resolve(home));
}

describe('joining by invite', () => {
  it('uses the signaling of the server the app came from, on creation and on joining', async () => {
    const workspaces = service(HOME);
    const created = await workspaces.create(profile, identity);
    expect((await loadSyncSettings(db, created)).signaling).toEqual([HOME]);
    const invite = { workspaceId: 'w-joined', workspaceName: 'Coalition on Open Maps', secret: newWorkspaceSecret(), signaling: ['wss://signal.example'] };
    expect(await workspaces.join(invite)).toEqual({ status: 'joined', id: 'w-joined' });
    expect((await loadSyncSettings(db, 'w-joined')).signaling).toEqual(['wss://signal.example', HOME]);
  });

  it('never changes the secret of a workspace it already has, and says so', async () => {
    const workspaces = service();
    const id = await workspaces.create(profile, identity);
    const before = await loadSyncSettings(db, id);
    const takeover = { workspaceId: id, workspaceName: 'Anything', secret: newWorkspaceSecret(), signaling: ['wss://attacker.example'] };
    expect(await workspaces.join(takeover)).toEqual({ status: 'mismatch', id });
    expect(await loadSyncSettings(db, id)).toEqual(before);
  });

  it('adds an invite’s new servers only when asked to', async () => {
    const workspaces = service();
    const id = await workspaces.create(profile, identity);
    const { secret } = await loadSyncSettings(db, id);
    const invite = { workspaceId: id, workspaceName: profile.name, secret, signaling: ['wss://venue.example'] };
    expect(await workspaces.join(invite)).toEqual({ status: 'new-servers', id, servers: { signaling: ['wss://venue.example'], relays: [] } });
    expect((await loadSyncSettings(db, id)).signaling).toEqual([]);
    await workspaces.addServers(id, { signaling: ['wss://venue.example'], relays: [] });
    expect((await loadSyncSettings(db, id)).signaling).toEqual(['wss://venue.example']);
    expect(await workspaces.join(invite)).toEqual({ status: 'already-member', id });
    const withRelay = { ...invite, relays: ['wss://relay.example'] };
    expect(await workspaces.join(withRelay)).toEqual({ status: 'new-servers', id, servers: { signaling: [], relays: ['wss://relay.example'] } });
    await workspaces.addServers(id, { signaling: [], relays: ['wss://relay.example'] });
    expect((await loadSyncSettings(db, id)).relays).toEqual(['wss://relay.example']);
  });

  it('takes the relays of the invite for a new workspace', async () => {
    const workspaces = service();
    await workspaces.join({ workspaceId: 'w-relayed', workspaceName: 'Relayed', secret: newWorkspaceSecret(), signaling: [], relays: ['wss://relay.example'] });
    expect((await loadSyncSettings(db, 'w-relayed')).relays).toEqual(['wss://relay.example']);
  });

  it('forgets a join that never opened, and refuses to forget a workspace made here', async () => {
    const workspaces = service();
    const mine = await workspaces.create(profile, identity);
    await expect(workspaces.forgetUnopenedJoin(mine)).rejects.toThrow();
    expect(await workspaces.registry.get(mine)).toBeDefined();
    await workspaces.join({ workspaceId: 'w-stale', workspaceName: 'Stale', secret: newWorkspaceSecret(), signaling: [] });
    await workspaces.forgetUnopenedJoin('w-stale');
    expect(await workspaces.registry.get('w-stale')).toBeUndefined();
    expect(await db.syncSettings.get('w-stale')).toBeUndefined();
  });
});
