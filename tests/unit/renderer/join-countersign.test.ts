import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { WorkspaceIntegrity } from '../../../renderer/integrity/workspace-integrity';
import { invitationEntry, newAdmissionToken, signJoinRequest } from '../../../shared/integrity/admission';
import { at, makeSigners, Replica, WORKSPACE } from '../integrity/membership-fixtures';

let db: DeskDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('the inviter app countersigning a join request', () => {
  it('binds the joiner who presents a valid token, and only once', async () => {
    db = openDatabase(`countersign-${Math.random()}`);
    const keys = await makeSigners(['amara', 'lin']);
    const replica = new Replica();
    await replica.found(keys.amara!);
    const token = newAdmissionToken();
    await replica.log.append(await invitationEntry(await replica.view(), keys.amara!, token, 'member', at(1)));
    const integrity = new WorkspaceIntegrity(db, WORKSPACE, replica.ydoc, { privateKey: keys.amara!.privateKey, publicKey: keys.amara!.publicKey });
    await integrity.joinRequests.put(await signJoinRequest(keys.lin!, { workspaceId: WORKSPACE, memberId: 'lin', token, at: at(2).toISOString() }));

    expect(await integrity.countersignJoinRequests('amara', await integrity.membership(), at(3))).toBe(true);
    const view = await integrity.membership();
    expect(view.members.find((member) => member.memberId === 'lin')?.publicKey).toBe(keys.lin!.publicKey);
    expect(await integrity.countersignJoinRequests('amara', view, at(4))).toBe(false);
  });
});
