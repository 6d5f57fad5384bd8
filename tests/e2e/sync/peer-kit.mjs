// What every Node test peer needs: a bounded life, a y-webrtc connection over wrtc with no
// public STUN, a document body read as text, and a clean exit when the test writes "exit" (or
// closes stdin). Only yjs,
// y-webrtc, ws and @roamhq/wrtc: nothing from the app.
import { createRequire } from 'node:module';
import * as Y from 'yjs';

const require = createRequire(import.meta.url);
globalThis.WebSocket = require('ws'); // Node 20 has no WebSocket global
const wrtc = require('@roamhq/wrtc');
const { WebrtcProvider } = await import('y-webrtc');

/** Fails the process with a message once `timeoutMs` has passed; `fail` ends it early. */
export function boundedRun(name, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  const fail = (message) => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  };
  const watchdog = setTimeout(() => fail('timed out'), timeoutMs);
  return { deadline, fail, watchdog };
}

export function joinRoom(doc, { room, password, signaling }) {
  return new WebrtcProvider(room, doc, { signaling, password, peerOpts: { wrtc, config: { iceServers: [] } } });
}

/**
 * A connection not open after `stalledAfterMs` (randomised up to half as much again, so two peers
 * do not retry in step) is destroyed, and y-webrtc announces this peer again. wrtc cannot roll back
 * an offer (Chromium can): when two Node peers offer to each other at once, the one that must give
 * way fails and closes, the other waits for an answer for ever, and y-webrtc ignores announcements
 * from a peer it still has a connection to; without this, six Node peers joining at once were left
 * with missing pairs for good, one of them with no connection at all. Returns a function that stops it.
 */
export function dropStalledConnections(provider, stalledAfterMs) {
  const deadlines = new WeakMap();
  const timer = setInterval(() => {
    const now = Date.now();
    for (const conn of provider.room?.webrtcConns.values() ?? []) {
      if (conn.connected) continue;
      const deadline = deadlines.get(conn);
      if (deadline === undefined) deadlines.set(conn, now + stalledAfterMs * (1 + Math.random() / 2));
      else if (now >= deadline) conn.destroy();
    }
  }, 500);
  return () => clearInterval(timer);
}

/** Leaves the room and exits 0, once however often it is called. */
export function leaver({ watchdog, provider, doc }) {
  let left = false;
  return () => {
    if (left) return;
    left = true;
    clearTimeout(watchdog);
    provider.destroy();
    doc.destroy();
    setTimeout(() => process.exit(0), 100);
  };
}

/** Stays connected (so what this peer wrote reaches the others) until the test says "exit". */
export function exitOnRequest(peer) {
  const finish = leaver(peer);
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    input += chunk;
    if (input.includes('exit')) finish();
  });
  process.stdin.on('end', finish);
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading']);
/** Plain text of an XML body: one entry per paragraph or heading, lists and quotes walked into. */
export function bodyLines(fragment) {
  const lines = [];
  const visit = (node) => {
    if (node instanceof Y.XmlElement && TEXT_BLOCKS.has(node.nodeName)) {
      lines.push(node.toArray().map((child) => (child instanceof Y.XmlText ? child.toDelta().map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('') : '')).join(''));
    } else if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) {
      node.toArray().forEach(visit);
    }
  };
  visit(fragment);
  return lines;
}
