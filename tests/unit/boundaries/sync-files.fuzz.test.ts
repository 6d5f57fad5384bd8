import 'fake-indexeddb/auto';
import fc from 'fast-check';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { loadSyncFile } from '../../../renderer/sync/sync-files';
import { loadSyncSettings } from '../../../renderer/sync/sync-settings';
import { WorkspaceService, type OpenWorkspace } from '../../../renderer/workspaces/workspace-service';
import { bundleOf, encodeSyncFile } from '../../../shared/sync/sync-bundle';
import { deriveWorkspaceKey } from '../../../shared/sync/workspace-key';
import { identity, profile } from '../renderer/workspace-fixtures';
import { withinBoundsAsync } from './bounded';

let db: DeskDatabase;
let service: WorkspaceService;
let open: OpenWorkspace;
let genuine: Uint8Array;

beforeAll(async () => {
  db = openDatabase(`boundary-sync-files-${Math.random()}`);
  service = new WorkspaceService(db, undefined, undefined, () => Promise.resolve(undefined));
  const id = await service.create(profile, identity);
  open = await service.open(id);
  // A co-member's edits, in a file sealed with this workspace's key.
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(open.workspace.ydoc));
  peer.getText('body:charter').insert(0, 'Article 1. Members decide by consensus.');
  const key = await deriveWorkspaceKey((await loadSyncSettings(db, id)).secret, id, 'sync-file');
  genuine = await encodeSyncFile(key, id, bundleOf(peer, { maker: { memberId: 'm-ko', name: 'Ko Tanaka' }, createdAt: '2026-12-03T14:05:00.000Z' }));
});
afterAll(async () => {
  open.close();
  db.close();
  await db.delete();
});

/** Everything this device keeps: the document in memory and every row of every table. */
async function stored(): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify({ doc: [...Y.encodeStateAsUpdateV2(open.workspace.ydoc)], tables }, (_key, value: unknown) => (value instanceof Uint8Array ? [...value] : value));
}

const damage = fc.oneof(
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => (bytes: Uint8Array) => {
    const copy = bytes.slice();
    for (const [at, value] of flips) copy[at % copy.length] = value;
    return copy;
  }),
  fc.nat().map((at) => (bytes: Uint8Array) => bytes.slice(0, at % bytes.length)),
  fc.uint8Array({ maxLength: 64 }).map((extra) => (bytes: Uint8Array) => Uint8Array.from([...bytes, ...extra])),
  fc.uint8Array({ maxLength: 4096 }).map((random) => () => random),
);

describe('sync files at the boundary', () => {
  it('a damaged or foreign file is refused with a reason, within the time bound, and nothing stored changes', async () => {
    await fc.assert(
      fc.asyncProperty(damage, async (change) => {
        const bytes = change(genuine);
        const before = await stored();
        const outcome = await withinBoundsAsync(() => loadSyncFile({ db, registry: service.registry }, open, bytes), `a file of ${bytes.length} bytes`);
        if (!outcome.ok) expect(await stored()).toBe(before);
      }),
      { numRuns: 120 },
    );
  });

  it('the genuine file still loads after all that', async () => {
    const outcome = await loadSyncFile({ db, registry: service.registry }, open, genuine);
    expect(outcome.ok).toBe(true);
    expect(open.workspace.ydoc.getText('body:charter').toString()).toBe('Article 1. Members decide by consensus.');
  });
});
