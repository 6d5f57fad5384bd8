import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EnvelopeReplica } from '../../../shared/sync/envelope-replica';
import { BlobTooLargeError, envelopeBlobs, isRelayDocumentName, MAX_BLOB_BYTES, openBlob, readBlobHeader, relayDocumentName, sealBlob } from '../../../shared/sync/relay-envelope';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { deriveWorkspaceKey } from '../../../shared/sync/workspace-key';

const FROM_RELAY = Symbol('from-relay');
const key = (secret = newWorkspaceSecret()) => deriveWorkspaceKey(secret, 'w-ubuntu-harbour', 'relay-envelope');

function noteUpdate(note: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('notes').set(note, true);
  return Y.encodeStateAsUpdateV2(doc);
}

/** Merges two envelope replicas both ways, as the relay would. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('relay envelope blobs', () => {
  it('opens what it sealed, with its id, kind and covered ids', async () => {
    const k = await key();
    const covers = ['00112233445566778899aabbccddeeff'];
    const blob = await sealBlob(k, 'fold', noteUpdate('Quorum of Lakeview Commons'), covers);
    const opened = await openBlob(k, blob.bytes);
    expect(opened).toMatchObject({ id: blob.id, kind: 'fold', covers });
    const doc = new Y.Doc();
    Y.applyUpdateV2(doc, opened?.update as Uint8Array);
    expect(doc.getMap('notes').get('Quorum of Lakeview Commons')).toBe(true);
  });

  it('ignores a blob from another key, a swapped header, a flipped byte and junk', async () => {
    const k = await key();
    const blob = await sealBlob(await key(), 'batch', noteUpdate('secret minute'));
    expect(await openBlob(k, blob.bytes)).toBeUndefined();
    const own = await sealBlob(k, 'batch', noteUpdate('own minute'));
    const swapped = own.bytes.slice();
    swapped[1] = 2; // claims to be a fold
    expect(await openBlob(k, swapped)).toBeUndefined();
    const flipped = own.bytes.slice();
    flipped[40] = (flipped[40] ?? 0) ^ 1;
    expect(await openBlob(k, flipped)).toBeUndefined();
    for (const junk of [undefined, 'text', 42, new Uint8Array(3), { id: 'x' }, new Uint8Array(64).fill(1)]) expect(await openBlob(k, junk)).toBeUndefined();
    expect(readBlobHeader(own.bytes)?.id).toBe(own.id);
  });

  it('refuses a sealed blob whose update is not a Yjs update', async () => {
    const k = await key();
    const bad = await sealBlob(k, 'batch', new Uint8Array([255, 255, 255, 1, 2, 3]));
    expect(await openBlob(k, bad.bytes)).toBeUndefined();
  });

  it('refuses to seal a blob no member could open, and a fold that would be one keeps the blobs', async () => {
    const k = await key();
    await expect(sealBlob(k, 'batch', new Uint8Array(MAX_BLOB_BYTES))).rejects.toBeInstanceOf(BlobTooLargeError);
    const workspace = new Y.Doc();
    const replica = new EnvelopeReplica(k, workspace, FROM_RELAY);
    for (const size of [10, MAX_BLOB_BYTES / 2 + 1]) {
      const before = Y.encodeStateVector(workspace);
      workspace.getMap('attachments').set(`scan-${size}`, new Uint8Array(size));
      await replica.upload(replica.missing(Y.encodeStateAsUpdate(workspace, before)) as Uint8Array);
    }
    workspace.getMap('attachments').set('scan-last', new Uint8Array(MAX_BLOB_BYTES / 2));
    expect(await replica.fold()).toBe(false);
    expect(replica.blobCount).toBe(2);
  });

  it('names the envelope from the secret, in the only form a relay accepts', async () => {
    const secret = newWorkspaceSecret();
    const name = await relayDocumentName(secret, 'w-1');
    expect(isRelayDocumentName(name)).toBe(true);
    expect(name).toBe(await relayDocumentName(secret, 'w-1'));
    expect(name).not.toBe(await relayDocumentName(newWorkspaceSecret(), 'w-1'));
    for (const other of ['w-1', 'cd1-short', `${name}x`, `../${name}`]) expect(isRelayDocumentName(other)).toBe(false);
  });
});

describe('an envelope replica', () => {
  it('applies remote blobs once, and a malformed or foreign blob does not stop the rest', async () => {
    const k = await key();
    const envelope = new Y.Doc();
    const blobs = envelopeBlobs(envelope);
    blobs.push([new Uint8Array([1, 2, 3]), 'junk', (await sealBlob(await key(), 'batch', noteUpdate('foreign'))).bytes]);
    blobs.push([(await sealBlob(k, 'batch', noteUpdate('Riverbend charter, clause 4'))).bytes]);
    const workspace = new Y.Doc();
    const origins: unknown[] = [];
    workspace.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
    const replica = new EnvelopeReplica(k, workspace, FROM_RELAY, envelope);
    expect(await replica.absorb()).toBe(1);
    expect(await replica.absorb()).toBe(0);
    expect([...workspace.getMap('notes').keys()]).toEqual(['Riverbend charter, clause 4']);
    expect(origins).toEqual([FROM_RELAY]);
  });

  it('does not seal again what the envelope already holds', async () => {
    const k = await key();
    const author = new Y.Doc();
    const authorReplica = new EnvelopeReplica(k, author, FROM_RELAY);
    const updates: Uint8Array[] = [];
    author.on('update', (update: Uint8Array) => updates.push(update));
    author.getMap('notes').set('Next steps for Ferngrove', true);
    await authorReplica.upload(authorReplica.missing(updates[0] as Uint8Array) as Uint8Array);

    const other = new Y.Doc();
    const otherReplica = new EnvelopeReplica(k, other, FROM_RELAY);
    exchange(authorReplica.envelope, otherReplica.envelope);
    await otherReplica.absorb();
    // The same change arriving by another path (WebRTC) afterwards is nothing new for the envelope.
    expect(otherReplica.missing(updates[0] as Uint8Array)).toBeUndefined();
    expect(otherReplica.missingFromWorkspace()).toBeUndefined();
    other.getMap('notes').set('Objection by Westmarch', true);
    const novel = otherReplica.missingFromWorkspace() as Uint8Array;
    const check = new Y.Doc();
    Y.applyUpdateV2(check, novel);
    expect([...check.getMap('notes').keys()]).toEqual(['Objection by Westmarch']);
  });

  const edit = fc.record({ kind: fc.constant('edit' as const), member: fc.nat(2), awaited: fc.boolean() });
  const fold = fc.record({ kind: fc.constant('fold' as const), member: fc.nat(2), awaited: fc.boolean() });
  const sync = fc.record({ kind: fc.constant('sync' as const), member: fc.nat(2), other: fc.nat(2) });
  const absorb = fc.record({ kind: fc.constant('absorb' as const), member: fc.nat(2) });

  it('folding keeps every update, whatever interleaves with it (property)', async () => {
    const k = await key();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(edit, edit, fold, sync, absorb), { minLength: 1, maxLength: 40 }), async (steps) => {
        const workspaces = [0, 1, 2].map(() => new Y.Doc());
        const members = workspaces.map((workspace) => new EnvelopeReplica(k, workspace, FROM_RELAY));
        const member = (index: number) => members[index] as EnvelopeReplica;
        const running: Array<Promise<unknown>> = [];
        const written: string[] = [];
        for (const [index, step] of steps.entries()) {
          if (step.kind === 'sync') exchange(member(step.member).envelope, member(step.other).envelope);
          if (step.kind === 'absorb') await member(step.member).absorb();
          if (step.kind === 'edit' || step.kind === 'fold') {
            const replica = member(step.member);
            let work: Promise<unknown>;
            if (step.kind === 'fold') work = replica.fold();
            else {
              const note = `note ${index} by member ${step.member}`;
              written.push(note);
              const workspace = workspaces[step.member] as Y.Doc;
              const before = Y.encodeStateVector(workspace);
              workspace.getMap('notes').set(note, true);
              work = replica.upload(replica.missing(Y.encodeStateAsUpdate(workspace, before)) as Uint8Array);
            }
            if (step.awaited) await work;
            else running.push(work);
          }
        }
        await Promise.all(running);
        for (const a of members) for (const b of members) exchange(a.envelope, b.envelope);
        // A member who only ever reads the envelope gets every note ever written.
        const readerDoc = new Y.Doc();
        await new EnvelopeReplica(k, readerDoc, FROM_RELAY, members[0]?.envelope).absorb();
        const notes = readerDoc.getMap('notes');
        expect([...notes.keys()].sort()).toEqual([...written].sort());
      }),
      { numRuns: 60 },
    );
  });

  it('a fold leaves one blob where there were many', async () => {
    const k = await key();
    const workspace = new Y.Doc();
    const replica = new EnvelopeReplica(k, workspace, FROM_RELAY);
    for (const note of ['agenda', 'minutes', 'actions']) {
      const before = Y.encodeStateVector(workspace);
      workspace.getMap('notes').set(note, true);
      await replica.upload(replica.missing(Y.encodeStateAsUpdate(workspace, before)) as Uint8Array);
    }
    expect(replica.blobCount).toBe(3);
    expect(await replica.fold()).toBe(true);
    expect(replica.blobCount).toBe(1);
    expect(await replica.fold()).toBe(false);
  });
});
