// `npm run bench`: cold open of a charter holding the automerge-paper editing trace, in Chromium.
// Method, what each figure includes, and results: docs/decisions/0004-benchmark-method.md.
// Prints figures; asserts nothing (exit 1 only when the bench itself cannot run).
//
//   BENCH_RUNS=7              cold runs of (a) and (b)
//   BENCH_BREAKDOWN=3         cold runs of the step-by-step breakdown page
//   BENCH_PROFILE=file        also record a CPU profile of one cold open (unminified build) to file
//   BENCH_SEED_LIMIT=n        replay only the first n edits (trying the bench out)
//   BENCH_JSON=1              also print every raw figure as JSON
//   BENCH_VERBOSE=1           forward the pages' console
//   BENCH_KEEP=1              keep the temporary builds and browser profile (path is printed)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, LOOPBACK_ONLY_FLAGS } from './chromium-flags.mjs';
import { contentType, serveFolders } from './static-server.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(projectDir); // vite.config.ts names its root relative to the project

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BREAKDOWN_RUNS = Number(process.env.BENCH_BREAKDOWN ?? 3);
const PROFILE_FILE = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : undefined;
const WARM_REPEATS = 5;
const TYPED_EDITS = 2000; // the last edits, replayed one keystroke at a time through the unchanged pipeline
const SLICE = 5000; // edits per event-loop turn in the seed's bulk phase
const TRACE = path.resolve(projectDir, 'tests/bench/data/editing-traces/automerge-paper.json.gz');
const CHROMIUM_ARGS = [...CHROMIUM_FLAGS, ...LOOPBACK_ONLY_FLAGS];
const APP_START_MARK = 'bench:app-start';

const started = performance.now();
const loadAtStart = loadavg()[0];
const log = (message) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function stats(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN };
  const half = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');
const pad = (text, width) => String(text).padEnd(width);
const padLeft = (text, width) => String(text).padStart(width);

const tmp = mkdtempSync(path.join(tmpdir(), 'coalition-bench-'));
const appDir = path.join(tmp, 'app');
const appProfileDir = path.join(tmp, 'app-unminified');
const benchDir = path.join(tmp, 'bench');
const profileDir = path.join(tmp, 'profile');

/** The app as `vite build` makes it (the project's vite.config.ts), into a temporary directory: dist/ is left alone. */
async function buildApp(build, outDir, minify) {
  try {
    await build({ configFile: path.join(projectDir, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false, minify } });
  } catch (error) {
    throw new Error(`the app's own build (vite.config.ts) failed, so there is nothing to measure: ${error instanceof Error ? error.message : error}`);
  }
}

// The static server (build/static-server.mjs): the app at /app/ (and /app-unminified/), the bench
// page at /bench/, all on one origin so they share IndexedDB and localStorage. Responses are not
// cacheable (no-store); the app's own service worker (web edition) still caches the app once it is installed.

/**
 * The one change to what the app runs: a performance mark as the first statement of its entry
 * chunk, i.e. when the app's code starts running (after download and compile).
 */
function markedEntry(dir, prefix) {
  const index = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const entry = index.match(/<script type="module"[^>]*src="\.\/([^"]+\.js)"/)?.[1];
  if (!entry) throw new Error(`cannot find the entry script in ${dir}/index.html`);
  const source = readFileSync(path.join(dir, entry), 'utf8');
  // Static imports are evaluated before the entry's own first statement.
  const imported = [...source.slice(0, 20_000).matchAll(/(?:^|;|\n)import\s*[^;()]*?from\s*["']\.\/([^"']+)["']/g)].map((match) => match[1]);
  return {
    path: `${prefix}${entry}`,
    imported: imported.map((file) => `${file} (${kib(readFileSync(path.join(dir, path.dirname(entry), file)).length)})`),
    body: `performance.mark(${JSON.stringify(APP_START_MARK)});\n${source}`,
  };
}

/**
 * Installed in every page of a measured context; only acts on the app. Watches the DOM for the
 * trace's text in #document-body, and times the app's IndexedDB work by wrapping (not changing)
 * IDBFactory.open and IDBDatabase.transaction.
 */
