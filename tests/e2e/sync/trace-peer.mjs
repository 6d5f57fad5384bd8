// One peer of the concurrent-trace test: a Node process holding a Y.Doc, connected to the other
// peer through y-webrtc (+ @roamhq/wrtc) and the test's signaling server on 127.0.0.1.
//
//   node tests/e2e/sync/trace-peer.mjs '{"agent":0,"room":"…","password":"…","signaling":["ws://127.0.0.1:…"],"trace":"….json.gz","timeoutMs":80000}'
//
// Applies its agent's txns in trace order, each once its parents have arrived from the other
// peer; when it holds every txn of both agents it prints one JSON line
// {"agent","text","applied","waitedMs","ms"} and waits for "exit" (or EOF) on stdin, so that it
// keeps serving the other peer until that one is done too. Every wait is bounded by timeoutMs.
import * as Y from 'yjs';
import { boundedRun, exitOnRequest, joinRoom } from './peer-kit.mjs';
import { TraceReplica, analyseTrace, loadTrace } from './trace-replay.mjs';

const config = JSON.parse(process.argv[2] ?? '{}');
const started = Date.now();
const { deadline, fail, watchdog } = boundedRun(`trace-peer ${config.agent}`, config.timeoutMs ?? 80_000);

const trace = await loadTrace(config.trace);
const info = analyseTrace(trace);
const doc = new Y.Doc({ gc: false }); // tombstones keep their content: positions are resolved against old versions
const replica = new TraceReplica(doc, trace, config.agent, info);
const other = 1 - config.agent;

const provider = joinRoom(doc, config);

const until = async (condition, what) => {
  while (!condition()) {
    if (Date.now() > deadline) fail(`gave up waiting for ${what}`);
    await Promise.race([replica.whenChanged(), new Promise((resolve) => setTimeout(resolve, 50))]);
  }
};
const connected = () => provider.room !== null && provider.room.webrtcConns.size > 0 && [...provider.room.webrtcConns.values()].some((conn) => conn.connected);
// Two wrtc peers that announce at the same instant can both stall in offer glare; a fresh attempt
// (a new connection from the same doc) resolves it. Bounded by the deadline like every wait.
const RECONNECT_AFTER_MS = 10_000;
for (let attempt = 1; !connected(); attempt++) {
  const giveUpAt = Date.now() + RECONNECT_AFTER_MS;
  await until(() => connected() || Date.now() > giveUpAt, 'the other peer to connect');
  if (connected()) break;
  console.error(`trace-peer ${config.agent}: no connection after attempt ${attempt}; reconnecting`);
  provider.disconnect();
  await new Promise((resolve) => setTimeout(resolve, 200 + config.agent * 500));
  provider.connect();
}

let waitedMs = 0;
let applied = 0;
for (const index of info.byAgent[config.agent]) {
  if (!replica.ready(index)) {
    const from = Date.now();
    await until(() => replica.ready(index), `the parents of txn ${index}`);
    waitedMs += Date.now() - from;
  }
  replica.apply(index);
  applied++;
  // Let the data channel send and receive between txns.
  if (applied % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
}
await until(() => replica.count(other) === info.byAgent[other].length, 'the rest of the other agent\'s txns');

process.stdout.write(`${JSON.stringify({ agent: config.agent, text: doc.getText('text').toString(), applied, waitedMs, ms: Date.now() - started })}\n`);

exitOnRequest({ watchdog, provider, doc });
