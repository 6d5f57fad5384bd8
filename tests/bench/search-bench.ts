// Figures for search (docs/decisions/0030-search-library.md), in Node: prints, asserts nothing.
// Run with `node build/bench-search.mjs`. A workspace of 50 documents (one holding the 259,778-edit
// automerge-paper trace), 200 members, 500 proposals with a decision each, 2,000 comment-like
// remarks (the model has no comments: they are positions' reasons, the nearest kind), and some
// meetings with minutes, action items and minority views.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { WorkspaceIndex } from '../../shared/search/workspace-index';
import { allSourceKeys, recordsAt } from '../../shared/search/workspace-records';
import { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { DeskDatabase } from '../../renderer/db/database';
import { LiveSearch } from '../../renderer/search/live-search';
import { action, meeting, member, minutes, proposal, putDecision, putDocument, putPosition, putView } from './search-workspace';

interface Trace {
  txns: Array<{ patches: Array<[number, number, string]> }>;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 2000);

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => sorted(values)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)] ?? NaN;
const ms = (value: number) => `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const times = (value: number) => `${value.toFixed(2)}×`;

/** A seeded generator, so every run indexes the same text. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const rand = random(20261202);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
const SYLLABLES = ['ka', 'lo', 'mer', 'ta', 'vin', 'so', 'ra', 'den', 'il', 'qu', 'ash', 'bel', 'cor', 'dra', 'fen', 'gil', 'hal', 'ith', 'jor', 'mun'];
const VOCABULARY = Array.from({ length: 3000 }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYLLABLES)).join(''));
const COMMON = ['the', 'coalition', 'members', 'agree', 'that', 'report', 'shall', 'charter', 'meeting', 'of', 'and', 'to', 'in'];
const sentence = (words: number) => Array.from({ length: words }, () => (rand() < 0.4 ? pick(COMMON) : pick(VOCABULARY))).join(' ') + '.';

function workspaceWithCharter(trace: Trace): { workspace: WorkspaceDoc; charter: Y.XmlText; small: Y.XmlText } {
  const workspace = new WorkspaceDoc(new Y.Doc());
  const { ydoc } = workspace;
  for (let index = 0; index < 200; index++) workspace.putMember(member(index, { name: `Invented ${pick(VOCABULARY)} ${index}` }));
  for (let index = 0; index < 49; index++)
    putDocument(workspace, `doc-${index}`, `Output ${index} ${pick(VOCABULARY)}`, Array.from({ length: 20 }, () => sentence(12 + Math.floor(rand() * 20))));
  workspace.createDocument({ id: 'doc-charter', title: 'Charter', type: 'charter', author: { memberId: 'member-0', name: 'Amara Velde' }, now: new Date('2026-03-02T10:00:00Z') });
  const body = workspace.body('doc-charter');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText()]);
  body.insert(body.length, [paragraph]);
  const charter = paragraph.get(0) as Y.XmlText;
  for (const txn of trace.txns)
    ydoc.transact(() => {
      for (const [pos, deleted, inserted] of txn.patches) {
        if (deleted > 0) charter.delete(pos, deleted);
        if (inserted) charter.insert(pos, inserted);
      }
    });
  for (let index = 0; index < 500; index++) {
    ydoc.getMap('proposals').set(`prop-${index}`, proposal(`prop-${index}`, `Proposal ${pick(VOCABULARY)} ${index}`, sentence(30)));
    putDecision(ydoc, `dec-${index}`, `prop-${index}`, sentence(25), sentence(15));
  }
  for (let index = 0; index < 2000; index++) putPosition(ydoc, `comment-${index}`, `prop-${index % 500}`, sentence(20));
  for (let index = 0; index < 50; index++) {
    ydoc.getMap('meetings').set(`meet-${index}`, meeting(`meet-${index}`, `Virtual meeting #${index}`, [sentence(4), sentence(4), sentence(3)]));
    ydoc.getMap('minutes').set(`meet-${index}`, minutes(`meet-${index}`, [0, 1, 2].map(() => ({ keyPoints: [sentence(15), sentence(15)], nextSteps: [sentence(8)] }))));
    putView(ydoc, `view-${index}`, `doc-${index % 49}`, sentence(4), sentence(40));
  }
  for (let index = 0; index < 200; index++) ydoc.getMap('actions').set(`act-${index}`, action(`act-${index}`, sentence(10)));
  const small = workspace.body('doc-3').get(5) as Y.XmlElement;
  return { workspace, charter, small: small.get(0) as Y.XmlText };
}

