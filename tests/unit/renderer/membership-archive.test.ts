import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { pinMembershipRoot } from '../../../renderer/integrity/membership-root';
import { WorkspaceIntegrity } from '../../../renderer/integrity/workspace-integrity';
import { MEMBERSHIP_LOG } from '../../../shared/integrity/membership-log-doc';
import { at, makeSigners, Replica, WORKSPACE } from '../integrity/membership-fixtures';

let db: DeskDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('membership entries a peer deletes or overwrites', () => {
  it('come back from this install, and a missing genesis never brings back plain authority', async () => {
    db = openDatabase(`membership-archive-${Math.random()}`);
    const keys = await makeSigners(['amara', 'ko']);
    const replica = new Replica();
    const root = await replica.found(keys.amara!);
    const { hash: admission } = await replica.admit(keys.amara!, keys.ko!, 'member', at(1));
    const integrity = new WorkspaceIntegrity(db, WORKSPACE, replica.ydoc, { privateKey: keys.ko!.privateKey, publicKey: keys.ko!.publicKey });
    expect((await integrity.membership()).members).toHaveLength(2);

    const map = replica.ydoc.getMap(MEMBERSHIP_LOG);
    map.delete(root);
    map.set(admission, { forged: true });
    const view = await integrity.membership();
    expect(view.root).toBe(root);
    expect(view.members.map((member) => member.memberId).sort()).toEqual(['amara', 'ko']);

    // An install that pinned the root but never archived the entries: rooted, and nobody in it.
    const otherDb = openDatabase(`membership-archive-other-${Math.random()}`);
    await pinMembershipRoot(otherDb, WORKSPACE, root);
    const other = new WorkspaceIntegrity(otherDb, WORKSPACE, new Replica().ydoc, { privateKey: keys.ko!.privateKey, publicKey: keys.ko!.publicKey });
    const stripped = await other.membership();
    expect(stripped.root).toBe(root);
    expect(stripped.members).toEqual([]);
    otherDb.close();
    await otherDb.delete();
  });
});
