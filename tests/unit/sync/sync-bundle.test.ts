import fc from 'fast-check';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { deflate } from '../../../shared/sync/deflate';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { applyBundleUpdate } from '../../../shared/sync/sync-bundle-apply';
import {
  assembleSyncFile,
  bundleOf,
  decodeSyncFile,
  encodeSyncFile,
  inspectSyncFile,
  SEAL_OVERHEAD_BYTES,
  type SyncBundle,
} from '../../../shared/sync/sync-bundle';
import { MAX_SYNC_FILE_BYTES, readSyncFileHeader, SYNC_FILE_VERSION } from '../../../shared/sync/sync-file-header';
import { deriveWorkspaceKey, seal } from '../../../shared/sync/workspace-key';

const WORKSPACE = 'ws-open-maps';
const maker = { memberId: 'm-amara', name: 'Amara Velde' };
const createdAt = '2026-12-03T14:05:00.000Z';
let secret: string;
let key: CryptoKey;

beforeAll(async () => {
  secret = newWorkspaceSecret();
  key = await deriveWorkspaceKey(secret, WORKSPACE, 'sync-file');
});

/** An edit a member could make: text in a document body, or a record in a map. */
type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'set'; field: string; value: number };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(40), text: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(40), length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('set' as const), field: fc.constantFrom('title', 'status', 'owner'), value: fc.integer() }),
);

function edit(doc: Y.Doc, change: Edit): void {
  const text = doc.getText('body:charter');
  if (change.kind === 'insert') text.insert(Math.min(change.at, text.length), change.text);
  else if (change.kind === 'delete') {
    const at = Math.min(change.at, text.length);
    text.delete(at, Math.min(change.length, text.length - at));
  } else doc.getMap('meta').set(change.field, change.value);
}

const stateOf = (doc: Y.Doc) => ({ text: doc.getText('body:charter').toString(), meta: doc.getMap('meta').toJSON(), sv: [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort() });

function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('body:charter').insert(0, text);
  return doc;
}

async function fileOf(doc: Y.Doc, since?: Uint8Array): Promise<Uint8Array> {
  return encodeSyncFile(key, WORKSPACE, bundleOf(doc, { maker, createdAt }, since));
}

async function decode(bytes: Uint8Array, overrides: Partial<Parameters<typeof decodeSyncFile>[1]> = {}) {
  return decodeSyncFile(bytes, { workspaceId: WORKSPACE, key, ...overrides });
}

async function errorOf(bytes: Uint8Array, overrides: Partial<Parameters<typeof decodeSyncFile>[1]> = {}) {
  const result = await decode(bytes, overrides);
  return result.ok ? 'ok' : result.error;
}

