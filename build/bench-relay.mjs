// `node build/bench-relay.mjs`: keystroke latency between two real browsers through the relay only.
// Prints figures, asserts nothing. Needs a built web edition (`npm run build:renderer`).
//
// Setup: a snapshot of dist/renderer served on 127.0.0.1, our relay (electron/relay/relay-server.ts,
// Hocuspocus 3 + SQLite) on 127.0.0.1, two Chromium processes (playwright-core, fresh profiles), no
// signaling server: the relay is the only path. A creates a workspace and a charter and adds the
// relay; B joins with the invite, adds the relay and opens the charter.
//
// Keystroke latency, WARMUP + SAMPLES keystrokes one at a time, GAP_MS apart: A types one character
// at the end of a paragraph; A's page notes the keydown (capture listener, before the editor), B's
// page notes when its editor's text first gets longer (MutationObserver), and the next frame. The
// path: editor -> Yjs -> seal (AES-GCM) -> envelope Y.Array -> WebSocket -> relay -> WebSocket ->
// open -> Yjs -> editor. Both clocks are performance.timeOrigin + performance.now() on one machine.
//
//   BENCH_SAMPLES=100  BENCH_GAP_MS=120 (a typist's rhythm; 30 engages the batch window)
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(projectDir);

const { chromium } = await import('playwright-core');
const { launchPeer, serveStatic } = await import('../tests/bench/sync-harness.mjs');
const { RelayDesk, installWebSocketProbe, startOurRelay } = await import('../tests/bench/relay-harness.mjs');
const probes = await import('../tests/bench/sync-probes.mjs');
const { benchClock, line, stats } = await import('../tests/bench/bench-figures.mjs');

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
const WARMUP = 10;
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 120);
const TOTAL_BUDGET_MS = 170_000;

const { started, log, stop: stopWatchdog } = benchClock('bench-relay', TOTAL_BUDGET_MS);

const cleanup = [];
let exitCode = 0;
try {
  const web = await serveStatic(path.join(projectDir, 'dist/renderer'));
  cleanup.push(() => web.close());
  const relay = await startOurRelay(projectDir);
  cleanup.push(() => relay.close());
  log(`web edition at ${web.url}, relay at ${relay.url}`);

  const peerA = await launchPeer(chromium, web.url, installWebSocketProbe);
  cleanup.push(() => peerA.close());
  const peerB = await launchPeer(chromium, web.url, installWebSocketProbe);
  cleanup.push(() => peerB.close());
  const a = new RelayDesk(peerA.page);
  const b = new RelayDesk(peerB.page);

  await a.open();
  await a.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await a.createWorkspace('Coalition on Open Maps');
  await a.addRelay(relay.url);
  const code = await a.inviteCode();
  await a.openTab('Documents');
  await a.createDocument('Charter', 'Charter');
  await a.waitUntilRelayStored();

  await b.open();
  await b.completeOnboarding({ name: 'Ko Imani', organisation: 'Ministry of Maps', group: 'Government', region: 'Kenya' });
  await b.joinWith(code);
  // The invite carries A's relay: B adds nothing.
  const joinStarted = performance.now();
  await b.openTab('Documents');
  await b.page.getByRole('link', { name: 'Charter' }).click();
  await b.editorBody().getByRole('heading', { name: 'Decision-making' }).waitFor({ state: 'visible', timeout: 20_000 });
  log(`B had the charter ${(performance.now() - joinStarted).toFixed(0)} ms after joining (as seen from Node)`);
  await b.waitUntilRelayStored();

  await a.page.evaluate(probes.installKeyProbe);
  await b.page.evaluate(probes.installRenderProbe);
  await a.caretAtEndOf('How this document is amended');
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const dom = [];
  const frame = [];
  const parts = { sender: [], toSeal: [], seal: [], relay: [], receiver: [] };
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    await new Promise((resolve) => setTimeout(resolve, GAP_MS));
    await b.page.evaluate(probes.armForKeystroke);
    const framed = b.page.evaluate(() => window.__syncBench.framed);
    await a.page.keyboard.press(letters[i % letters.length]);
    await framed;
    const [key] = await a.page.evaluate(() => window.__syncBench.keys.slice(-1));
    const seen = await b.page.evaluate(() => ({ hit: window.__syncBench.hit, frame: window.__syncBench.frame }));
    // Breakdown: A's first WebSocket send after the keydown, B's first arrival after that send.
    const sent = (await a.page.evaluate(() => window.__relayNet.sent)).find((at) => at >= key.at);
    const arrived = sent && (await b.page.evaluate(() => window.__relayNet.received)).find((at) => at >= sent - 1);
    const sealed = (await a.page.evaluate(() => window.__relayNet.sealed)).find((entry) => entry.called >= key.at);
    if (i >= WARMUP) {
      dom.push(seen.hit - key.at);
      frame.push(seen.frame - key.at);
      if (sent && arrived && arrived <= seen.hit) {
        parts.sender.push(sent - key.at);
        if (sealed && sealed.resolved <= sent) {
          parts.toSeal.push(sealed.called - key.at);
          parts.seal.push(sealed.resolved - sealed.called);
        }
        parts.relay.push(arrived - sent);
        parts.receiver.push(seen.hit - arrived);
      }
    }
  }
  await a.waitUntilRelayStored();
  await b.waitUntilRelayStored();
  const errors = [...peerA.errors, ...peerB.errors];
  console.log('');
  console.log(`Relay benchmark: two Chromium processes, no WebRTC, Hocuspocus 3 relay on 127.0.0.1, sealed envelope`);
  console.log(`keystroke in A -> text changed in B's editor, ${GAP_MS} ms between keystrokes (target: median <= 30 ms)`);
  console.log(line('  keydown handler in A -> DOM mutation in B', stats(dom)));
  console.log(line('  keydown handler in A -> next frame in B', stats(frame)));
  if (parts.sender.length > 0) {
    console.log(`  breakdown (${parts.sender.length} samples where both WebSocket messages were seen):`);
    console.log(line('    A: keydown -> WebSocket send', stats(parts.sender)));
    if (parts.seal.length > 0) {
      console.log(line('      keydown -> seal asked (editor, Yjs)', stats(parts.toSeal)));
      console.log(line('      seal asked -> sealed (WebCrypto)', stats(parts.seal)));
    }
    console.log(line('    send in A -> arrival in B (relay)', stats(parts.relay)));
    console.log(line('    B: arrival -> DOM mutation (open)', stats(parts.receiver)));
  }
  if (errors.length > 0) console.log(`Page errors: ${errors.join(' | ')}`);
  console.log(`Total run time ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`bench-relay failed: ${error instanceof Error ? error.stack : String(error)}`);
  exitCode = 1;
} finally {
  for (const close of cleanup.reverse()) await close().catch(() => undefined);
  stopWatchdog();
}
process.exit(exitCode);
