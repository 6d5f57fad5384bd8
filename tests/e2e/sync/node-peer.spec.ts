import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decodeInvite } from '../../../shared/sync/invite';
import { roomNameFor } from '../../../shared/sync/room-name';
import { startSignalingServer, type SignalingServer } from '../../../electron/sync/signaling-server';
import { expect, test } from '../support/desk-fixtures';
import { DeskPage } from '../support/desk-page';

/**
 * A second, independent implementation joins a workspace: a Node process that only knows yjs,
 * y-webrtc and the workspace's documented shape. It reads what a browser member typed and writes
 * a paragraph the browser then shows.
 */
const NODE_PEER = fileURLToPath(new URL('./node-peer.mjs', import.meta.url));

interface NodePeer {
  child: ChildProcessWithoutNullStreams;
  /** Each JSON line the peer printed, in order, as they arrive. */
  line(index: number): Promise<Record<string, unknown>>;
  stderr(): string;
}

function startNodePeer(options: object): NodePeer {
  const child = spawn(process.execPath, [NODE_PEER, JSON.stringify(options)], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: Array<Record<string, unknown>> = [];
  const waiting: Array<() => void> = [];
  let buffered = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const text = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (text.startsWith('{')) lines.push(JSON.parse(text) as Record<string, unknown>);
    }
    waiting.splice(0).forEach((wake) => wake());
  });
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  child.on('exit', () => waiting.splice(0).forEach((wake) => wake()));
  return {
    child,
    stderr: () => stderr,
    async line(index) {
      for (;;) {
        const line = lines[index];
        if (line) return line;
        if (child.exitCode !== null) throw new Error(`node peer exited with ${child.exitCode}: ${stderr.trim().slice(-2000)}`);
        await new Promise<void>((wake) => waiting.push(wake));
      }
    },
  };
}

let signaling: SignalingServer;
let nodePeer: NodePeer | undefined;
test.beforeEach(async () => {
  signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
});
test.afterEach(async () => {
  if (nodePeer && nodePeer.child.exitCode === null) nodePeer.child.kill('SIGKILL');
  nodePeer = undefined;
  await signaling.close();
});

test('a Node peer with only yjs and y-webrtc joins by invite, reads the charter and writes into it', async ({ openPeer }) => {
  const sentence = 'Amendments need four weeks of notice.';
  const reply = 'Read and acknowledged by an independent Node peer.';

  const amara = new DeskPage((await openPeer()).page);
  await amara.foundWorkspaceOn(signaling.url);
  const code = await amara.inviteCode();
  await amara.openTab('Documents');
  await amara.createDocument('Charter', 'Charter');
  await amara.editorBody().getByText('How this document is amended').click();
  await amara.page.keyboard.press('End');
  await amara.page.keyboard.type(` ${sentence}`);
  await expect(amara.editorBody()).toContainText(sentence);

  // What the invite says, decoded the way any member's app would.
  const decoded = decodeInvite(code);
  if (!decoded.ok) throw new Error(`invite did not decode: ${decoded.error}`);
  expect(decoded.invite.signaling).toEqual([signaling.url]);
  nodePeer = startNodePeer({
    room: await roomNameFor(decoded.invite.workspaceId),
    password: decoded.invite.secret,
    signaling: decoded.invite.signaling,
    title: 'Charter',
    waitFor: sentence,
    write: reply,
    timeoutMs: 40_000,
  });

  const read = await nodePeer.line(0);
  expect(read.title).toBe('Charter');
  expect(read.text).toContain('Decision-making');
  expect(read.text).toContain(sentence);
  expect(await nodePeer.line(1)).toEqual({ wrote: true });

  await expect(amara.syncStatus()).toContainText('Connected to 1 peer', { timeout: 20_000 });
  await expect(amara.editorBody()).toContainText(reply, { timeout: 20_000 });
  await expect(amara.editorBody().getByRole('paragraph').filter({ hasText: reply })).toHaveCount(1);

  nodePeer.child.stdin.end('exit\n');
  const exited = nodePeer.child;
  await expect.poll(() => exited.exitCode, { timeout: 10_000 }).toBe(0);
});
