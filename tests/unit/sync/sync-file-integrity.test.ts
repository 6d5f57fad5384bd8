import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { DissentDoc } from '../../../shared/dissent/dissent-doc';
import { MemberKeysDoc } from '../../../shared/integrity/member-keys';
import { exportPublicKey, generateSigningKeyPair } from '../../../shared/integrity/signing-key';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { applyBundleUpdate, SYNC_FILE_ORIGIN } from '../../../shared/sync/sync-bundle-apply';
import { bundleOf, decodeSyncFile, encodeSyncFile } from '../../../shared/sync/sync-bundle';
import { deriveWorkspaceKey } from '../../../shared/sync/workspace-key';
import { changesBodiesOnly } from '../../../shared/workspace-doc/body-changes';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { WorkspaceIntegrity } from '../../../renderer/integrity/workspace-integrity';
import { Keyring, WORKSPACE } from '../integrity/signing-fixtures';

let db: DeskDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('a sync file passes the checks a peer update passes', () => {
  it('is seen by the integrity check, and a dissent the file removes is restored from the archive', async () => {
    db = openDatabase(`sync-file-integrity-${Math.random()}`);
    const keyring = new Keyring();
    await keyring.add('amara');
    const dissent = await keyring.sign({
      v: 1,
      id: 'd1',
      kind: 'dissent',
      workspaceId: WORKSPACE,
      subjectId: 'doc1',
      authorId: 'amara',
      at: '2026-12-01T10:00:00.000Z',
      content: { viewKind: 'dissenting', target: { kind: 'document', documentId: 'doc1' }, title: '', text: 'We object to section 3.' },
    });
    const amara = new Y.Doc();
    new MemberKeysDoc(amara).put({ memberId: 'amara', publicKey: keyring.keyOf('amara') ?? '', registeredAt: '2026-12-01T09:00:00.000Z' });
    expect(new DissentDoc(amara).append(dissent)).toBe(true);

    const key = await deriveWorkspaceKey(newWorkspaceSecret(), WORKSPACE, 'sync-file');
    const carry = async (from: Y.Doc, to: Y.Doc, since?: Uint8Array) => {
      const file = await encodeSyncFile(key, WORKSPACE, bundleOf(from, { maker: { memberId: 'amara', name: 'Amara Velde' }, createdAt: '2026-12-01T11:00:00.000Z' }, since));
      const decoded = await decodeSyncFile(file, { workspaceId: WORKSPACE, key });
      if (!decoded.ok) throw new Error(decoded.error);
      return applyBundleUpdate(to, decoded.value.update);
    };

    const ko = new Y.Doc();
    // What useIntegrity listens to: any transaction that is not document text alone, whatever its origin.
    const seen: Array<{ origin: unknown; checked: boolean }> = [];
    ko.on('afterTransaction', (transaction: Y.Transaction) => seen.push({ origin: transaction.origin, checked: !changesBodiesOnly(transaction) }));
    const pair = await generateSigningKeyPair();
    const integrity = new WorkspaceIntegrity(db, WORKSPACE, ko, { privateKey: pair.privateKey, publicKey: await exportPublicKey(pair.publicKey) });

    await carry(amara, ko);
    expect(seen).toEqual([{ origin: SYNC_FILE_ORIGIN, checked: true }]);
    expect((await integrity.check('ko')).verified.map((entry) => entry.id)).toEqual(['d1']);

    // Someone holding the secret removes the dissent and sends only that change.
    const mallory = new Y.Doc();
    Y.applyUpdateV2(mallory, Y.encodeStateAsUpdateV2(amara));
    mallory.getMap('dissents').delete('d1');
    const removal = await carry(mallory, ko, Y.encodeStateVector(ko));
    expect(removal.changes).toBeGreaterThan(0);
    expect(new DissentDoc(ko).log('dissents').has('d1')).toBe(false);
    expect(seen.at(-1)).toEqual({ origin: SYNC_FILE_ORIGIN, checked: true });

    const after = await integrity.check('ko');
    expect(new DissentDoc(ko).log('dissents').has('d1')).toBe(true);
    expect(after.flags.map((flag) => flag.entryId)).toEqual(['d1']);
  });
});
