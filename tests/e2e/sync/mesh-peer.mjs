// One Node member of the mesh test (mesh.spec.ts) and bench (build/bench-mesh.mjs): yjs, y-webrtc and
// @roamhq/wrtc only, written against the workspace's documented shape like node-peer.mjs (Y.Map
// 'documents' of metadata, Y.XmlFragment 'body:<documentId>' per document). Unlike node-peer.mjs it
// is driven by commands, and it keeps its Y state in a file as the app keeps it in IndexedDB, so a
// member that leaves (even killed) comes back with everything it had written.
//
//   node tests/e2e/sync/mesh-peer.mjs '<json>'
//     room, password, signaling   as in node-peer.mjs (from the invite)
//     title       the document to write into and report on
//     stateFile   where the Y state is kept between runs of this member (read at start if present)
//     name        the member's name, in awareness and in messages
//     timeoutMs   overall bound of this process
//     stalledAfterMs  give up a connection not open after this long (default 5000, see peer-kit.mjs)
//
// Commands, one JSON object per stdin line with an "id"; each answer is one JSON line on stdout
// carrying the same "id":
//   {"op":"write","marker":"…"}            appends a paragraph → {"op":"write","marker","at"}
//   {"op":"await","markers":[…],"ms":N}    once the body holds all → {"op":"await","ok":true,"at"};
//                                           after ms → {"op":"await","ok":false,"missing":[…]}
//   {"op":"state"}                          → {"op":"state","lines":[…],"xmlHash","stateVector","peers"}
//   {"op":"arm"} then {"op":"hit","ms":N}  (bench) when the body's text first grew after arming → {"op":"hit","at"}
//   {"op":"clock"}                          → {"op":"clock","at"}
//   {"op":"exit"}                           leaves the room and exits 0 (so does EOF on stdin)
// At start it prints {"op":"ready","documentId"} once the document is known (bounded).
// "at" is performance.timeOrigin + performance.now(): comparable across processes on one machine.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import { bodyLines as lines, boundedRun, dropStalledConnections, joinRoom, leaver } from './peer-kit.mjs';

const options = JSON.parse(process.argv[2] ?? '{}');
const name = options.name ?? 'mesh-peer';
const { deadline, fail, watchdog } = boundedRun(name, options.timeoutMs ?? 60_000);
const now = () => performance.timeOrigin + performance.now();
const say = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

const doc = new Y.Doc();
if (options.stateFile && existsSync(options.stateFile)) Y.applyUpdate(doc, readFileSync(options.stateFile), 'disk');
// Written through on every change (small documents): a SIGKILL loses nothing this member acknowledged.
doc.on('update', () => {
  if (!options.stateFile) return;
  writeFileSync(`${options.stateFile}.tmp`, Y.encodeStateAsUpdate(doc));
  renameSync(`${options.stateFile}.tmp`, options.stateFile);
});

// y-webrtc reads an answer for a connection it no longer has as a TypeError in a promise (its
// signaling handler, y-webrtc.js 'answer'); that happens when a stalled connection was given up.
process.on('unhandledRejection', (error) => {
  if (error instanceof TypeError && String(error.message).includes('glareToken')) return console.error(`${name}: late answer ignored`);
  fail(`unhandled rejection: ${error?.stack ?? error}`);
});
const provider = joinRoom(doc, options);
// Two wrtc peers that offer to each other at once never connect without it (see peer-kit.mjs).
const stopSweeping = dropStalledConnections(provider, options.stalledAfterMs ?? 5_000);
provider.awareness.setLocalStateField('user', { memberId: name, name, color: '#1f6f8b' });

function findBody() {
  for (const [id, meta] of doc.getMap('documents').entries()) {
    if (meta && typeof meta === 'object' && meta.title === options.title) return { id, body: doc.getXmlFragment(`body:${id}`) };
  }
  return undefined;
}

/** Resolves with check()'s first defined value, re-checked on every change; undefined after `until`. */
function whenTrue(check, until) {
  return new Promise((resolve) => {
    let timer;
    const attempt = () => {
      const value = check();
      if (value === undefined && now() < until) return;
      doc.off('update', attempt);
      clearTimeout(timer);
      resolve(value);
    };
    timer = setTimeout(attempt, Math.max(0, until - now()));
    doc.on('update', attempt);
    attempt();
  });
}

const found = await whenTrue(() => {
  const document = findBody();
  return document && document.body.length > 0 ? document : undefined;
}, deadline);
if (!found) fail(`gave up waiting for a document titled "${options.title}"`);
const body = found.body;
say({ op: 'ready', documentId: found.id });

let armed;
const handlers = {
  write({ marker }) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(marker)]);
    doc.transact(() => body.insert(body.length, [paragraph]));
    return { op: 'write', marker, at: now() };
  },
  async await({ markers, ms }) {
    const missing = () => {
      const text = lines(body).join('\n');
      return markers.filter((marker) => !text.includes(marker));
    };
    const ok = await whenTrue(() => (missing().length === 0 ? true : undefined), Math.min(deadline, now() + ms));
    return ok ? { op: 'await', ok: true, at: now() } : { op: 'await', ok: false, missing: missing() };
  },
  state() {
    const xmlHash = createHash('sha256').update(body.toString()).digest('hex');
    const stateVector = Object.fromEntries([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b));
    const peers = [...(provider.room?.webrtcConns.values() ?? [])].filter((conn) => conn.connected).length;
    return { op: 'state', lines: lines(body), xmlHash, stateVector, peers };
  },
  // For build/bench-mesh.mjs: note the first change that makes the body's text longer than now.
  arm() {
    const from = lines(body).join('').length;
    armed = { hitAt: undefined, wake: () => undefined };
    const current = armed;
    const watch = () => {
      if (lines(body).join('').length <= from) return;
      current.hitAt = now();
      doc.off('update', watch);
      current.wake();
    };
    doc.on('update', watch);
    return { op: 'arm', length: from };
  },
  async hit({ ms }) {
    const current = armed;
    if (!current) return { op: 'hit', at: null };
    if (current.hitAt === undefined) await new Promise((resolve) => ((current.wake = resolve), setTimeout(resolve, ms)));
    return { op: 'hit', at: current.hitAt ?? null };
  },
  clock() {
    return { op: 'clock', at: now() };
  },
  exit() {
    finish();
    return { op: 'exit' };
  },
};

const leave = leaver({ watchdog, provider, doc });
function finish() {
  stopSweeping();
  leave();
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  input += chunk;
  let newline;
  while ((newline = input.indexOf('\n')) >= 0) {
    const text = input.slice(0, newline).trim();
    input = input.slice(newline + 1);
    if (!text) continue;
    const command = JSON.parse(text);
    const handler = handlers[command.op];
    if (!handler) fail(`unknown command ${text}`);
    void Promise.resolve(handler(command))
      .then((answer) => say({ ...answer, id: command.id }))
      .catch((error) => fail(String(error?.stack ?? error)));
  }
});
process.stdin.on('end', finish);
