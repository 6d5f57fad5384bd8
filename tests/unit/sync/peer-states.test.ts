import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { listPeerStates, recordPeerState } from '../../../renderer/sync/peer-states';

let db: DeskDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

const vector = (entries: Array<[number, number]>) => Y.encodeStateVector(new Map(entries));

describe("what each member had as of their last file", () => {
  it('keeps the larger clock per client and the newest name and date, whatever order files arrive in', async () => {
    db = openDatabase(`peer-states-${Math.random()}`);
    await recordPeerState(db, 'ws-1', { memberId: 'm-ko', name: 'Ko Imani' }, vector([[1, 10], [2, 3]]), '2026-12-03T14:05:00.000Z');
    await recordPeerState(db, 'ws-1', { memberId: 'm-ko', name: 'Ko I.' }, vector([[1, 4], [3, 7]]), '2026-12-01T09:00:00.000Z');
    await recordPeerState(db, 'ws-2', { memberId: 'm-ko', name: 'Ko Imani' }, vector([[9, 1]]), '2026-12-01T09:00:00.000Z');
    const [ko, ...others] = await listPeerStates(db, 'ws-1');
    expect(others).toEqual([]);
    expect(ko?.name).toBe('Ko Imani');
    expect(ko?.madeAt).toBe('2026-12-03T14:05:00.000Z');
    expect([...Y.decodeStateVector(ko?.stateVector ?? new Uint8Array())].sort()).toEqual([[1, 10], [2, 3], [3, 7]]);
  });

  it('skips a damaged row instead of failing: "everything" is always there to choose', async () => {
    db = openDatabase(`peer-states-${Math.random()}`);
    await db.peerStates.put({ workspaceId: 'ws-1', memberId: 'm-x', name: 'X', stateVector: 'not bytes', madeAt: 'yesterday' });
    expect(await listPeerStates(db, 'ws-1')).toEqual([]);
    await recordPeerState(db, 'ws-1', { memberId: 'm-x', name: 'Xu Lin' }, vector([[1, 2]]), '2026-12-03T14:05:00.000Z');
    expect((await listPeerStates(db, 'ws-1')).map((peer) => peer.name)).toEqual(['Xu Lin']);
  });
});
