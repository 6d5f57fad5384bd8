// A member's app gone rogue: plain Node with yjs, y-webrtc and @roamhq/wrtc, holding the
// workspace secret. It rewrites another member's signed position (without being able to re-sign
// it) and deletes that member's dissenting view, straight in the shared Y.Doc, then stays
// connected so the edit reaches the honest peers.
//
//   node tests/e2e/sync/tamper-peer.mjs '<json>'
//     room, password, signaling   as in the invite (see node-peer.mjs)
//     victim                      name of the member whose voice is attacked
//     timeoutMs                   overall bound (default 30000)
//
// Prints {"tampered": {"positions": n, "dissents": m}} once done; exits on "exit" or EOF on stdin.
import * as Y from 'yjs';
import { boundedRun, exitOnRequest, joinRoom } from './peer-kit.mjs';

const options = JSON.parse(process.argv[2] ?? '{}');
const { watchdog } = boundedRun('tamper-peer', options.timeoutMs ?? 30_000);

const doc = new Y.Doc();
const provider = joinRoom(doc, options);

function victimId() {
  for (const [id, member] of doc.getMap('members').entries()) if (member?.name === options.victim) return id;
  return undefined;
}

const entriesBy = (mapName, authorId, kind) => [...doc.getMap(mapName).entries()].filter(([, entry]) => entry?.authorId === authorId && entry?.kind === kind);

const target = await new Promise((resolve) => {
  const check = () => {
    const id = victimId();
    if (id && entriesBy('positions', id, 'position').length > 0 && entriesBy('dissents', id, 'dissent').length > 0) {
      doc.off('update', check);
      resolve(id);
    }
  };
  doc.on('update', check);
  check();
});

const positions = doc.getMap('positions');
const dissents = doc.getMap('dissents');
const changed = entriesBy('positions', target, 'position');
const removed = entriesBy('dissents', target, 'dissent');
doc.transact(() => {
  for (const [key, entry] of changed) positions.set(key, { ...entry, content: { ...entry.content, stance: 'support', reason: '' } });
  for (const [key] of removed) dissents.delete(key);
});
process.stdout.write(`${JSON.stringify({ tampered: { positions: changed.length, dissents: removed.length } })}\n`);

exitOnRequest({ watchdog, provider, doc });
