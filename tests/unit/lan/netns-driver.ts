/**
 * One side of the real-mDNS test (lan-mdns-netns.test.ts), run as a plain Node process inside
 * a private network namespace. It uses the same modules as the desktop app's main process:
 * the LAN controller, the bonjour-service transport and the signaling server. It prints one
 * JSON line per event on stdout.
 *
 *   host <address> <tag> stop    hosts on <address>, waits until a client connects, then stops hosting
 *   host <address> <tag> vanish  the same, but then exits at once: no goodbye, as when a laptop closes its lid
 *   peer <tag>                   browses, connects to the host announcing <tag>, waits until it leaves the list
 *   sync-host <address> <workspace id> <secret>
 *                                hosts the workspace's tag, joins its room through its own server with a
 *                                document, waits for a member's edit, then stops hosting
 *   sync-peer <workspace id> <secret>
 *                                joins the host announcing this workspace, as the app does on its own,
 *                                receives the document, adds a paragraph, waits until the host leaves
 */
import { networkInterfaces } from 'node:os';
import wrtc from '@roamhq/wrtc';
import WebSocket from 'ws';
import { WebrtcProvider } from 'y-webrtc';
import * as Y from 'yjs';
import { bonjourTransport } from '../../../electron/sync/lan-bonjour';
import { createLanController } from '../../../electron/sync/lan-controller';
import { lanAddressCandidates } from '../../../electron/sync/lan-interfaces';
import { startSignalingServer } from '../../../electron/sync/signaling-server';
import { bodyText, writeBlocks } from '../../../shared/documents/document-blocks';
import { classifyDiscoveredHosts, hostsToJoinAutomatically } from '../../../shared/sync/lan-discovery';
import { lanWorkspaceTag } from '../../../shared/sync/lan-protocol';
import { roomNameFor } from '../../../shared/sync/room-name';
import { WorkspaceDoc } from '../../../shared/workspace-doc/workspace-doc';

const started = Date.now();
const emit = (event: string, details: Record<string, unknown> = {}): void => {
  process.stdout.write(`${JSON.stringify({ event, ms: Date.now() - started, ...details })}\n`);
};
// Whatever hangs (ICE, a lost goodbye), the process ends on its own, well before the test gives up.
setTimeout(() => {
  emit('error', { message: 'watchdog: still running after 25 s' });
  process.exit(1);
}, 25_000).unref();
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

const DOCUMENT_ID = 'charter';

/** A workspace document joined the way renderer/sync/workspace-sync.ts joins it, with wrtc for Node and no STUN. */
function joinWorkspace(room: string, secret: string, signalingUrl: string) {
  Object.assign(globalThis, { WebSocket }); // lib0's websocket expects the browser global; Node 20 has none
  const doc = new Y.Doc();
  const provider = new WebrtcProvider(room, doc, { signaling: [signalingUrl], password: secret, peerOpts: { wrtc, config: { iceServers: [] } } });
  const body = new WorkspaceDoc(doc).body(DOCUMENT_ID);
  const final = () => ({ text: bodyText(body), stateVector: Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(doc))) });
  return { doc, provider, body, final };
}

async function syncHost(address: string, workspaceId: string, secret: string): Promise<void> {
  const room = await roomNameFor(workspaceId);
  const status = await lan.startHosting({ workspaceTag: await lanWorkspaceTag(room), address });
  emit('hosting', { status });
  if (!status.hosting) throw new Error('could not host');
  const workspace = joinWorkspace(room, secret, status.url);
  const text = 'Draft charter of the coalition, written by the host.';
  writeBlocks(workspace.body, [{ kind: 'paragraph', text }]);
  emit('wrote', { text, at: Date.now() });
  // Our own provider is the first client of our server; the member's is the second.
  const clients = await waitFor('a member', () => {
    const now = lan.hostingStatus();
    return now.hosting && now.clientCount > 1 ? now.clientCount : undefined;
  });
  emit('client-connected', { clients });
  const seen = await waitFor("the member's edit", () => (bodyText(workspace.body) !== text ? bodyText(workspace.body) : undefined), 15_000);
  emit('synced', { text: seen, at: Date.now() });
  emit('final', workspace.final());
  workspace.provider.destroy();
  await lan.stopHosting();
  emit('stopped', { status: lan.hostingStatus() });
}

async function syncPeer(workspaceId: string, secret: string): Promise<void> {
  const room = await roomNameFor(workspaceId);
  const tag = await lanWorkspaceTag(room);
  lan.startDiscovery();
  emit('browsing', { addresses: lan.addresses() });
  const url = await waitFor('a host of this workspace', () => hostsToJoinAutomatically(classifyDiscoveredHosts(lan.discovered(), tag, []))[0]);
  const found = lan.discovered().find((candidate) => candidate.url === url);
  emit('found', { host: found, all: lan.discovered() });
  const workspace = joinWorkspace(room, secret, url);
  emit('joining', { url });
  // The host wrote its paragraph in one transaction: the first non-empty body is all of it.
  const received = await waitFor("the host's document", () => bodyText(workspace.body) || undefined, 15_000);
  emit('received', { text: received });
  const text = 'Amendment proposed by a member across the room.';
  writeBlocks(workspace.body, [{ kind: 'paragraph', text }]);
  emit('wrote', { text, at: Date.now() });
  // The host stops hosting once it has our edit; after that nothing changes on either side.
  await waitFor('the host to leave the list', () => (lan.discovered().some((candidate) => candidate.url === url) ? undefined : true), 15_000);
  emit('gone');
  emit('final', workspace.final());
  workspace.provider.destroy();
}

const [role, ...args] = process.argv.slice(2);
const [first = '', second = '', third = ''] = args;
const run =
  role === 'host'
    ? host(first, second, third || 'stop')
    : role === 'sync-host'
      ? syncHost(first, second, third)
      : role === 'sync-peer'
        ? syncPeer(first, second)
        : peer(first);
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
