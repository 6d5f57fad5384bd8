// Figures for sync files on the automerge-paper trace (259,778 edits), in Node: prints, asserts nothing.
// Run with `node build/bench-sync-file.mjs`. See docs/decisions/0012-sync-files.md.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { newWorkspaceSecret } from '../../shared/sync/room-name';
import { applyBundleUpdate } from '../../shared/sync/sync-bundle-apply';
import { bundleOf, decodeSyncFile, encodeSyncFile } from '../../shared/sync/sync-bundle';
import { deriveWorkspaceKey } from '../../shared/sync/workspace-key';

interface Trace {
  txns: Array<{ patches: Array<[number, number, string]> }>;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TAIL = 1000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const trace = JSON.parse(gunzipSync(readFileSync(process.argv[2] ?? '')).toString('utf8')) as Trace;
  const doc = new Y.Doc();
  const text = doc.getText('body:charter');
  const replay = (txns: Trace['txns']) =>
    txns.forEach((txn) =>
      doc.transact(() => {
        for (const [pos, deleted, inserted] of txn.patches) {
          if (deleted > 0) text.delete(pos, deleted);
          if (inserted) text.insert(pos, inserted);
        }
      }),
    );
  replay(trace.txns.slice(0, -TAIL));
  const before = Y.encodeStateVector(doc);
  replay(trace.txns.slice(-TAIL));

  const workspaceId = 'ws-bench';
  const key = await deriveWorkspaceKey(newWorkspaceSecret(), workspaceId, 'sync-file');
  const maker = { memberId: 'm-bench', name: 'Amara Velde' };
  const saves: number[] = [];
  const loads: number[] = [];
  const raws: number[] = [];
  const unpacking: number[] = [];
  const update = Y.encodeStateAsUpdateV2(doc);
  let file: Uint8Array = new Uint8Array();
  for (let run = 0; run < RUNS; run++) {
    let start = performance.now();
    file = await encodeSyncFile(key, workspaceId, bundleOf(doc, { maker, createdAt: new Date().toISOString() }));
    saves.push(performance.now() - start);
    // The baseline, in the same run and just before: bare Yjs applying the same update to an empty doc.
    start = performance.now();
    Y.applyUpdateV2(new Y.Doc(), update);
    raws.push(performance.now() - start);
    start = performance.now();
    const decoded = await decodeSyncFile(file, { workspaceId, key });
    if (!decoded.ok) throw new Error(decoded.error);
    const target = new Y.Doc();
    const unpacked = performance.now();
    const applied = applyBundleUpdate(target, decoded.value.update);
    loads.push(performance.now() - start);
    unpacking.push(unpacked - start);
    if (target.getText('body:charter').toString() !== text.toString()) throw new Error('texts differ');
    if (run === 0) console.log(`changes counted on load: ${applied.changes}`);
  }
  const diff = await encodeSyncFile(key, workspaceId, bundleOf(doc, { maker, createdAt: new Date().toISOString() }, before));
  console.log(`edits: ${trace.txns.length}, final text: ${text.length} characters`);
  console.log(`V2 update: ${Y.encodeStateAsUpdateV2(doc).length} bytes; sync file (everything): ${file.length} bytes; only the last ${TAIL} edits: ${diff.length} bytes`);
  console.log(`save (encode, deflate, seal), median of ${RUNS}: ${median(saves).toFixed(1)} ms`);
  console.log(`load (check, unseal, inflate, apply to an empty doc), median of ${RUNS}: ${median(loads).toFixed(1)} ms`);
  console.log(`  of which checks, unsealing and inflating: ${median(unpacking).toFixed(1)} ms`);
  console.log(`baseline, Y.applyUpdateV2 of the same update, median of ${RUNS}: ${median(raws).toFixed(1)} ms`);
  console.log(`load / baseline: ${(median(loads) / median(raws)).toFixed(2)}× (target ≤ 1.5×)`);
}

void main();