function watchAppOpen({ length, tail }) {
  if (!location.pathname.startsWith('/app')) return;
  const marks = { longTasks: [] };
  const at = (name) => {
    if (marks[name] === undefined) marks[name] = performance.now();
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // long-task timing is informative only
  }
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    at('idbOpenRequested');
    const request = open.apply(this, args);
    request.addEventListener('success', () => at('idbOpened'));
    return request;
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    // WorkspacePersistence.load → UpdateLog.readAll: the first read-only transaction on `updates` alone.
    if (String(args[0]) === 'updates' && (args[1] ?? 'readonly') === 'readonly') at('logReadStarted');
    return transaction.apply(this, args);
  };
  // Both the cached rendering painted at a cold start (documents/first-paint.ts) and the live
  // editor count as "text visible"; the editor alone counts as editable.
  const shows = (element) => {
    const text = element?.textContent ?? '';
    return text.length >= length && text.endsWith(tail);
  };
  const afterNextPaint = (name, then) =>
    // The frame that shows the text: rAF runs before its style/layout/paint, the message after.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        at(name);
        then?.();
      };
      channel.port2.postMessage(null);
    });
  window.__benchVisible = new Promise((resolve) => {
    const check = () => {
      if (marks.screenShown === undefined && document.querySelector('main.document-screen')) at('screenShown');
      if (marks.cachedInDom === undefined && shows(document.getElementById('document-body-first-paint'))) {
        at('cachedInDom');
        afterNextPaint('cachedPainted');
      }
      if (marks.textInDom === undefined && shows(document.getElementById('document-body'))) at('textInDom');
      // The live editor is on screen once the cold-start picture has handed over to it.
      if (marks.textInDom === undefined || document.body.classList.contains('first-paint-showing')) return;
      at('editorShown');
      observer.disconnect();
      afterNextPaint('afterPaint', () => resolve(marks));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  });
}

function summariseProfile(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const name = (node) => node.callFrame.functionName || '(anonymous)';
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parents.get(at)) seen.add(name(nodes.get(at)));
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  });
  const interesting = ['loadIdentity', 'isTimeZone', 'load', 'applyUpdateV2', 'cleanupTransactions', 'createEditor', 'createView', '_forceRerender', 'appendTransaction', 'tokenize', 'renderRootSync', 'commitRoot', '(garbage collector)', '(program)', '(idle)'];
  return interesting.map((key) => [key, inclusive.get(key) ?? 0]);
}

