/**
 * The benchmark's own page (never shipped): seeds a workspace through the app's persistence code,
 * and measures raw Yjs and each step of a cold open. The driver is build/bench.mjs; it picks the
 * task with the hash (#seed, #raw?…, #breakdown?…) and awaits `window.__bench`.
 */
import { runBreakdown } from './breakdown';
import { runRaw } from './raw';
import { runSeed } from './seed';

const moduleStart = performance.now();

declare global {
  interface Window {
    __bench?: Promise<unknown>;
  }
}

const [task = '', query = ''] = location.hash.replace(/^#/, '').split('?');
const params = new URLSearchParams(query);

function run(): Promise<unknown> {
  switch (task) {
    case 'seed':
      return runSeed({
        limit: Number(params.get('limit') ?? Infinity),
        typedEdits: Number(params.get('typed') ?? 2000),
        slice: Number(params.get('slice') ?? 1000),
      });
    case 'raw':
      return runRaw(params.get('doc') ?? '', Number(params.get('repeat') ?? '0'));
    case 'breakdown':
      return runBreakdown(params.get('ws') ?? '', params.get('doc') ?? '', Number(params.get('len') ?? '0'), moduleStart);
    case 'none':
      return Promise.resolve(undefined);
    default:
      return Promise.reject(new Error(`unknown bench task "${task}"`));
  }
}

window.__bench = run();
