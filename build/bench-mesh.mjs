// `node build/bench-mesh.mjs`: keystroke latency in a workspace of eight members, against two.
// Prints figures, asserts nothing. Needs a built web edition (`npm run build:renderer`) and root
// (it re-runs itself inside a private network namespace, like build/bench-sync.mjs).
//
// Members: three Chromium processes (A, B, C; the app, driven through its UI) and five Node peers
// (tests/e2e/sync/mesh-peer.mjs: yjs + y-webrtc + @roamhq/wrtc), the mix of tests/e2e/sync/mesh.spec.ts.
//   (1) baseline: A and B only. SAMPLES keystrokes typed one at a time in A, each timed from A's
//       keydown (capture listener, tests/bench/sync-probes.mjs) to the first DOM mutation that
//       lengthens B's text (MutationObserver).
//   (2) eight members: C and the five Node peers join; once A counts seven peers, the same
//       keystrokes, timed to every other member: browsers by DOM mutation as in (1), Node peers by
//       the Yjs update that lengthens their document (Y observe time).
// All times are performance.timeOrigin + performance.now() of the process that saw the event (the
// machine's wall clock); each process's offset from this one is measured and printed, not applied.
//
//   BENCH_SAMPLES=100  BENCH_GAP_MS=120 (pause between keystrokes, a typist's rhythm)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clockOffset, runInNetnsOnce, stats, withTimeout } from '../tests/bench/bench-figures.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(projectDir);

runInNetnsOnce(import.meta.url, 'BENCH_MESH_NETNS', 300_000);

const { chromium } = await import('playwright-core');
const { Desk, launchPeer, serveStatic, startOurSignalingServer } = await import('../tests/bench/sync-harness.mjs');
const probes = await import('../tests/bench/sync-probes.mjs');
const { startMeshPeer } = await import('../tests/e2e/sync/mesh-member.mjs');

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
const WARMUP = 10;
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 120);
const TOTAL_BUDGET_MS = 280_000;
const TITLE = 'Mesh notes';
const LINE = 'Keystrokes from A:';

