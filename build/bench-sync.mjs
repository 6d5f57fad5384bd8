// `node build/bench-sync.mjs`: peer-to-peer sync latency between two real browsers.
// Prints figures, asserts nothing. Needs a built web edition (`npm run build:renderer`) and root
// (it re-runs itself inside a private network namespace, see build/run-in-netns.mjs and
// shared/TESTING.md: Chromium finds no WebRTC candidates on loopback alone).
//
// Setup: a snapshot of dist/renderer served on 127.0.0.1, our signaling server
// (electron/sync/signaling-server.ts) on 127.0.0.1, two Chromium processes (playwright-core,
// fresh profiles). Peer A creates a workspace and a charter, peer B joins with the invite and
// opens the charter; both drive the app through its UI only.
//
// (a) Keystroke latency, SAMPLES keystrokes, one at a time: A types one character at the end of
//     a paragraph. A's page notes the time of the keydown (capture listener on window, before the
//     editor handles it); B's page notes, in a MutationObserver on #document-body, when the text
//     (co-authors' caret labels excluded) first gets longer, and the next animation frame after
//     that. Both are performance.timeOrigin + performance.now() in their own process; the two
//     clocks are compared from Node beforehand (offset printed). Latency = B's time - A's time.
// (b) Offline merge: both press "Work offline", type EDITS keystrokes each into the same
//     paragraph, then both press "Sync again" (clicked together). Time from the first click (as
//     the page saw it) until both pages render text holding both peers' last edits.
//
//   BENCH_SAMPLES=200  BENCH_EDITS=1000  BENCH_GAP_MS=120 (pause between keystrokes in (a))
//   BENCH_KEEP_GOING=1 (do not stop at the first page error)
//   BENCH_SYNC_PROFILE=dir  also write CPU profiles of both pages during (a) into dir
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchClock, clockOffset, line, ms, runInNetnsOnce, stats, withTimeout } from '../tests/bench/bench-figures.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(projectDir);

runInNetnsOnce(import.meta.url, 'BENCH_SYNC_NETNS', 240_000);

const { chromium } = await import('playwright-core');
const { Desk, launchPeer, serveStatic, startOurSignalingServer } = await import('../tests/bench/sync-harness.mjs');
const probes = await import('../tests/bench/sync-probes.mjs');

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const WARMUP = 10;
const EDITS = Number(process.env.BENCH_EDITS ?? 1000);
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 120);
const TOTAL_BUDGET_MS = 170_000;
const PROFILE_DIR = process.env.BENCH_SYNC_PROFILE ? path.resolve(process.env.BENCH_SYNC_PROFILE) : undefined;

/** A sampling CPU profile of one page (Chrome DevTools protocol); `stop` returns it. */
async function startProfiler(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  return { stop: async () => (await cdp.send('Profiler.stop')).profile };
}

const { started, log, stop: stopWatchdog } = benchClock('bench-sync', TOTAL_BUDGET_MS);

/** `count` keystrokes of words ending in a marker; exactly `count` characters. */
function keystrokes(prefix, count) {
  const marker = `${prefix}END`;
  let text = ' ';
  for (let i = 0; text.length + marker.length + 8 < count; i++) text += `${prefix.toLowerCase()}${i} `;
  text += 'x'.repeat(count - text.length - marker.length) + marker;
  return { text, marker };
}

