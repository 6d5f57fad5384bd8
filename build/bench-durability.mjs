// `node build/bench-durability.mjs`: how long a typed character lives only in memory, and what a
// killed browser loses. Prints figures, asserts nothing. Needs a built web edition
// (`npm run build:renderer`); BENCH_DIST=dir measures another build (an older commit's, say).
//
// Setup: a snapshot of the build served on 127.0.0.1, one Chromium (playwright-core, a fresh
// profile), a workspace and a blank document made through the UI.
// (a) keydown → durable: an init script notes each keydown (capture listener on window, before
//     the editor sees it) and each IndexedDB readwrite transaction on the `updates` store (the
//     update log of decision 0003): when it was created and when its `complete` event fired. A
//     key is durable when the first such transaction created after its keydown completes
//     (Chromium has then handed the data to the OS: it survives the browser being killed).
//     BENCH_KEYS keys typed at full speed (Playwright's keyboard.type, no delay), then as many at a
//     typist's pace (BENCH_PACE_MS between keys).
// (b) Kill test: per delay in BENCH_KILL_DELAYS (ms), BENCH_KILL_RUNS times: open the document,
//     type BENCH_KILL_CHARS characters at full speed, SIGKILL the browser process that many ms
//     after the last key was delivered, restart on the same profile and count the characters that
//     did not come back.
import { readFileSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchClock, line, stats, withTimeout } from '../tests/bench/bench-figures.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(projectDir);
const { chromium } = await import('playwright-core');
const { CHROMIUM_ARGS, CHROMIUM_PATH, Desk, serveStatic } = await import('../tests/bench/sync-harness.mjs');

const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(projectDir, 'dist/renderer'));
const KEYS = Number(process.env.BENCH_KEYS ?? 200);
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 60);
const KILL_DELAYS = (process.env.BENCH_KILL_DELAYS ?? '0,5,15,30,60,130').split(',').map(Number);
const KILL_RUNS = Number(process.env.BENCH_KILL_RUNS ?? 4);
const KILL_CHARS = Number(process.env.BENCH_KILL_CHARS ?? 20);
const { log, stop: stopWatchdog } = benchClock('bench-durability', 20 * 60_000);

/** Runs in the page before the app: keydowns and the update log's transactions, in page time. */
function installDurabilityProbe() {
  const probe = { keydowns: [], transactions: [] };
  Object.defineProperty(window, '__durability', { value: probe });
  addEventListener('keydown', () => probe.keydowns.push(performance.now()), true);
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (names, mode, options) {
    const transaction = original.call(this, names, mode, options);
    if (mode === 'readwrite' && (typeof names === 'string' ? [names] : [...names]).includes('updates')) {
      const record = { created: performance.now(), committed: null, completed: null };
      probe.transactions.push(record);
      const commit = transaction.commit;
      transaction.commit = function () {
        record.committed ??= performance.now();
        return commit.call(this);
      };
      transaction.addEventListener('complete', () => {
        record.committed ??= performance.now(); // committed by itself, when the page had handled its requests
        record.completed = performance.now();
      });
    }
    return transaction;
  };
}

async function launch(dir, baseURL) {
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, baseURL });
  await context.addInitScript(installDurabilityProbe);
  // The browser process's pid, from the lock Chromium keeps in its profile ("host-pid").
  const pid = Number(readlinkSync(path.join(dir, 'SingletonLock')).split('-').pop());
  return { context, pid, page: context.pages()[0] ?? (await context.newPage()) };
}

/**
 * For each of the last `count` keydowns, the first log write created after it: milliseconds until
 * the page asked IndexedDB to commit it, and until the page saw it complete (an upper bound of
 * when it was durable: the page may handle the event late, after queued input).
 */
async function keyToDurable(page, count) {
  await page.waitForFunction(() => window.__durability.transactions.every((record) => record.completed !== null), null, { timeout: 30_000 });
  const { keydowns, transactions } = await page.evaluate(() => window.__durability);
  const writes = keydowns.slice(-count).map((down) => ({ down, write: transactions.find((record) => record.created >= down) }));
  const after = (field) => writes.map(({ down, write }) => (write ? write[field] - down : Number.POSITIVE_INFINITY));
  return { committed: stats(after('committed')), completed: stats(after('completed')) };
}