describe('sync file format', () => {
  it('round-trips a bundle: who, when, state vector and every change', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { maxLength: 30 }), async (edits) => {
        const doc = new Y.Doc();
        edits.forEach((change) => edit(doc, change));
        const bundle = bundleOf(doc, { maker, createdAt });
        const decoded = await decode(await encodeSyncFile(key, WORKSPACE, bundle));
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(decoded.value).toEqual<SyncBundle>(bundle);
        const copy = new Y.Doc();
        applyBundleUpdate(copy, decoded.value.update);
        expect(stateOf(copy)).toEqual(stateOf(doc));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the content unreadable without the key and compresses it', async () => {
    const doc = docWith('Open data for every region. '.repeat(400));
    const bytes = await fileOf(doc);
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('Open data');
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('Amara');
    expect(bytes.length).toBeLessThan(Y.encodeStateAsUpdateV2(doc).length / 4);
  });

  it('refuses bytes that are not a sync file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        expect(await errorOf(bytes)).toBe('not-a-sync-file');
      }),
    );
    expect(await errorOf(new TextEncoder().encode('# Charter\n\nNot a sync file at all.'))).toBe('not-a-sync-file');
  });

  it('refuses garbage after a valid magic without throwing', async () => {
    const magic = (await fileOf(docWith('x'))).subarray(0, 8);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (tail) => {
        const bytes = new Uint8Array([...magic, ...tail]);
        expect(['truncated', 'corrupted', 'future-version']).toContain(await errorOf(bytes));
      }),
    );
  });

  it('refuses every truncation as truncated (or not a sync file, when not even the magic is left)', async () => {
    const bytes = await fileOf(docWith('Amendments need four weeks of notice.'));
    for (let length = 0; length < bytes.length; length++) {
      expect(await errorOf(bytes.subarray(0, length))).toBe(length < 8 ? 'not-a-sync-file' : 'truncated');
    }
  });

  it('refuses every single bit flip, and calls a flip after the header corrupted', async () => {
    const bytes = await fileOf(docWith('We call on every government to publish its maps.'));
    const headerEnd = 13 + new DataView(bytes.buffer).getUint32(9);
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length - 1), fc.nat(7), async (index, bit) => {
        const flipped = bytes.slice();
        flipped[index] = (flipped[index] ?? 0) ^ (1 << bit);
        const error = await errorOf(flipped);
        expect(error).not.toBe('ok');
        if (index >= headerEnd) expect(error).toBe('corrupted');
      }),
      { numRuns: 300 },
    );
  });

  it('tells a wrong or rotated secret, another workspace and a future version apart', async () => {
    const bytes = await fileOf(docWith('text'));
    expect(await errorOf(bytes, { key: await deriveWorkspaceKey(newWorkspaceSecret(), WORKSPACE, 'sync-file') })).toBe('wrong-secret');
    // Another workspace's key for the right id still fails: the key is bound to the workspace id.
    expect(await errorOf(bytes, { key: await deriveWorkspaceKey(secret, 'ws-other', 'sync-file') })).toBe('wrong-secret');
    expect(await errorOf(bytes, { workspaceId: 'ws-other' })).toBe('other-workspace');
    const header = readSyncFileHeader(bytes);
    expect(header.ok && header.value.workspaceId).toBe(WORKSPACE);
    const future = bytes.slice();
    future[8] = SYNC_FILE_VERSION + 1;
    expect(await errorOf(future)).toBe('future-version');
  });

  it('refuses an oversized file before reading it', async () => {
    const huge = new Uint8Array(MAX_SYNC_FILE_BYTES + 1);
    huge.set((await fileOf(docWith('x'))).subarray(0, 8));
    expect(await errorOf(huge)).toBe('too-large');
  });

  it('refuses a decompression bomb sealed with the right key while it unpacks', async () => {
    const zeros = new Uint8Array(8 * 1024 * 1024);
    const bomb = await deflate(zeros);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const bytes = await assembleSyncFile(WORKSPACE, (header) => seal(key, bomb, header), bomb.length + SEAL_OVERHEAD_BYTES);
    expect(await errorOf(bytes, { maxUnpackedBytes: 1024 * 1024 })).toBe('too-large-unpacked');
    // Within the limit it unpacks, and is then refused as not a payload.
    expect(await errorOf(bytes, { maxUnpackedBytes: 16 * 1024 * 1024 })).toBe('corrupted');
  });

  it('refuses a well-sealed payload that is not a Yjs update', async () => {
    const compressed = await deflate(new TextEncoder().encode('{"maker":1}'));
    const bytes = await assembleSyncFile(WORKSPACE, (header) => seal(key, compressed, header), compressed.length + SEAL_OVERHEAD_BYTES);
    expect(await errorOf(bytes)).toBe('corrupted');
  });
});