const cleanup = [];
let exitCode = 0;
try {
  const web = await serveStatic(path.join(projectDir, 'dist/renderer'));
  cleanup.push(() => web.close());
  const signaling = await startOurSignalingServer(projectDir);
  cleanup.push(() => signaling.close());
  log(`web edition at ${web.url}, signaling at ${signaling.url}`);

  const peerA = await launchPeer(chromium, web.url, probes.installDataChannelProbe);
  cleanup.push(() => peerA.close());
  const peerB = await launchPeer(chromium, web.url, probes.installDataChannelProbe);
  cleanup.push(() => peerB.close());
  const a = new Desk(peerA.page);
  const b = new Desk(peerB.page);

  await a.open();
  await a.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await a.createWorkspace('Coalition on Open Maps');
  await a.setSignalingServers([signaling.url]);
  const code = await a.inviteCode();
  await a.openTab('Documents');
  await a.createDocument('Charter', 'Charter');

  await b.open();
  await b.completeOnboarding({ name: 'Ko Imani', organisation: 'Ministry of Maps', group: 'Government', region: 'Kenya' });
  const joinStarted = performance.now();
  await b.joinWith(code);
  await b.waitForStatus('Connected to 1 peer');
  log(`B joined and connected in ${(performance.now() - joinStarted).toFixed(0)} ms (from pressing "Join workspace", as seen from Node)`);
  await b.page.getByRole('link', { name: 'Charter' }).click();
  await b.editorBody().getByRole('heading', { name: 'Decision-making' }).waitFor({ state: 'visible', timeout: 20_000 });

  await a.page.evaluate(probes.installKeyProbe);
  await b.page.evaluate(probes.installKeyProbe);
  await a.page.evaluate(probes.installRenderProbe);
  await b.page.evaluate(probes.installRenderProbe);
  const [offsetA, offsetB] = [await clockOffset(() => a.page.evaluate(probes.pageClock)), await clockOffset(() => b.page.evaluate(probes.pageClock))];
  const skew = offsetB.offset - offsetA.offset;
  log(`page clocks vs Node: A ${offsetA.offset.toFixed(3)} ms (rtt ${offsetA.rtt.toFixed(2)}), B ${offsetB.offset.toFixed(3)} ms (rtt ${offsetB.rtt.toFixed(2)}): B - A = ${skew.toFixed(3)} ms, within ±${((offsetA.rtt + offsetB.rtt) / 2).toFixed(2)} ms`);

  // (a) keystroke in A → rendered in B
  await a.caretAtEndOf('How this document is amended');
  const profilers = PROFILE_DIR ? await Promise.all([peerA, peerB].map((peer) => startProfiler(peer.page))) : [];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const dom = [];
  const frame = [];
  const fromEvent = [];
  const parts = { sender: [], native: [], editor: [], wire: [], receiver: [] };
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    // A typist's rhythm (the default 120 ms is 100 words a minute): each keystroke starts from a
    // settled page, as at a real keyboard, rather than during the last one's saving and redrawing.
    await new Promise((resolve) => setTimeout(resolve, GAP_MS));
    await b.page.evaluate(probes.armForKeystroke);
    const framed = b.page.evaluate(() => window.__syncBench.framed);
    await a.page.keyboard.press(letters[i % letters.length]);
    await withTimeout(framed, 10_000, 'the keystroke to reach B');
    const [key] = await a.page.evaluate(() => window.__syncBench.keys.slice(-1));
    const seen = await b.page.evaluate(() => ({ hit: window.__syncBench.hit, frame: window.__syncBench.frame }));
    // Breakdown: A's first data-channel send after the keydown, B's first arrival after that send.
    const sent = (await a.page.evaluate(() => window.__syncNet.sent)).find((entry) => entry.at >= key.at);
    const arrived = sent && (await b.page.evaluate(() => window.__syncNet.received)).find((entry) => entry.at >= sent.at - 1);
    if (i >= WARMUP && sent && arrived && arrived.at <= seen.hit) {
      parts.sender.push(sent.at - key.at);
      if (key.input !== undefined) {
        parts.native.push(key.input - key.at);
        parts.editor.push(sent.at - key.input);
      }
      parts.wire.push(arrived.at - sent.at);
      parts.receiver.push(seen.hit - arrived.at);
    }
    if (i >= WARMUP) {
      dom.push(seen.hit - key.at);
      frame.push(seen.frame - key.at);
      fromEvent.push(seen.hit - key.event);
    }
  }
  for (const [index, profiler] of profilers.entries()) {
    const file = path.join(PROFILE_DIR, `sync-${index === 0 ? 'A' : 'B'}.cpuprofile`);
    writeFileSync(file, JSON.stringify(await profiler.stop()));
    log(`CPU profile of ${index === 0 ? 'A' : 'B'} during (a) written to ${file}`);
  }
  const typedA = await a.page.evaluate(() => window.__syncBench.plainText());
  const typedB = await b.page.evaluate(() => window.__syncBench.plainText());
  if (typedA !== typedB) throw new Error('after (a), the two editors differ');
  log(`(a) ${SAMPLES} keystrokes measured after ${WARMUP} warm-up ones; both editors identical afterwards`);

  // (b) offline edits, then resume
  for (const desk of [a, b]) {
    await desk.page.getByRole('button', { name: 'Work offline' }).click();
    await desk.waitForStatus('Sync paused');
  }
  // The buttons took the focus: back to the end of the same paragraph in both editors.
  await a.caretAtEndOf('How this document is amended');
  await b.caretAtEndOf('How this document is amended');
  const editsA = keystrokes('A', EDITS);
  const editsB = keystrokes('B', EDITS);
  const typingStarted = performance.now();
  await Promise.all([a.page.keyboard.type(editsA.text), b.page.keyboard.type(editsB.text)]);
  log(`(b) typed ${EDITS} keystrokes in each page while paused in ${((performance.now() - typingStarted) / 1000).toFixed(1)} s`);
  const offlineA = await a.page.evaluate(() => window.__syncBench.plainText());
  const offlineB = await b.page.evaluate(() => window.__syncBench.plainText());
  if (!offlineA.includes(editsA.marker) || !offlineB.includes(editsB.marker)) throw new Error('the offline edits did not land in the editors');
  if (offlineA.includes(editsB.marker) || offlineB.includes(editsA.marker)) throw new Error('edits crossed while sync was paused');
  await a.page.evaluate(probes.armForMarkers, [editsA.marker, editsB.marker]);
  await b.page.evaluate(probes.armForMarkers, [editsA.marker, editsB.marker]);
  await Promise.all([a.page.getByRole('button', { name: 'Sync again' }).click(), b.page.getByRole('button', { name: 'Sync again' }).click()]);
  try {
    await a.page.waitForFunction(() => window.__syncBench.converged !== null, null, { timeout: 20_000 });
    await b.page.waitForFunction(() => window.__syncBench.converged !== null, null, { timeout: 20_000 });
  } catch (error) {
    // Say where it stopped: each page's sync status and which of the two peers' edits it shows.
    for (const [name, desk] of [['A', a], ['B', b]]) {
      const seen = await desk.page.evaluate(([markerA, markerB]) => {
        const text = window.__syncBench.plainText();
        // The editor's own state and the Yjs document under it: a gap in one but not the other says where it is.
        const editor = document.querySelector('.ProseMirror')?.editor;
        const syncKey = editor?.state.plugins.map((plugin) => plugin.key).find((key) => key.startsWith('y-sync'));
        const yText = syncKey ? String(editor.state[syncKey]?.type?.toString() ?? '') : '';
        const pmText = editor?.state.doc.textContent ?? '';
        // Where the DOM and the editor's state part: the paragraph holding the markers, both ways.
        const paragraph = [...document.querySelectorAll('#document-body p')].find((p) => p.textContent.includes(markerA) || p.textContent.includes(markerB));
        let pmParagraph = '';
        editor?.state.doc.descendants((node) => {
          if (node.type.name === 'paragraph' && (node.textContent.includes(markerA) || node.textContent.includes(markerB))) pmParagraph = node.textContent;
          return !pmParagraph;
        });
        return {
          status: document.querySelector('.sync-status')?.textContent,
          hasA: text.includes(markerA),
          hasB: text.includes(markerB),
          editorState: { hasA: pmText.includes(markerA), hasB: pmText.includes(markerB) },
          yjs: { hasA: yText.includes(markerA), hasB: yText.includes(markerB) },
          domParagraph: paragraph?.outerHTML.slice(-600),
          editorParagraph: pmParagraph.slice(-300),
          composing: editor?.view.composing,
          probedBodyStillOnPage: window.__syncBench.probedBody.isConnected,
          editorOnPageProbed: document.getElementById('document-body')?.dataset.benchProbe !== undefined,
        };
      }, [editsA.marker, editsB.marker]);
      console.error(`(b) did not converge: ${name} ${JSON.stringify(seen)}`);
    }
    for (const [name, peer] of [['A', peerA], ['B', peerB]]) {
      for (const warning of peer.warnings.slice(-8)) console.error(`  ${name} warned: ${warning}`);
      for (const pageError of peer.errors.slice(-8)) console.error(`  ${name} page error: ${pageError}`);
    }
    throw error;
  }
  const resumeA = await a.page.evaluate(() => ({ click: window.__syncBench.clicks.at(-1), converged: window.__syncBench.converged }));
  const resumeB = await b.page.evaluate(() => ({ click: window.__syncBench.clicks.at(-1), converged: window.__syncBench.converged }));
  const mergedA = await a.page.evaluate(() => window.__syncBench.plainText());
  const mergedB = await b.page.evaluate(() => window.__syncBench.plainText());
  const converged = mergedA === mergedB;
  // Whether each page still shows the editor the probes were attached to before (a): a merge must
  // not replace the editor (the caret and focus would go with it).
  const sameEditor = async (desk) => desk.page.evaluate(() => window.__syncBench.probedBody.isConnected);
  const editorsKept = { A: await sameEditor(a), B: await sameEditor(b) };
  await b.waitForStatus('Connected to 1 peer');

  const errors = [...peerA.errors, ...peerB.errors];
  console.log('');
  console.log(`Sync benchmark: two Chromium processes, y-webrtc over a veth pair in a private network namespace`);
  console.log(`Clock check: B's clock - A's clock = ${skew.toFixed(3)} ms (±${((offsetA.rtt + offsetB.rtt) / 2).toFixed(2)} ms); latencies below are not corrected for it.`);
  console.log(`(a) keystroke in A -> text changed in B's editor (targets: median <= 5 ms, p95 <= 20 ms)`);
  console.log(line('  keydown handler in A -> DOM mutation in B', stats(dom)));
  console.log(line('  keydown handler in A -> next frame in B', stats(frame)));
  console.log(line('  keydown event timeStamp in A -> DOM in B', stats(fromEvent)));
  if (parts.sender.length > 0) {
    console.log(`  breakdown (${parts.sender.length} samples where both data-channel messages were seen):`);
    console.log(line('    A: keydown -> first data-channel send', stats(parts.sender)));
    if (parts.native.length > 0) {
      console.log(line('      keydown -> input event (browser edits the DOM)', stats(parts.native)));
      console.log(line('      input event -> send (editor, Yjs, provider)', stats(parts.editor)));
    }
    console.log(line('    data channel: send in A -> arrival in B', stats(parts.wire)));
    console.log(line('    B: arrival -> DOM mutation', stats(parts.receiver)));
  }
  console.log(`(b) ${EDITS} keystrokes in each peer while paused, then "Sync again" in both (target <= 1000 ms)`);
  const first = Math.min(resumeA.click, resumeB.click);
  console.log(`  first "Sync again" click -> both editors show both peers' edits: ${ms(Math.max(resumeA.converged, resumeB.converged) - first)}`);
  console.log(`    A: ${ms(resumeA.converged - first)} after the first click (its own click at +${ms(resumeA.click - first)})`);
  console.log(`    B: ${ms(resumeB.converged - first)} after the first click (its own click at +${ms(resumeB.click - first)})`);
  console.log(`  editors identical after the merge: ${converged ? 'yes' : 'NO'} (${mergedA.length} characters of text)`);
  console.log(`  each page kept its editor element through the run: A ${editorsKept.A ? 'yes' : 'NO'}, B ${editorsKept.B ? 'yes' : 'NO'}`);
  if (errors.length > 0) console.log(`Page errors: ${errors.join(' | ')}`);
  console.log(`Total run time ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!converged) exitCode = 1;
} catch (error) {
  console.error(`bench-sync failed: ${error instanceof Error ? error.stack : String(error)}`);
  exitCode = 1;
} finally {
  for (const close of cleanup.reverse()) await close().catch(() => undefined);
  stopWatchdog();
}
process.exit(exitCode);
