import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { dexieUpdateLog, type UpdateLog } from '../../../renderer/workspaces/update-log';
import { DamagedWorkspaceError, WorkspacePersistence, type SaveState } from '../../../renderer/workspaces/workspace-persistence';
import { memoryJournal } from '../../../renderer/workspaces/write-ahead-journal';
import { WorkspaceService } from '../../../renderer/workspaces/workspace-service';
import { pinnedMembershipRoot } from '../../../renderer/integrity/membership-root';
import { computeMembership } from '../../../shared/integrity/membership-log';
import { MembershipLogDoc } from '../../../shared/integrity/membership-log-doc';
import { exportPublicKey, generateSigningKeyPair } from '../../../shared/integrity/signing-key';
import { identity, profile } from './workspace-fixtures';


let db: DeskDatabase;
let counter = 0;
function freshDb(): DeskDatabase {
  db = openDatabase(`test-${++counter}-${Math.random()}`);
  return db;
}
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('workspace persistence', () => {
  it('stores every change as it happens and reloads it in a new session', async () => {
    const service = new WorkspaceService(freshDb());
    const id = await service.create(profile, identity);
    const first = await service.open(id);
    const meta = first.workspace.createDocument({ id: 'd1', title: 'Charter', type: 'charter', author: { memberId: 'm', name: 'Rosa' }, now: new Date() });
    first.workspace.body(meta.id).insert(0, [new Y.XmlElement('paragraph')]);
    await first.persistence.flush();
    first.close();

    const again = await new WorkspaceService(db).open(id);
    expect(again.workspace.document('d1')?.title).toBe('Charter');
    expect(again.workspace.profile()?.name).toBe(profile.name);
    expect(again.workspace.members().valid[0]?.role).toBe('coordinator');
    again.close();
  });

  it('roots the membership log at creation: the install key of the creator signs the genesis, pinned on this install', async () => {
    const pair = await generateSigningKeyPair();
    const founderKey = { privateKey: pair.privateKey, publicKey: await exportPublicKey(pair.publicKey) };
    const service = new WorkspaceService(freshDb());
    const id = await service.create(profile, identity, new Date(), founderKey);
    const opened = await service.open(id);
    const creator = opened.workspace.members().valid[0];
    const view = await computeMembership(new MembershipLogDoc(opened.workspace.ydoc).raw(), { workspaceId: id });
    expect(view.members).toEqual([expect.objectContaining({ memberId: creator?.id, role: 'coordinator', publicKey: founderKey.publicKey })]);
    expect(await pinnedMembershipRoot(db, id)).toBe(view.root);
    opened.close();
  });

  it('reports a stored row that cannot be applied as a damaged workspace, leaving others readable', async () => {
    const service = new WorkspaceService(freshDb());
    const good = await service.create(profile, identity);
    const bad = await service.create({ ...profile, name: 'Damaged one' }, identity);
    await db.updates.add({ workspaceId: bad, update: new Uint8Array([0, 1, 2, 250, 9]) });

    await expect(service.open(bad)).rejects.toBeInstanceOf(DamagedWorkspaceError);
    const opened = await service.open(good);
    expect(opened.workspace.profile()?.name).toBe(profile.name);
    opened.close();
    const raw = JSON.parse(await service.registry.exportRaw(bad)) as { updates: unknown[]; registryRow: { name: string } };
    expect(raw.registryRow.name).toBe('Damaged one');
    expect(raw.updates).toHaveLength(2);
  });

  it('lists a registry row that fails validation as damaged instead of failing the whole list', async () => {
    const service = new WorkspaceService(freshDb());
    await service.create(profile, identity);
    await db.workspaces.put({ id: 'broken', name: 17, createdAt: 'yesterday', archived: 'no' });
    const items = await service.registry.list();
    expect(items.map((item) => item.status).sort()).toEqual(['damaged', 'ok']);
  });

  it('folds the log into one snapshot on compaction without losing content', async () => {
    const service = new WorkspaceService(freshDb());
    const id = await service.create(profile, identity);
    const opened = await service.open(id);
    const text = opened.workspace.ydoc.getText('scratch');
    for (let i = 0; i < 50; i++) {
      text.insert(text.length, `${i},`);
      await opened.persistence.flush();
    }
    expect(await dexieUpdateLog(db).count(id)).toBe(51);
    await opened.persistence.compact();
    expect(await dexieUpdateLog(db).count(id)).toBe(1);
    opened.close();
    const again = await service.open(id);
    expect(again.workspace.ydoc.getText('scratch').toString()).toBe(Array.from({ length: 50 }, (_, i) => `${i},`).join(''));
    again.close();
  });
});

