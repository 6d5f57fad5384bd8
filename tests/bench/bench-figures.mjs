// Figures the browser benchmarks print: order statistics of latencies and one aligned line each.

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
