import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lanWorkspaceTag } from '../../../shared/sync/lan-protocol';
import { newWorkspaceSecret, roomNameFor } from '../../../shared/sync/room-name';

/**
 * Real mDNS, real signaling server, two computers: the desktop app's LAN modules run as two
 * Node processes in two private network namespaces joined by a veth pair (as on a venue LAN
 * with no internet and no default route). Nothing leaves those namespaces. Needs root and
 * `unshare`/`nsenter`/`ip` (as in CI, see shared/TESTING.md); skipped with the reason otherwise.
 */
const projectDir = path.resolve(import.meta.dirname, '../../..');
const TAG = '0123456789abcdef';
const HOST_ADDRESS = '10.201.0.1';

function whyUnavailable(): string | null {
  if (process.platform !== 'linux') return 'network namespaces are Linux-only';
  if (process.getuid?.() !== 0) return 'creating network namespaces needs root';
  const probe = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up && command -v nsenter'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return `unshare/ip/nsenter unavailable: ${probe.error?.message ?? probe.stderr.trim()}`;
  return null;
}

const unavailable = whyUnavailable();
if (unavailable) console.warn(`Skipping the real-mDNS LAN test: ${unavailable}`);

// Runs in a fresh namespace (the host's side); the peer gets a second namespace of its own.
// The arguments are the driver's (ids, hex and base64url only: nothing to quote).
const script = (hostArgs: string, peerArgs: string) => `
set -e
ip link set lo up
ip link add v0 type veth peer name v1
ip addr add ${HOST_ADDRESS}/24 dev v0
ip link set v0 up
unshare -n sleep 60 &
PEERNS=$!
i=0
while [ "$(readlink /proc/$PEERNS/ns/net)" = "$(readlink /proc/$$/ns/net)" ] && [ $i -lt 100 ]; do sleep 0.02; i=$((i+1)); done
ip link set v1 netns $PEERNS
nsenter -t $PEERNS -n sh -c 'ip link set lo up && ip addr add 10.201.0.2/24 dev v1 && ip link set v1 up'
set +e
nsenter -t $PEERNS -n node "$DRIVER" ${peerArgs} > "$OUT/peer.log" 2>&1 &
PEER=$!
sleep 0.3
node "$DRIVER" ${hostArgs} > "$OUT/host.log" 2>&1 &
HOST=$!
wait $PEER; P=$?
wait $HOST; H=$?
kill $PEERNS
[ $P -eq 0 ] && [ $H -eq 0 ]
`;

type Line = { event: string; ms: number } & Record<string, unknown>;
const readLines = (file: string): Line[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Line);

