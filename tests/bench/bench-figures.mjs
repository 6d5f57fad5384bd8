// What the browser benchmarks (bench-sync, bench-mesh, bench-relay) share: re-running inside
// the private network namespace, bounded waits, comparing clocks across processes, and figures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Re-runs the calling script inside build/run-in-netns.mjs unless `flag` says it already is there; exits with its status. */
export function runInNetnsOnce(scriptUrl, flag, timeout) {
  if (process.env[flag] === '1') return;
  const result = spawnSync(process.execPath, ['build/run-in-netns.mjs', process.execPath, fileURLToPath(scriptUrl), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [flag]: '1' },
    timeout,
  });
  process.exit(result.status ?? 1);
}

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/** Offset of another process's clock (`read` returns its now) against ours, from the round trip with the smallest delay. */
export async function clockOffset(read, rounds = 30) {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < rounds; i++) {
    const before = performance.timeOrigin + performance.now();
    const theirs = await read();
    const after = performance.timeOrigin + performance.now();
    if (after - before < best.rtt) best = { rtt: after - before, offset: theirs - (before + after) / 2 };
  }
  return best;
}
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return { n: sorted.length, median, p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}

export const ms = (value) => `${value.toFixed(2)} ms`;

export const line = (label, s) =>
  `${label.padEnd(44)} median ${ms(s.median).padStart(10)}   p95 ${ms(s.p95).padStart(10)}   min ${ms(s.min).padStart(9)}   max ${ms(s.max).padStart(9)}   (n=${s.n})`;

/** A log prefixed with the seconds since start, and a watchdog that ends a run that hangs. */
export function benchClock(name, budgetMs) {
  const started = performance.now();
  const log = (message) => console.log(`[${name} ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);
  const watchdog = setTimeout(() => {
    console.error(`${name}: gave up after ${budgetMs / 1000} s`);
    process.exit(1);
  }, budgetMs);
  return { started, log, stop: () => clearTimeout(watchdog) };
}