async function openDocumentAtEnd(desk, url) {
  await desk.page.goto(url);
  await desk.page.locator('[role="textbox"][aria-label^="Text of "][contenteditable="true"]').waitFor({ timeout: 30_000 });
  await desk.page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'All changes saved on this device', null, { timeout: 30_000 });
  await desk.editorBody().focus();
  await desk.page.keyboard.press('Control+End');
}

const editorText = (page) => page.evaluate(() => document.querySelector('[role="textbox"][aria-label^="Text of "]')?.textContent ?? '');

const cleanup = [];
try {
  const web = await serveStatic(DIST);
  cleanup.push(() => web.close());
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-durability-profile-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  log(`web edition from ${path.relative(projectDir, DIST) || DIST} at ${web.url}`);

  let browser = await launch(dir, web.url);
  const desk = new Desk(browser.page);
  await desk.open();
  await desk.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await desk.createWorkspace('Coalition on Open Maps');
  await desk.openTab('Documents');
  await desk.createDocument('Blank', 'Notes');
  const documentUrl = browser.page.url();
  await openDocumentAtEnd(desk, documentUrl);

  const text = (n) => Array.from({ length: n }, (_, i) => 'consensus '[i % 10]).join('');
  await browser.page.keyboard.type(text(KEYS));
  const burst = await keyToDurable(browser.page, KEYS);
  await browser.page.keyboard.type(text(Math.min(KEYS, 100)), { delay: PACE_MS });
  const paced = await keyToDurable(browser.page, Math.min(KEYS, 100));
  await browser.context.close();

  const losses = [];
  for (const delay of KILL_DELAYS) {
    const lost = [];
    for (let run = 0; run < KILL_RUNS; run++) {
      browser = await launch(dir, web.url);
      const page = new Desk(browser.page);
      await openDocumentAtEnd(page, documentUrl);
      const marker = `[${delay}:${run}]`;
      const typed = marker + 'abcdefghijklmnopqrstuvwxyz'.repeat(4).slice(0, KILL_CHARS - marker.length);
      await browser.page.keyboard.type(typed);
      const closed = new Promise((resolve) => browser.context.once('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      process.kill(browser.pid, 'SIGKILL');
      await withTimeout(closed, 10_000, 'the killed browser to go');
      browser = await launch(dir, web.url);
      const after = new Desk(browser.page);
      await openDocumentAtEnd(after, documentUrl);
      const restored = await editorText(browser.page);
      const at = restored.lastIndexOf(marker);
      const kept = at < 0 ? 0 : restored.slice(at).length;
      lost.push(typed.length - Math.min(kept, typed.length));
      await browser.context.close();
    }
    losses.push({ delay, lost });
    log(`killed ${delay} ms after the last key: lost ${lost.join(', ')} of ${KILL_CHARS} characters`);
  }

  console.log('');
  console.log(`Durability of typed characters (${path.relative(projectDir, DIST) || DIST}; ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} load)`);
  console.log(line(`keydown → commit asked, ${KEYS} keys full speed`, burst.committed));
  console.log(line(`keydown → complete seen, ${KEYS} keys full speed`, burst.completed));
  console.log(line(`keydown → commit asked, a key per ${PACE_MS} ms`, paced.committed));
  console.log(line(`keydown → complete seen, a key per ${PACE_MS} ms`, paced.completed));
  for (const { delay, lost } of losses) {
    const runsLosing = lost.filter((count) => count > 0).length;
    console.log(`SIGKILL ${String(delay).padStart(4)} ms after the last key: ${runsLosing} of ${lost.length} runs lost characters (${lost.join(', ')} of ${KILL_CHARS})`);
  }
} finally {
  for (const step of cleanup.reverse()) await Promise.resolve().then(step).catch(() => undefined);
  stopWatchdog();
}
