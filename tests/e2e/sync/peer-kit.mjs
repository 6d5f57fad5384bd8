// What every Node test peer needs: a bounded life, a y-webrtc connection over wrtc with no
// public STUN, and a clean exit when the test writes "exit" (or closes stdin). Only yjs,
// y-webrtc, ws and @roamhq/wrtc: nothing from the app.
import { createRequire } from 'node:module';

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

/** Stays connected (so what this peer wrote reaches the others) until the test says "exit". */
export function exitOnRequest({ watchdog, provider, doc }) {
  const finish = () => {
    clearTimeout(watchdog);
    provider.destroy();
    doc.destroy();
    setTimeout(() => process.exit(0), 100);
  };
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    input += chunk;
    if (input.includes('exit')) finish();
  });
  process.stdin.on('end', finish);
}