describe('applying bundles', () => {
  it('converges whatever the order, with duplicates, across several members', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.array(editArb, { maxLength: 6 }), { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
        fc.infiniteStream(fc.nat()),
        async (members, randomness) => {
          const draw = (n: number) => (randomness.next().value as number) % n;
          const docs = members.map(() => new Y.Doc());
          const files: Uint8Array[] = [];
          // Each member works in sessions, saving a file after each; some files are diffs since
          // another member's last file, as the app offers.
          for (let session = 0; session < 3; session++) {
            for (const [index, doc] of docs.entries()) {
              const edits = members[index]?.[session];
              if (!edits) continue;
              edits.forEach((change) => edit(doc, change));
              const since = draw(2) === 0 && files.length > 0 ? (await decode(files[draw(files.length)] as Uint8Array)) : undefined;
              files.push(await fileOf(doc, since?.ok ? since.value.stateVector : undefined));
              // Sometimes a member loads a file before the next session.
              const incoming = files[draw(files.length)] as Uint8Array;
              const decoded = await decode(incoming);
              if (decoded.ok && draw(2) === 0) applyBundleUpdate(doc, decoded.value.update);
            }
          }
          // Last files of everything, so a receiver of all files has every change.
          for (const doc of docs) files.push(await fileOf(doc));
          const receivers = [0, 1, 2].map(() => new Y.Doc());
          for (const receiver of receivers) {
            const order = [...files, ...files.filter(() => draw(3) === 0)].sort(() => draw(3) - 1);
            for (const bytes of order) {
              const decoded = await decode(bytes);
              expect(decoded.ok).toBe(true);
              if (decoded.ok) applyBundleUpdate(receiver, decoded.value.update);
            }
          }
          const expected = new Y.Doc();
          docs.forEach((doc) => Y.applyUpdateV2(expected, Y.encodeStateAsUpdateV2(doc)));
          for (const receiver of receivers) {
            expect(stateOf(receiver)).toEqual(stateOf(expected));
            expect(receiver.store.pendingStructs).toBeNull();
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('says nothing new the second time, and counts inserted and deleted items', () => {
    const source = docWith('abcdef');
    const target = new Y.Doc();
    expect(applyBundleUpdate(target, Y.encodeStateAsUpdateV2(source))).toEqual({ changes: 6, waiting: false });
    expect(applyBundleUpdate(target, Y.encodeStateAsUpdateV2(source))).toEqual({ changes: 0, waiting: false });
    source.getText('body:charter').delete(1, 2);
    expect(applyBundleUpdate(target, Y.encodeStateAsUpdateV2(source))).toEqual({ changes: 2, waiting: false });
    expect(target.getText('body:charter').toString()).toBe('adef');
  });

  it('holds a diff whose base is missing, and completes it when the base arrives', () => {
    const source = docWith('base ');
    const base = Y.encodeStateAsUpdateV2(source);
    const known = Y.encodeStateVector(source);
    source.getText('body:charter').insert(5, 'and more');
    const target = new Y.Doc();
    expect(applyBundleUpdate(target, Y.encodeStateAsUpdateV2(source, known))).toEqual({ changes: 0, waiting: true });
    expect(applyBundleUpdate(target, base)).toEqual({ changes: 13, waiting: false });
    expect(target.getText('body:charter').toString()).toBe('base and more');
  });

  it('puts into a diff bundle only what the other member lacked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArb, { minLength: 1, maxLength: 20 }), fc.array(editArb, { minLength: 1, maxLength: 20 }), async (before, after) => {
        const amara = new Y.Doc();
        before.forEach((change) => edit(amara, change));
        const ko = new Y.Doc();
        const first = await decode(await fileOf(amara));
        if (!first.ok) throw new Error(first.error);
        applyBundleUpdate(ko, first.value.update);
        // Ko's file tells Amara what Ko has.
        const fromKo = await decode(await fileOf(ko));
        if (!fromKo.ok) throw new Error(fromKo.error);
        after.forEach((change) => edit(amara, change));
        const diff = await decode(await fileOf(amara, fromKo.value.stateVector));
        if (!diff.ok) throw new Error(diff.error);
        expect(diff.value.scope).toBe('since');
        const known = Y.decodeStateVector(fromKo.value.stateVector);
        for (const struct of Y.decodeUpdateV2(diff.value.update).structs) {
          expect(struct.id.clock).toBeGreaterThanOrEqual(known.get(struct.id.client) ?? 0);
        }
        applyBundleUpdate(ko, diff.value.update);
        expect(stateOf(ko)).toEqual(stateOf(amara));
      }),
      { numRuns: 40 },
    );
  });
});

describe('inspecting a file without the key', () => {
  it('reports a damaged workspace id as damage, not as another workspace', async () => {
    const bytes = await fileOf(docWith('text'));
    const at = new TextDecoder('latin1').decode(bytes).indexOf(WORKSPACE);
    const renamed = bytes.slice();
    renamed[at] = 'X'.charCodeAt(0);
    // The header alone reads as another workspace's; only the digest shows the change.
    const header = readSyncFileHeader(renamed);
    expect(header.ok && header.value.workspaceId).toBe(`X${WORKSPACE.slice(1)}`);
    expect(await inspectSyncFile(renamed)).toEqual({ ok: false, error: 'corrupted' });
    expect(await errorOf(renamed)).toBe('corrupted');
  });
});
