import { test, expect } from '@playwright/test';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startSignalingServer, type SignalingServer } from '../../../electron/sync/signaling-server';

/**
 * A real two-author editing session (josephg/editing-traces, friendsforever: 2 agents, 26,078
 * txns, many of them concurrent) replayed across two replicas that only talk through y-webrtc.
 * Each Node peer applies its own agent's txns, each one only once its causal parents have arrived
 * over WebRTC; both must then hold exactly the trace's final text. See trace-replay.mjs for how
 * positions are resolved against each txn's causal version.
 */
const TRACE = fileURLToPath(new URL('../../bench/data/editing-traces/friendsforever.concurrent.json.gz', import.meta.url));
const PEER_SCRIPT = fileURLToPath(new URL('./trace-peer.mjs', import.meta.url));
// Generous: the replay waits on the other peer thousands of times, and a loaded CI machine is slow.
const PEER_TIMEOUT_MS = 170_000;

interface PeerResult {
  agent: number;
  text: string;
  applied: number;
  waitedMs: number;
  ms: number;
}

function startPeer(config: object): { child: ChildProcessWithoutNullStreams; result: Promise<PeerResult> } {
  const child = spawn(process.execPath, [PEER_SCRIPT, JSON.stringify(config)], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const result = new Promise<PeerResult>((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line && stdout.includes('\n', stdout.indexOf(line))) resolve(JSON.parse(line) as PeerResult);
    });
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('exit', (code) => reject(new Error(`trace peer exited with ${code} before finishing: ${stderr.trim().slice(-2000)}`)));
  });
  return { child, result };
}

let signaling: SignalingServer;
const children: ChildProcessWithoutNullStreams[] = [];
test.beforeEach(async () => {
  signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
});
test.afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await signaling.close();
});

test('two peers replaying a concurrent editing trace over WebRTC converge to its final text', async () => {
  test.setTimeout(180_000);
  const trace = JSON.parse(gunzipSync(readFileSync(TRACE)).toString('utf8')) as { endContent: string; txns: Array<{ agent: number }> };
  const shared = {
    room: `trace-${randomBytes(8).toString('hex')}`,
    password: randomBytes(32).toString('base64url'),
    signaling: [signaling.url],
    trace: TRACE,
    timeoutMs: PEER_TIMEOUT_MS,
  };
  const peers = [0, 1].map((agent) => startPeer({ ...shared, agent }));
  children.push(...peers.map((peer) => peer.child));

  const results = await Promise.all(peers.map((peer) => peer.result));
  for (const peer of peers) peer.child.stdin.end('exit\n');

  for (const result of results) {
    const own = trace.txns.filter((txn) => txn.agent === result.agent).length;
    expect(result.applied, `agent ${result.agent} applied all its txns`).toBe(own);
    console.log(`agent ${result.agent}: ${result.applied} txns in ${result.ms} ms, ${result.waitedMs} ms waiting for the other peer`);
    expect(result.text.length, `agent ${result.agent}'s text length`).toBe(trace.endContent.length);
    expect(result.text === trace.endContent, `agent ${result.agent} ends with the trace's endContent`).toBe(true);
  }
  await Promise.all(peers.map((peer) => new Promise((resolve) => (peer.child.exitCode !== null ? resolve(null) : peer.child.once('exit', resolve)))));
});
