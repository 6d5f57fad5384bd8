import fc from 'fast-check';
import { expect } from 'vitest';

/** What each boundary must do with one input, however hostile: return, not throw, and soon. */
export const MAX_MS_PER_INPUT = 200;

export function withinBounds<T>(run: () => T, label = 'input'): T {
  const started = performance.now();
  const result = run();
  const elapsed = performance.now() - started;
  expect(elapsed, `${label} took ${elapsed.toFixed(1)} ms`).toBeLessThan(MAX_MS_PER_INPUT);
  return result;
}

/** The same for a path through the store and Web Crypto, whose awaits a loaded machine can stretch: a wider bound. */
export const MAX_MS_PER_STORED_INPUT = 1_000;

export async function withinBoundsAsync<T>(run: () => Promise<T>, label = 'input', bound = MAX_MS_PER_STORED_INPUT): Promise<T> {
  const started = performance.now();
  const result = await run();
  const elapsed = performance.now() - started;
  expect(elapsed, `${label} took ${elapsed.toFixed(1)} ms`).toBeLessThan(bound);
  return result;
}

/** Characters that people paste without seeing them, or that spoof what text looks like. */
export const TRICKY_CHARACTERS = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202b', '\u202d', '\u202e', '\u2066', '\u2067', '\u2069', '\u00ad', '\u034f', '\u3164', '\u2800', '%', '%E0%A4%A', '%zz', '\ud800', '\n', '\r\n', '\t', '"', '“', '’', '.', '<', '>', '/', '#'];

/** Strings of every kind: unicode, tricky characters, and a few very long ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...TRICKY_CHARACTERS), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', '%', ' ', '\u200b', 'CD1.', 'A'), fc.integer({ min: 10_000, max: 200_000 })).map(([unit, count]) => unit.repeat(count)) },
);
