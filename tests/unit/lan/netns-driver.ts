/**
 * One side of the real-mDNS test (lan-mdns-netns.test.ts), run as a plain Node process inside
 * a private network namespace. It uses the same modules as the desktop app's main process:
 * the LAN controller, the bonjour-service transport and the signaling server. It prints one
 * JSON line per event on stdout.
 *
 *   host <address> <tag> stop    hosts on <address>, waits until a client connects, then stops hosting
 *   host <address> <tag> vanish  the same, but then exits at once: no goodbye, as when a laptop closes its lid
 *   peer <tag>                   browses, connects to the host announcing <tag>, waits until it leaves the list
 */
import { networkInterfaces } from 'node:os';
import WebSocket from 'ws';
import { bonjourTransport } from '../../../electron/sync/lan-bonjour';
import { createLanController } from '../../../electron/sync/lan-controller';
import { lanAddressCandidates } from '../../../electron/sync/lan-interfaces';
import { startSignalingServer } from '../../../electron/sync/signaling-server';

const started = Date.now();
const emit = (event: string, details: Record<string, unknown> = {}): void => {
  process.stdout.write(`${JSON.stringify({ event, ms: Date.now() - started, ...details })}\n`);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 8_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const lan = createLanController({
  networkInterfaces,
  startServer: startSignalingServer,
  mdns: bonjourTransport({ browseInterfaces: () => lanAddressCandidates(networkInterfaces()).map((candidate) => candidate.address) }),
  randomId: () => Math.random().toString(16).slice(2, 10),
  now: Date.now,
  log: (message, details) => emit('log', { message, details }),
  requeryMs: 1_000,
});

async function host(address: string, tag: string, mode: string): Promise<void> {
  emit('addresses', { addresses: lan.addresses() });
  const status = await lan.startHosting({ workspaceTag: tag, address });
  emit('hosting', { status });
  if (!status.hosting) throw new Error('could not host');
  const clients = await waitFor('a client', () => {
    const now = lan.hostingStatus();
    return now.hosting && now.clientCount > 0 ? now.clientCount : undefined;
  });
  emit('client-connected', { clients });
  if (mode === 'vanish') {
    emit('vanished');
    process.exit(0);
  }
  await lan.stopHosting();
  emit('stopped', { status: lan.hostingStatus() });
}

async function peer(tag: string): Promise<void> {
  lan.startDiscovery();
  emit('browsing', { addresses: lan.addresses() });
  const found = await waitFor('the host', () => lan.discovered().find((candidate) => candidate.workspaceTag === tag));
  emit('found', { host: found, all: lan.discovered() });
  const socket = new WebSocket(found.url);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'subscribe', topics: ['cd-test-room'] }));
  emit('connected', { url: found.url });
  await waitFor('the host to leave the list', () => (lan.discovered().some((candidate) => candidate.id === found.id) ? undefined : true));
  emit('gone');
  socket.terminate();
}

const [role, ...args] = process.argv.slice(2);
const run = role === 'host' ? host(args[0] ?? '', args[1] ?? '', args[2] ?? 'stop') : peer(args[0] ?? '');
run.then(
  async () => {
    await lan.dispose();
    emit('done');
    process.exit(0);
  },
  async (error: unknown) => {
    emit('error', { message: error instanceof Error ? error.message : String(error) });
    await lan.dispose();
    process.exit(1);
  },
);