const started = performance.now();
const log = (message) => console.log(`[bench-mesh ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);
const ms = (value) => `${value.toFixed(2)} ms`;
const line = (label, s) => `${label.padEnd(46)} median ${ms(s.median).padStart(9)}   p95 ${ms(s.p95).padStart(9)}   max ${ms(s.max).padStart(9)}   (n=${s.n})`;
const pause = (wait) => new Promise((resolve) => setTimeout(resolve, wait));

const watchdog = setTimeout(() => {
  console.error(`bench-mesh: gave up after ${TOTAL_BUDGET_MS / 1000} s`);
  process.exit(1);
}, TOTAL_BUDGET_MS);

/** SAMPLES keystrokes in A, each timed at every receiver; returns latencies per receiver name. */
async function measure(a, browsers, nodes) {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const latencies = Object.fromEntries([...browsers, ...nodes].map((member) => [member.name, []]));
  latencies.slowest = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    await pause(GAP_MS);
    for (const browser of browsers) await browser.desk.page.evaluate(probes.armForKeystroke);
    await Promise.all(nodes.map((node) => node.send({ op: 'arm' })));
    const framed = browsers.map((browser) => browser.desk.page.evaluate(() => window.__syncBench.framed));
    await a.page.keyboard.press(letters[i % letters.length]);
    await withTimeout(Promise.all(framed), 10_000, 'the keystroke to reach every browser');
    const hits = await Promise.all(nodes.map((node) => node.send({ op: 'hit', ms: 10_000 })));
    const [key] = await a.page.evaluate(() => window.__syncBench.keys.slice(-1));
    if (i < WARMUP) continue;
    const times = [];
    for (const browser of browsers) {
      const hit = await browser.desk.page.evaluate(() => window.__syncBench.hit);
      latencies[browser.name].push(hit - key.at);
      times.push(hit - key.at);
    }
    for (const [index, node] of nodes.entries()) {
      const at = hits[index].at;
      if (at === null) throw new Error(`keystroke ${i} did not reach ${node.name}`);
      latencies[node.name].push(at - key.at);
      times.push(at - key.at);
    }
    latencies.slowest.push(Math.max(...times));
  }
  return latencies;
}

/** shared/sync's invite decoder and room name (TypeScript), bundled on the fly as the harness does the signaling server. */
async function loadInviteCodec() {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: "export { decodeInvite } from './shared/sync/invite'; export { roomNameFor } from './shared/sync/room-name';", resolveDir: projectDir, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

const cleanup = [];
let exitCode = 0;
try {
  const web = await serveStatic(path.join(projectDir, 'dist/renderer'));
  cleanup.push(() => web.close());
  const signaling = await startOurSignalingServer(projectDir);
  cleanup.push(() => signaling.close());
  const stateDir = mkdtempSync(path.join(tmpdir(), 'bench-mesh-'));
  cleanup.push(async () => rmSync(stateDir, { recursive: true, force: true }));

  const openBrowser = async (name) => {
    const peer = await launchPeer(chromium, web.url, probes.installDataChannelProbe);
    cleanup.push(() => peer.close());
    return { name, peer, page: peer.page, desk: new Desk(peer.page) };
  };
  const a = await openBrowser('A');
  await a.desk.open();
  await a.desk.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await a.desk.createWorkspace('Coalition on Mesh Maps');
  await a.desk.setSignalingServers([signaling.url]);
  const code = await a.desk.inviteCode();
  await a.desk.openTab('Documents');
  await a.desk.createDocument('Blank', TITLE);
  await a.desk.editorBody().focus();
  await a.page.keyboard.type(LINE);

  const join = async (member, person) => {
    await member.desk.open();
    await member.desk.completeOnboarding(person);
    await member.desk.joinWith(code);
    await member.desk.page.getByRole('link', { name: TITLE }).click({ timeout: 30_000 });
    await member.desk.editorBody().getByText(LINE).waitFor({ state: 'visible', timeout: 20_000 });
    await member.desk.page.evaluate(probes.installKeyProbe);
    await member.desk.page.evaluate(probes.installRenderProbe);
  };
  const b = await openBrowser('B');
  await join(b, { name: 'Ko Imani', organisation: 'Ministry of Maps', group: 'Government', region: 'Kenya' });
  await a.desk.waitForStatus('Connected to 1 peer');
  await a.desk.page.evaluate(probes.installKeyProbe);
  await a.desk.caretAtEndOf(LINE);

  // (1) two members
  const pageClock = (desk) => () => desk.page.evaluate(probes.pageClock);
  const offsets = { A: await clockOffset(pageClock(a.desk)), B: await clockOffset(pageClock(b.desk)) };
  const baseline = await measure(a, [b], []);
  log(`(1) ${SAMPLES} keystrokes A -> B with two members`);

  // (2) eight members
  const c = await openBrowser('C');
  const { decodeInvite, roomNameFor } = await loadInviteCodec();
  const invite = decodeInvite(code);
  if (!invite.ok) throw new Error(`invite did not decode: ${invite.error}`);
  const room = await roomNameFor(invite.invite.workspaceId);
  const nodes = ['N1', 'N2', 'N3', 'N4', 'N5'].map((name) =>
    startMeshPeer({ name, room, password: invite.invite.secret, signaling: invite.invite.signaling, title: TITLE, stateFile: path.join(stateDir, name), timeoutMs: TOTAL_BUDGET_MS }),
  );
  cleanup.push(async () => Promise.all(nodes.map((node) => node.kill())));
  const joinStarted = performance.now();
  await Promise.all([join(c, { name: 'Lina Sato', organisation: 'Mapping Lab', group: 'Academia', region: 'Japan' }), ...nodes.map((node) => node.ready)]);
  await a.desk.waitForStatus('Connected to 7 peers', 60_000);
  const fullMesh = async () => (await Promise.all(nodes.map((node) => node.send({ op: 'state' })))).every((state) => state.peers === 7);
  for (let attempt = 0; attempt < 120 && !(await fullMesh()); attempt++) await pause(250);
  log(`(2) six more members joined; full mesh (every Node peer with 7 open connections: ${(await fullMesh()) ? 'yes' : 'NO'}) after ${((performance.now() - joinStarted) / 1000).toFixed(1)} s`);
  offsets.C = await clockOffset(pageClock(c.desk));
  for (const node of nodes) offsets[node.name] = await clockOffset(async () => (await node.send({ op: 'clock' })).at, 20);
  await a.desk.caretAtEndOf(LINE);
  const eight = await measure(a, [b, c], nodes);
  log(`(2) ${SAMPLES} keystrokes A -> seven members`);

  const texts = await Promise.all([a, b, c].map((member) => member.desk.page.evaluate(() => window.__syncBench?.plainText?.() ?? document.getElementById('document-body')?.textContent)));
  const nodeLines = await Promise.all(nodes.map(async (node) => (await node.send({ op: 'state' })).lines.join('')));
  const identical = [...texts.slice(1), ...nodeLines].every((text) => text === texts[1]);

  const nodeAll = nodes.flatMap((node) => eight[node.name]);
  const base = stats(baseline.B);
  const slowest = stats(eight.slowest);
  console.log('');
  console.log('Mesh benchmark: 3 Chromium + 5 Node (wrtc) members, y-webrtc over a veth pair in a private network namespace');
  console.log(`Clock offsets vs this process (ms, +/- half the best round trip): ${Object.entries(offsets).map(([name, o]) => `${name} ${o.offset.toFixed(2)}±${(o.rtt / 2).toFixed(2)}`).join(', ')}; not corrected for.`);
  console.log(`Keystroke in A -> seen by another member (issue target: p95 <= 50 ms at eight members)`);
  console.log(line('  (1) two members: A -> B (DOM)', base));
  console.log(line('  (2) eight members: A -> B (DOM)', stats(eight.B)));
  console.log(line('  (2) eight members: A -> C (DOM)', stats(eight.C)));
  console.log(line('  (2) eight members: A -> Node peers (Y update)', stats(nodeAll)));
  console.log(line('  (2) eight members: A -> slowest of the seven', slowest));
  console.log(`  ratio eight/two: A -> B median ${(stats(eight.B).median / base.median).toFixed(2)}x, p95 ${(stats(eight.B).p95 / base.p95).toFixed(2)}x; slowest of seven p95 ${(slowest.p95 / base.p95).toFixed(2)}x`);
  console.log(`  every member holds the same text afterwards: ${identical ? 'yes' : 'NO'}`);
  const errors = [a, b, c].flatMap((member) => member.peer.errors);
  if (errors.length > 0) console.log(`Page errors: ${errors.join(' | ')}`);
  console.log(`Total run time ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`bench-mesh failed: ${error instanceof Error ? error.stack : String(error)}`);
  exitCode = 1;
} finally {
  for (const close of cleanup.reverse()) await close().catch(() => undefined);
  clearTimeout(watchdog);
}
process.exit(exitCode);