let exitCode = 0;
let server;
try {
  // --- builds --------------------------------------------------------------------------------------
  const { build } = await import('vite');
  log('building the app (vite.config.ts) and the bench page (tests/bench/page) …');
  await buildApp(build, appDir, true);
  if (PROFILE_FILE) await buildApp(build, appProfileDir, false);
  await build({
    configFile: false,
    root: path.join(projectDir, 'tests/bench/page'),
    base: './',
    logLevel: 'error',
    build: { outDir: benchDir, emptyOutDir: true, sourcemap: false },
  });

  const entry = markedEntry(appDir, '/app/');
  let snapshotV1 = Buffer.alloc(0);
  const overrides = new Map([
    [entry.path, { type: contentType(entry.path), body: () => entry.body }],
    ['/bench/trace.json.gz', { type: 'application/octet-stream', body: () => readFileSync(TRACE) }],
    ['/bench/snapshot.bin', { type: 'application/octet-stream', body: () => snapshotV1 }],
  ]);
  const mounts = [
    { prefix: '/app/', dir: appDir },
    { prefix: '/bench/', dir: benchDir },
  ];
  if (PROFILE_FILE) {
    const unminified = markedEntry(appProfileDir, '/app-unminified/');
    overrides.set(unminified.path, { type: contentType(unminified.path), body: () => unminified.body });
    mounts.push({ prefix: '/app-unminified/', dir: appProfileDir });
  }
  server = await serveFolders(mounts, overrides);
  const origin = server.url.replace(/\/$/, '');

  // --- browser -----------------------------------------------------------------------------------
  const { chromium } = await import('playwright-core');
  const pageErrors = [];
  const launch = async () => {
    const context = await chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const watch = (page) => {
      page.on('pageerror', (error) => pageErrors.push(error.message));
      if (process.env.BENCH_VERBOSE) page.on('console', (message) => log(`page: ${message.text()}`));
    };
    context.on('page', watch);
    context.pages().forEach(watch);
    return context;
  };
  const firstPage = async (context) => context.pages()[0] ?? (await context.newPage());
  const benchTask = async (page, hash, timeoutMs) => {
    await page.goto(`${origin}/bench/#${hash}`, { waitUntil: 'domcontentloaded' });
    return withTimeout(
      page.evaluate(() => window.__bench),
      timeoutMs,
      `bench task ${hash.split('?')[0]}`,
    );
  };

  // --- seed ----------------------------------------------------------------------------------------
  log('seeding: replaying the trace through the app persistence (about a minute) …');
  let context = await launch();
  let page = await firstPage(context);
  const seedTask = `seed?typed=${TYPED_EDITS}&slice=${SLICE}${process.env.BENCH_SEED_LIMIT ? `&limit=${process.env.BENCH_SEED_LIMIT}` : ''}`;
  const seed = await benchTask(page, seedTask, 600_000);
  const userAgent = await page.evaluate(() => navigator.userAgent);
  await context.close();
  snapshotV1 = Buffer.from(seed.snapshotV1, 'base64');
  const expect = { length: seed.textLength, tail: seed.textTail };
  log(`seeded ${seed.edits} edits; workspace ${seed.workspaceId}, document ${seed.documentId}`);

  // One cold open of the app: relaunch the browser on the profile, open the document's route.
  const appRoute = `#/w/${encodeURIComponent(seed.workspaceId)}/d/${encodeURIComponent(seed.documentId)}`;
  const coldOpen = async (prefix, cpuProfile) => {
    context = await launch();
    await context.addInitScript(watchAppOpen, expect);
    page = await firstPage(context);
    let cdp;
    if (cpuProfile) {
      await page.goto(`${origin}/bench/index.html#none`); // same site, so the profiled renderer is the app's
      cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${origin}${prefix}${appRoute}`, { waitUntil: 'commit' });
    const marks = await withTimeout(page.evaluate(() => window.__benchVisible), 60_000, 'cold open of the app');
    const profile = cdp ? (await cdp.send('Profiler.stop')).profile : undefined;
    const appStart = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN, APP_START_MARK);
    for (const name of ['first-paint:read', 'first-paint:built']) marks[name] = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime, name);
    const swControlled = await page.evaluate(() => Boolean(navigator.serviceWorker?.controller));
    return { page, marks, appStart, swControlled, profile };
  };
  const closeContext = async () => {
    await context.close();
    context = undefined;
  };

  // First visit, not timed into the figures: the web edition installs its service worker here.
  log('first visit (installs the service worker; not counted) …');
  const firstVisit = await coldOpen('/app/');
  // Long enough for the service worker and for the document's cached rendering to be saved (every 2 s).
  await firstVisit.page.waitForTimeout(3000);
  await closeContext();

  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { marks, appStart, swControlled } = await coldOpen('/app/');
    // (b) in the same browser run: a fresh page that has run no Yjs code yet.
    const raw = await benchTask(await context.newPage(), `raw?doc=${encodeURIComponent(seed.documentId)}&repeat=${WARM_REPEATS}`, 60_000);
    await closeContext();
    const visible = Math.min(marks.cachedPainted ?? Infinity, marks.afterPaint);
    const run = {
      a: visible - appStart,
      editable: marks.afterPaint - appStart,
      firstPaintUsed: marks.cachedPainted !== undefined,
      aTextInDom: marks.textInDom - appStart,
      navToVisible: visible,
      navToEditable: marks.afterPaint,
      navToAppStart: appStart,
      cacheRead: marks['first-paint:read'] - appStart,
      cacheBuilt: marks['first-paint:built'] - marks['first-paint:read'],
      cacheBuiltToPainted: marks.cachedPainted - marks['first-paint:built'],
      appStartToIdbOpen: marks.idbOpenRequested - appStart,
      idbOpenWait: marks.idbOpened - marks.idbOpenRequested,
      idbOpenToLogRead: marks.logReadStarted - marks.idbOpened,
      logReadToText: marks.textInDom - marks.logReadStarted,
      textToPainted: marks.afterPaint - marks.textInDom,
      longestTask: Math.max(0, ...marks.longTasks),
      longTaskSum: marks.longTasks.reduce((sum, value) => sum + value, 0),
      b: raw.totalMs,
      bApply: raw.applyMs,
      bRead: raw.readMs,
      warmV1: raw.warmV1Ms,
      warmV2: raw.warmV2Ms,
      swControlled,
    };
    run.ratio = run.a / run.b;
    runs.push(run);
    log(`run ${i + 1}/${RUNS}: (a) ${ms(run.a)}  editable ${ms(run.editable)}  (b) ${ms(run.b)}  ratio ${times(run.ratio)}`);
  }

  // --- breakdown: the app's steps one by one, without React, router or i18n ------------------------
  const breakdowns = [];
  for (let i = 0; i < BREAKDOWN_RUNS; i++) {
    context = await launch();
    breakdowns.push(await benchTask(await firstPage(context), `breakdown?ws=${encodeURIComponent(seed.workspaceId)}&doc=${encodeURIComponent(seed.documentId)}&len=${seed.textLength}`, 60_000));
    await closeContext();
  }

  let profileSummary;
  if (PROFILE_FILE) {
    log('CPU profile of one cold open (unminified build) …');
    const profiled = await coldOpen('/app-unminified/', true);
    await closeContext();
    writeFileSync(PROFILE_FILE, JSON.stringify(profiled.profile));
    profileSummary = { total: profiled.marks.textInDom - profiled.appStart, functions: summariseProfile(profiled.profile) };
  }

  // --- report ------------------------------------------------------------------------------------
  const column = (key) => stats(runs.map((run) => run[key]));
  const row = (label, key, format = ms) => {
    const s = column(key);
    console.log(`  ${pad(label, 56)}${padLeft(format(s.median), 11)}${padLeft(format(s.min), 11)}${padLeft(format(s.max), 11)}`);
  };
  const line = (label, value) => console.log(`    ${pad(label, 62)}${padLeft(value, 22)}`);
  const aMedian = column('a').median;
  const bMedian = column('b').median;
  const stored = seed.afterCompact.bytes;

  console.log('');
  console.log('Coalition desk — cold open of a charter holding the automerge-paper trace');
  console.log(`  ${userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}; ${RUNS} cold runs, each a browser relaunched on the same profile;`);
  console.log(`  ${seed.edits} edits, ${seed.textLength} characters of trace text in the charter body; service worker controlling the app in ${runs.filter((run) => run.swControlled).length}/${RUNS} runs`);
  console.log(`  load average ${loadAtStart.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} now, on ${availableParallelism()} cores: other work on the machine inflates every figure`);
  console.log('');
  console.log(`  ${pad('', 56)}${padLeft('median', 11)}${padLeft('min', 11)}${padLeft('max', 11)}`);
  row('(a) app code start → text visible (cached rendering or editor)', 'a');
  row('      app code start → cached rendering read (localStorage)', 'cacheRead');
  row('      read → built into the DOM', 'cacheBuilt');
  row('      built → after the frame that paints it', 'cacheBuiltToPainted');
  row("    app code start → live editor's text painted (editable)", 'editable');
  row('    app code start → text in the live editor DOM', 'aTextInDom');
  row('    navigation start → text visible (everything)', 'navToVisible');
  row('    navigation start → live editor painted (everything)', 'navToEditable');
  row('    navigation start → app code start (not in (a))', 'navToAppStart');
  row('    app code start → IndexedDB open requested', 'appStartToIdbOpen');
  row('    IndexedDB open requested → opened', 'idbOpenWait');
  row('    opened → workspace log read starts', 'idbOpenToLogRead');
  row('    log read starts → text in the editor DOM', 'logReadToText');
  row('    text in DOM → after the frame that paints it', 'textToPainted');
  row('    longest task during the open', 'longestTask');
  row('(b) raw Yjs: new Y.Doc + applyUpdate(V1) + body toString', 'b');
  row('    applyUpdate(V1 snapshot)', 'bApply');
  row('    body fragment toString()', 'bRead');
  row('    same, warm (median of 5 in that page)', 'warmV1');
  row('    applyUpdateV2 of the V2 encoding, warm', 'warmV2');
  row('(a) / (b), per run', 'ratio', times);
  console.log(`  ${pad('(a) / (b), ratio of the medians', 56)}${padLeft(times(aMedian / bMedian), 11)}`);
  console.log(`  the cached rendering was painted first in ${runs.filter((run) => run.firstPaintUsed).length}/${RUNS} runs (documents/first-paint.ts; saved by the first visit)`);
  console.log(`  first visit (service worker not installed yet): app code start → painted ${ms(firstVisit.marks.afterPaint - firstVisit.appStart)}`);
  console.log('');

  const steps = [
    ['dbOpen', 'moduleStart', 'open the Dexie database'],
    ['identityLoaded', 'dbOpen', 'loadIdentity (IdentitySchema parse)'],
    ['rowsRead', 'identityLoaded', 'read the update rows (IndexedDB)'],
    ['applied', 'rowsRead', 'Y.applyUpdateV2 of the rows, one transaction'],
    ['editorCreated', 'applied', 'new TipTap Editor (y-prosemirror renders the body)'],
    ['textInDom', 'editorCreated', '… until the text is in the DOM'],
    ['nextFrame', 'textInDom', 'next animation frame'],
    ['textInDom', 'moduleStart', 'total: bench code start → text in DOM'],
  ];
  console.log(`  Breakdown page: the same steps in a cold browser without React, router or i18n (median of ${BREAKDOWN_RUNS})`);
  for (const [end, begin, label] of steps) line(label, ms(stats(breakdowns.map((result) => result.marks[end] - result.marks[begin])).median));
  console.log('');

  if (profileSummary) {
    console.log(`  CPU profile of one cold open, unminified build (${ms(profileSummary.total)} to text in DOM, with profiler overhead), inclusive time:`);
    for (const [name, value] of profileSummary.functions) line(name, ms(value));
    console.log(`    written to ${PROFILE_FILE}`);
    console.log('');
  }

  const after = breakdowns.at(-1);
  console.log('  Storage (sum of the workspace rows in IndexedDB)');
  line('after the replay, before the final compaction', `${seed.beforeCompact.rows} rows, ${kib(seed.beforeCompact.bytes)}`);
  line('after compaction (what the cold runs load)', `${seed.afterCompact.rows} rows, ${kib(stored)}`);
  if (after) line('after the cold runs', `${after.rows} rows, ${kib(after.storedBytes)}`);
  line('V1 snapshot (Y.encodeStateAsUpdate)', kib(seed.snapshotV1Bytes));
  line('V2 snapshot (Y.encodeStateAsUpdateV2)', kib(seed.snapshotV2Bytes));
  line('stored / V1 snapshot, after compaction', times(stored / seed.snapshotV1Bytes));
  console.log('');

  const { bulk, typed } = seed;
  console.log('  Seeding through the app persistence (WorkspaceService → WorkspacePersistence → Dexie log)');
  line(`bulk phase: ${bulk.edits} edits, ${SLICE} per event-loop turn`, `${(bulk.ms / 1000).toFixed(1)} s`);
  line('  rows written (one per turn) / automatic compactions', `${bulk.counts.rowsWritten} / ${bulk.counts.compactions}`);
  line(`typed phase: last ${typed.edits} edits, unchanged pipeline, one at a time`, '');
  line('  reopen of the workspace (WorkspaceService.open)', ms(typed.reopenMs));
  line('  main thread per keystroke (mean)', ms(typed.syncMsMean));
  line('  keystroke → stored in IndexedDB, median / p95', `${ms(typed.durableMsMedian)} / ${ms(typed.durableMsP95)}`);
  line('  keystroke → stored in IndexedDB, worst', ms(typed.durableMsMax));
  line(`  automatic compactions: ${typed.counts.compactions}, fold (apply + encode) max`, ms(typed.counts.maxFoldMs));
  line('  compaction wall time each, incl. IndexedDB (mean)', ms(typed.counts.compactMs / Math.max(1, typed.counts.compactions)));
  line('final compaction', ms(seed.finalCompactMs));
  line('journal entries left in localStorage', String(seed.journalKeys));
  console.log('');

  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  console.log('  Targets (informative, not asserted)');
  line('(a) median ≤ 150 ms', `${ms(aMedian)}: ${verdict(aMedian <= 150)}`);
  line('(a) ≤ 1.5 × (b)', `${times(aMedian / bMedian)}: ${verdict(aMedian <= 1.5 * bMedian)}`);
  const editableMedian = column('editable').median;
  line('editable (live editor) median ≤ 150 ms', `${ms(editableMedian)}: ${verdict(editableMedian <= 150)}`);
  line('editable (live editor) ≤ 1.5 × (b)', `${times(editableMedian / bMedian)}: ${verdict(editableMedian <= 1.5 * bMedian)}`);
  line('stored ≤ 2 × V1 snapshot after compaction', `${times(stored / seed.snapshotV1Bytes)}: ${verdict(stored <= 2 * seed.snapshotV1Bytes)}`);
  if (entry.imported.length > 0) console.log(`  note: "app code start" comes after the chunks the entry imports statically ran: ${entry.imported.join(', ')}`);
  if (pageErrors.length > 0) console.log(`  page errors: ${[...new Set(pageErrors)].join(' | ')}`);
  if (process.env.BENCH_JSON) console.log(JSON.stringify({ seed: { ...seed, snapshotV1: undefined }, runs, breakdowns }, null, 1));
  console.log(`  total bench time ${((performance.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.stack : error}`);
  exitCode = 1;
} finally {
  await server?.close();
  if (process.env.BENCH_KEEP) console.log(`  kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
process.exit(exitCode);