describe('when storage fails', () => {
  function failingLog(inner: UpdateLog, failures: { remaining: number }): UpdateLog {
    return {
      ...inner,
      async append(workspaceId, updates) {
        if (failures.remaining > 0) {
          failures.remaining--;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return inner.append(workspaceId, updates);
      },
    };
  }

  it('keeps typing in memory, says the storage is full, and writes it once space frees up', async () => {
    const database = freshDb();
    const failures = { remaining: 0 };
    const log = failingLog(dexieUpdateLog(database), failures);
    const ydoc = new Y.Doc();
    const persistence = new WorkspacePersistence(log, 'w1', ydoc);
    await persistence.load();
    const states: SaveState[] = [];
    persistence.onSaveState((state) => states.push(state));

    failures.remaining = 2;
    ydoc.getText('t').insert(0, 'mid-sentence');
    await expect(persistence.flush()).rejects.toThrow(/QuotaExceededError/);
    expect(persistence.state).toMatchObject({ kind: 'failing', reason: 'full' });
    ydoc.getText('t').insert(12, ' and more');

    await expect.poll(() => persistence.state.kind, { timeout: 5000 }).toBe('saved');
    expect(states.some((state) => state.kind === 'failing' && state.reason === 'full')).toBe(true);

    const reloaded = new Y.Doc();
    await new WorkspacePersistence(dexieUpdateLog(database), 'w1', reloaded).load();
    expect(reloaded.getText('t').toString()).toBe('mid-sentence and more');
    persistence.destroy();
  });

  it("journals a task's changes at its end, together, after the handlers registered later (the sync provider) ran", async () => {
    const database = freshDb();
    const ydoc = new Y.Doc();
    const journal = memoryJournal();
    const persistence = new WorkspacePersistence(dexieUpdateLog(database), 'w1', ydoc, journal);
    await persistence.load();
    const seenBySync: number[] = [];
    ydoc.on('update', () => seenBySync.push(journal.entries().length));

    ydoc.getText('t').insert(0, 'Consensus');
    ydoc.getText('t').insert(9, ' reached');
    expect(seenBySync).toEqual([0, 0]); // the provider sends before anything is stored
    expect(journal.entries()).toHaveLength(0);
    await Promise.resolve();
    expect(journal.entries()).toHaveLength(1); // one entry for the task, before it ends

    await persistence.flush();
    const reloaded = new Y.Doc();
    await new WorkspacePersistence(dexieUpdateLog(database), 'w1', reloaded).load();
    expect(reloaded.getText('t').toString()).toBe('Consensus reached');
    persistence.destroy();
  });

  it('still stores what was typed in the task the workspace closes in', async () => {
    const database = freshDb();
    const ydoc = new Y.Doc();
    const persistence = new WorkspacePersistence(dexieUpdateLog(database), 'w1', ydoc);
    await persistence.load();
    ydoc.getText('t').insert(0, 'Last words');
    persistence.destroy();
    await expect.poll(async () => {
      const reloaded = new Y.Doc();
      await new WorkspacePersistence(dexieUpdateLog(database), 'w1', reloaded).load();
      return reloaded.getText('t').toString();
    }).toBe('Last words');
  });

  it('replays the journal at start but does not call it saved until the log has it', async () => {
    const database = freshDb();
    const journal = memoryJournal();
    const source = new Y.Doc();
    source.getText('t').insert(0, 'typed before the crash');
    journal.add(Y.encodeStateAsUpdateV2(source));
    const failures = { remaining: 1 };
    const ydoc = new Y.Doc();
    const persistence = new WorkspacePersistence(failingLog(dexieUpdateLog(database), failures), 'w1', ydoc, journal);
    await persistence.load();
    expect(ydoc.getText('t').toString()).toBe('typed before the crash');
    await expect.poll(() => persistence.state.kind).toBe('failing');
    expect(journal.entries()).toHaveLength(1); // kept until the log has it

    await expect.poll(() => persistence.state.kind, { timeout: 5000 }).toBe('saved');
    expect(journal.entries()).toHaveLength(0);
    const reloaded = new Y.Doc();
    await new WorkspacePersistence(dexieUpdateLog(database), 'w1', reloaded).load();
    expect(reloaded.getText('t').toString()).toBe('typed before the crash');
    persistence.destroy();
  });

  it('says so when journal entries cannot be read back, and keeps them', async () => {
    const journal = memoryJournal();
    journal.add(new Uint8Array([0, 1, 2, 250, 9]));
    const persistence = new WorkspacePersistence(dexieUpdateLog(freshDb()), 'w1', new Y.Doc(), journal);
    await persistence.load();
    expect(persistence.replayProblem).toEqual({ unreadableJournalEntries: 1, missingChanges: false });
    expect(journal.entries()).toHaveLength(1);
    persistence.destroy();
  });

  it('says so when stored changes wait for changes the log does not have', async () => {
    const database = freshDb();
    const source = new Y.Doc();
    source.getText('t').insert(0, 'first');
    const before = Y.encodeStateVector(source);
    source.getText('t').insert(5, ' second');
    await dexieUpdateLog(database).append('w1', [Y.encodeStateAsUpdateV2(source, before)]);
    const persistence = new WorkspacePersistence(dexieUpdateLog(database), 'w1', new Y.Doc());
    await persistence.load();
    expect(persistence.replayProblem).toEqual({ unreadableJournalEntries: 0, missingChanges: true });
    persistence.destroy();
  });

  it('commits an append in the task that makes it, and still appends through Dexie when the connection is closed', async () => {
    const database = freshDb();
    await database.open();
    const commits: string[] = [];
    const original = IDBTransaction.prototype.commit;
    IDBTransaction.prototype.commit = function (this: IDBTransaction) {
      commits.push([...this.objectStoreNames].join());
      return original.call(this);
    };
    try {
      const log = dexieUpdateLog(database);
      const appended = log.append('w1', [new Uint8Array([1])]);
      expect(commits).toEqual(['updates']); // before any event of the transaction was handled
      await appended;
      database.close({ disableAutoOpen: false });
      await log.append('w1', [new Uint8Array([2])]);
      expect((await log.readAll('w1')).map((row) => [...row.update])).toEqual([[1], [2]]);
    } finally {
      IDBTransaction.prototype.commit = original;
    }
  });
});