describe.skipIf(unavailable !== null)('LAN hosting over real mDNS between two network namespaces', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'coalition-lan-'));
  const driver = path.join(out, 'driver.mjs');
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  beforeAll(async () => {
    await build({
      absWorkingDir: projectDir,
      entryPoints: ['tests/unit/lan/netns-driver.ts'],
      outfile: driver,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'error',
      // A native addon cannot be bundled: the driver imports it from this project by absolute path.
      plugins: [
        {
          name: 'wrtc-from-project',
          setup: (plugin) =>
            plugin.onResolve({ filter: /^@roamhq\/wrtc$/ }, () => ({ path: createRequire(import.meta.url).resolve('@roamhq/wrtc'), external: true })),
        },
      ],
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
  });

  /** Runs the driver on both sides; its own group, so nothing (drivers, the peer namespace's holder) outlives it. */
  async function runPair(name: string, hostArgs: string, peerArgs: string) {
    const dir = mkdtempSync(path.join(out, `${name}-`));
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn('unshare', ['-n', 'sh', '-c', script(hostArgs, peerArgs)], {
        env: { ...process.env, DRIVER: driver, OUT: dir },
        stdio: 'inherit',
        detached: true,
      });
      const killAll = () => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      };
      const timer = setTimeout(killAll, 30_000);
      child.on('exit', (status) => {
        clearTimeout(timer);
        killAll();
        resolve(status);
      });
    });
    const logs = `host:\n${readFileSync(path.join(dir, 'host.log'), 'utf8')}\npeer:\n${readFileSync(path.join(dir, 'peer.log'), 'utf8')}`;
    expect(code, logs).toBe(0);
    return { host: readLines(path.join(dir, 'host.log')), peer: readLines(path.join(dir, 'peer.log')) };
  }

  const find = (lines: Line[], event: string) => lines.find((line) => line.event === event);

  async function meet(mode: 'stop' | 'vanish') {
    const { host, peer } = await runPair(mode, `host ${HOST_ADDRESS} ${TAG} ${mode}`, `peer ${TAG}`);
    const hosting = host.find((line) => line.event === 'hosting');
    expect(hosting?.status).toMatchObject({ hosting: true, address: HOST_ADDRESS, announced: true, workspaceTag: TAG });
    const url = (hosting?.status as { url: string }).url;
    const found = peer.find((line) => line.event === 'found');
    expect(found?.host).toMatchObject({ url, address: HOST_ADDRESS, workspaceTag: TAG });
    expect(found?.all).toHaveLength(1); // one host, reached at the one address it listens on
    expect(peer.map((line) => line.event)).toEqual(expect.arrayContaining(['connected', 'gone', 'done']));
    expect(host.find((line) => line.event === 'client-connected')?.clients).toBe(1);
    const at = (lines: Line[], event: string) => lines.find((line) => line.event === event)?.ms;
    console.info(
      `LAN mDNS (${mode}): host announced at ${at(host, 'hosting')} ms (host clock); peer found it at ${at(peer, 'found')} ms, connected at ${at(peer, 'connected')} ms, saw it leave at ${at(peer, 'gone')} ms (peer clock)`,
    );
    return { host, peer, at };
  }

  it('a peer discovers the host, connects to its signaling server, and sees it stop', { timeout: 40_000 }, async () => {
    const { host } = await meet('stop');
    expect(host.find((line) => line.event === 'stopped')?.status).toEqual({ hosting: false });
  });

  it('a host that vanishes without a goodbye leaves the list within a few re-queries', { timeout: 40_000 }, async () => {
    const { peer, at } = await meet('vanish');
    // Re-queried every second while polled; a host is kept while it answered one of the last two queries.
    expect((at(peer, 'gone') ?? Infinity) - (at(peer, 'connected') ?? 0)).toBeLessThan(4_000);
  });

  it('a member who finds the host over mDNS syncs the workspace through its server, both ways', { timeout: 45_000 }, async () => {
    const workspaceId = crypto.randomUUID();
    const secret = newWorkspaceSecret();
    const tag = await lanWorkspaceTag(await roomNameFor(workspaceId));
    const { host, peer } = await runPair('sync', `sync-host ${HOST_ADDRESS} ${workspaceId} ${secret}`, `sync-peer ${workspaceId} ${secret}`);

    const hosting = find(host, 'hosting')?.status as { url: string } | undefined;
    expect(hosting).toMatchObject({ hosting: true, address: HOST_ADDRESS, announced: true, workspaceTag: tag });
    expect(find(peer, 'found')?.host).toMatchObject({ url: hosting?.url, address: HOST_ADDRESS, workspaceTag: tag });
    expect(find(peer, 'found')?.all).toHaveLength(1);
    expect(find(peer, 'joining')?.url).toBe(hosting?.url);
    // Its own provider and the member's.
    expect(find(host, 'client-connected')?.clients).toBe(2);

    const hostText = find(host, 'wrote')?.text as string;
    const peerText = find(peer, 'wrote')?.text as string;
    expect(find(peer, 'received')?.text).toBe(hostText);
    expect(find(host, 'synced')?.text).toBe(`${hostText}\n${peerText}`);
    const hostFinal = find(host, 'final');
    expect(hostFinal?.text).toBe(`${hostText}\n${peerText}`);
    expect(find(peer, 'final')).toMatchObject({ text: hostFinal?.text, stateVector: hostFinal?.stateVector });
    expect(Object.keys(hostFinal?.stateVector ?? {})).toHaveLength(2); // one writer on each side
    expect(find(host, 'stopped')?.status).toEqual({ hosting: false });

    const at = (lines: Line[], event: string) => find(lines, event)?.ms ?? NaN;
    const wall = (lines: Line[], event: string) => (find(lines, event)?.at as number | undefined) ?? NaN;
    console.info(
      `LAN sync: peer found the host at ${at(peer, 'found')} ms (peer clock), had the host's text ${at(peer, 'received') - at(peer, 'joining')} ms after joining its room; the host had the peer's edit ${wall(host, 'synced') - wall(peer, 'wrote')} ms after it was written`,
    );
  });
});
