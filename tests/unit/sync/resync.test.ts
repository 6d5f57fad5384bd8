import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { readSyncMessage } from 'y-protocols/sync';
import * as Y from 'yjs';
import { checkPeerMessage } from '../../../shared/sync/peer-message-guard';
import { syncRequest } from '../../../shared/sync/resync';

/** What a y-webrtc peer does with a sync message: read it, and answer if there is an answer. */
function receive(doc: Y.Doc, message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  expect(decoding.readVarUint(decoder)).toBe(0);
  const reply = encoding.createEncoder();
  encoding.writeVarUint(reply, 0);
  readSyncMessage(decoder, reply, doc, 'peer');
  return encoding.length(reply) > 1 ? encoding.toUint8Array(reply) : null;
}

describe('asking a connected peer again for what we lack', () => {
  it('brings over exactly the changes one side missed', () => {
    const here = new Y.Doc();
    const there = new Y.Doc();
    here.getText('charter').insert(0, 'Mission. ');
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
    there.getText('charter').insert(9, 'Membership. ');

    const request = syncRequest(here);
    expect(checkPeerMessage(request)).toEqual({ ok: true }); // the peer's guard lets it through
    const answer = receive(there, request);
    expect(answer).not.toBeNull();
    receive(here, answer as Uint8Array);
    expect(here.getText('charter').toString()).toBe('Mission. Membership. ');
  });

  it('costs a few bytes when nothing is missing', () => {
    const here = new Y.Doc();
    here.getText('charter').insert(0, 'x'.repeat(10_000));
    const there = new Y.Doc();
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
    expect(syncRequest(here).byteLength).toBeLessThan(16);
    const answer = receive(there, syncRequest(here));
    expect(answer?.byteLength ?? 0).toBeLessThan(16);
  });
});
