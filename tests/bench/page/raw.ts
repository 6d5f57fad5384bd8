import * as Y from 'yjs';
import { fetchBytes } from './shared';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function loadV1(snapshot: Uint8Array, documentId: string): { applyMs: number; readMs: number; textLength: number } {
  const start = performance.now();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snapshot);
  const applied = performance.now();
  const text = doc.getXmlFragment(`body:${documentId}`).toString();
  const read = performance.now();
  doc.destroy();
  return { applyMs: applied - start, readMs: read - applied, textLength: text.length };
}

/**
 * (b): the same document loaded by raw Yjs from its V1 snapshot, in a page that has run no Yjs
 * code before (as cold as the app's open). The snapshot is fetched first and is not timed.
 * Then `repeat` warm loads of the V1 snapshot and of the V2 encoding the app stores.
 */
export async function runRaw(documentId: string, repeat: number): Promise<unknown> {
  const snapshot = await fetchBytes('./snapshot.bin');
  const cold = loadV1(snapshot, documentId);

  const warmV1: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const run = loadV1(snapshot, documentId);
    warmV1.push(run.applyMs + run.readMs);
  }
  const source = new Y.Doc();
  Y.applyUpdate(source, snapshot);
  const v2 = Y.encodeStateAsUpdateV2(source);
  source.destroy();
  const warmV2: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    const doc = new Y.Doc();
    Y.applyUpdateV2(doc, v2);
    doc.getXmlFragment(`body:${documentId}`).toString();
    warmV2.push(performance.now() - start);
    doc.destroy();
  }
  return { ...cold, totalMs: cold.applyMs + cold.readMs, warmV1Ms: median(warmV1), warmV2Ms: median(warmV2), snapshotBytes: snapshot.byteLength };
}