function queries(charterText: string): string[] {
  const charterWords = charterText.split(/\W+/).filter((word) => word.length > 5);
  const words = Array.from({ length: 40 }, () => (rand() < 0.5 ? pick(VOCABULARY) : pick(charterWords)));
  const prefixes = Array.from({ length: 30 }, () => pick(VOCABULARY).slice(0, 3 + Math.floor(rand() * 2)));
  const typos = Array.from({ length: 20 }, () => {
    const word = pick(charterWords.length ? charterWords : VOCABULARY);
    const at = 1 + Math.floor(rand() * (word.length - 2));
    return word.slice(0, at) + 'x' + word.slice(at + 1);
  });
  const pairs = Array.from({ length: 10 }, () => `${pick(COMMON)} ${pick(VOCABULARY).slice(0, 4)}`);
  return [...words, ...prefixes, ...typos, ...pairs];
}

const noStorage = {
  searchIndexes: { get: () => Promise.resolve(undefined), put: () => Promise.resolve('') },
} as unknown as DeskDatabase;

async function main(): Promise<void> {
  const trace = JSON.parse(gunzipSync(readFileSync(process.argv[2] ?? '')).toString('utf8')) as Trace;
  let started = performance.now();
  const { workspace, charter, small } = workspaceWithCharter(trace);
  const { ydoc } = workspace;
  console.log(`[bench-search] workspace built in ${((performance.now() - started) / 1000).toFixed(1)} s (${charter.length.toLocaleString('en')} characters of charter text)`);

  // Index from scratch, and the share of it that is only reading records out of the Y.Doc.
  const builds: number[] = [];
  const reads: number[] = [];
  let index = WorkspaceIndex.build(ydoc);
  for (let run = 0; run < RUNS; run++) {
    started = performance.now();
    for (const [source, keys] of allSourceKeys(ydoc)) for (const key of keys) recordsAt(ydoc, source, key);
    reads.push(performance.now() - started);
    started = performance.now();
    index = WorkspaceIndex.build(ydoc);
    builds.push(performance.now() - started);
  }
  const records = index.ids();

  // Stored form: size, and loading it (a cold start) against rebuilding.
  const stateVector = Y.encodeStateVector(ydoc);
  const serialised = index.serialise(stateVector);
  const bytes = new TextEncoder().encode(serialised).length;
  const docBytes = Y.encodeStateAsUpdateV2(ydoc).length;
  const loads: number[] = [];
  const saves: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    started = performance.now();
    index.serialise(stateVector);
    saves.push(performance.now() - started);
    started = performance.now();
    WorkspaceIndex.load(serialised);
    loads.push(performance.now() - started);
  }

  // Queries, against the baseline in the same run: a plain substring scan over every record's text.
  const texts = records.map((id) => {
    const fields = index.fields(id);
    return `${fields?.title ?? ''}\n${fields?.text ?? ''}`.toLowerCase();
  });
  const list = queries(charter.toString());
  const queryTimes: number[] = [];
  const scanTimes: number[] = [];
  let found = 0;
  for (const query of list) index.search(query);
  for (let pass = 0; pass < 3; pass++)
    for (const query of list) {
      started = performance.now();
      found += index.search(query).reduce((sum, group) => sum + group.hits.length, 0);
      queryTimes.push(performance.now() - started);
      started = performance.now();
      const needle = query.toLowerCase();
      let hits = 0;
      for (const text of texts) if (text.includes(needle)) hits++;
      scanTimes.push(performance.now() - started);
      found += hits > 0 ? 0 : 0;
    }

  // Cost added to each keystroke: one insert per transaction, as typing is, with and without the
  // live index watching, alternating blocks so drift hits both. Its timer never fires mid-loop,
  // so this is exactly the synchronous part a keystroke pays.
  const live = new LiveSearch(noStorage, 'ws-bench', ydoc);
  await live.ready;
  await new Promise((resolve) => setTimeout(resolve, 10));
  live.flush();
  const watched: number[] = [];
  const bare: number[] = [];
  let at = Math.floor(charter.length / 2);
  const type = (samples: number[]) => {
    for (let key = 0; key < 50; key++) {
      started = performance.now();
      charter.insert(at++, 'x');
      samples.push(performance.now() - started);
    }
  };
  ydoc.off('afterTransaction', (live as unknown as { onTransaction: () => void }).onTransaction);
  for (let block = 0; block < KEYSTROKES / 50; block++) {
    ydoc.on('afterTransaction', (live as unknown as { onTransaction: () => void }).onTransaction);
    type(watched);
    ydoc.off('afterTransaction', (live as unknown as { onTransaction: () => void }).onTransaction);
    type(bare);
  }
  ydoc.on('afterTransaction', (live as unknown as { onTransaction: () => void }).onTransaction);

  // The deferred part: re-indexing after a pause in typing, in the charter's one huge paragraph and in an ordinary one.
  const flushCharter: number[] = [];
  const flushSmall: number[] = [];
  const charterReads: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (let key = 0; key < 10; key++) charter.insert(at++, 'y');
    started = performance.now();
    recordsAt(ydoc, 'body:doc-charter', '');
    charterReads.push(performance.now() - started);
    started = performance.now();
    live.flush();
    flushCharter.push(performance.now() - started);

    for (let key = 0; key < 10; key++) small.insert(small.length, 'z');
    started = performance.now();
    live.flush();
    flushSmall.push(performance.now() - started);
  }
  await live.close();

  if (process.env.BENCH_VERBOSE) {
    const slowest = list.map((query, at) => ({ query, time: Math.max(queryTimes[at] ?? 0, queryTimes[at + list.length] ?? 0, queryTimes[at + 2 * list.length] ?? 0) })).sort((a, b) => b.time - a.time);
    console.log('[bench-search] slowest queries:', slowest.slice(0, 10).map(({ query, time }) => `${query} ${ms(time)}`).join(', '));
  }
  const rows: [string, string, string][] = [
    ['records indexed', records.length.toLocaleString('en'), `${list.length} queries × 3, ${found.toLocaleString('en')} hits shown`],
    ['query, median', ms(median(queryTimes)), `${times(median(queryTimes) / median(scanTimes))} a substring scan (${ms(median(scanTimes))})`],
    ['query, p95 (target ≤ 30 ms)', ms(p95(queryTimes)), `${times(p95(queryTimes) / p95(scanTimes))} a substring scan (${ms(p95(scanTimes))})`],
    ['index from scratch, median', ms(median(builds)), `of which reading records from the Y.Doc ${ms(median(reads))}`],
    ['stored index size', kib(bytes), `${times(bytes / docBytes)} the workspace's Yjs update (${kib(docBytes)})`],
    ['cold start: load stored index, median', ms(median(loads)), `${times(median(loads) / median(builds))} rebuilding; saving it ${ms(median(saves))}`],
    ['per keystroke, bare Yjs, median', ms(median(bare)), `p95 ${ms(p95(bare))}`],
    ['per keystroke, with search watching, median', ms(median(watched)), `p95 ${ms(p95(watched))}`],
    ['cost added per keystroke (target ≤ 0.5 ms)', ms(median(watched) - median(bare)), `p95 difference ${ms(p95(watched) - p95(bare))}; ${times(median(watched) / median(bare))} bare`],
    ['re-index after a pause, ordinary paragraph', ms(median(flushSmall)), 'once per burst of typing, 300 ms after the last key'],
    ['re-index after a pause, the charter\'s paragraph', ms(median(flushCharter)), `one ${charter.length.toLocaleString('en')}-character paragraph in chunks; reading the body alone ${ms(median(charterReads))}`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`[bench-search] Node ${process.version}, ${RUNS} runs, ${KEYSTROKES} keystrokes`);
  for (const [name, value, note] of rows) console.log(`  ${name.padEnd(width)}  ${value.padStart(10)}  ${note}`);
  if (process.env.BENCH_JSON) console.log(JSON.stringify({ queryTimes, scanTimes, builds, reads, loads, saves, bytes, docBytes, watched, bare, flushCharter, flushSmall }));
}

await main();
