// An independent member of a Coalition desk workspace: plain Node with yjs, y-webrtc and
// @roamhq/wrtc only, written against the public Yjs API and the workspace's documented shape
// (Y.Map 'documents' of document metadata, one Y.XmlFragment 'body:<documentId>' per document).
// It shares no code with the app.
//
//   node tests/e2e/sync/node-peer.mjs '<json>'
//     room       y-webrtc room name (the app derives it from the workspace id, see room-name.ts)
//     password   the workspace secret from the invite (y-webrtc's password)
//     signaling  signaling server URLs from the invite
//     title      title of the document to print (default "Charter")
//     waitFor    optional text to wait for in that document before printing (bounded)
//     write      optional paragraph to append to that document after printing
//     timeoutMs  overall bound (default 30000)
//
// Prints one JSON line {"title","documentId","text"} (the body as plain text, one line per
// paragraph or heading), then, if asked to write, {"wrote":true}; then stays connected until
// "exit" or EOF on stdin, so what it wrote can reach the other peers. Exits 1 on timeout.
import * as Y from 'yjs';
import { bodyLines, boundedRun, exitOnRequest, joinRoom } from './peer-kit.mjs';

const options = JSON.parse(process.argv[2] ?? '{}');
const title = options.title ?? 'Charter';
const { deadline, fail, watchdog } = boundedRun('node-peer', options.timeoutMs ?? 30_000);

const doc = new Y.Doc();
const provider = joinRoom(doc, options);
provider.awareness.setLocalStateField('user', { memberId: 'node-peer', name: 'Node peer', color: '#1f6f8b' });

/** Plain text of an XML body: one line per paragraph or heading. */
const plainText = (fragment) => bodyLines(fragment).join('\n');

function findDocument() {
  for (const [id, meta] of doc.getMap('documents').entries()) {
    if (meta && typeof meta === 'object' && meta.title === title) return { id, body: doc.getXmlFragment(`body:${id}`) };
  }
  return undefined;
}

/** Resolves when check() returns something, re-checking on every change to the doc; bounded by the deadline. */
function whenReady(check, what) {
  return new Promise((resolve) => {
    const attempt = () => {
      const value = check();
      if (value === undefined) return false;
      doc.off('update', attempt);
      clearInterval(timer);
      resolve(value);
      return true;
    };
    const timer = setInterval(() => Date.now() > deadline && fail(`gave up waiting for ${what}`), 200);
    if (!attempt()) doc.on('update', attempt);
  });
}

const found = await whenReady(() => {
  const document = findDocument();
  if (!document || document.body.length === 0) return undefined;
  if (options.waitFor && !plainText(document.body).includes(options.waitFor)) return undefined;
  return document;
}, `a document titled "${title}"`);

process.stdout.write(`${JSON.stringify({ title, documentId: found.id, text: plainText(found.body) })}\n`);

if (options.write) {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(options.write)]);
  doc.transact(() => found.body.insert(found.body.length, [paragraph]));
  process.stdout.write(`${JSON.stringify({ wrote: true })}\n`);
}

exitOnRequest({ watchdog, provider, doc });
