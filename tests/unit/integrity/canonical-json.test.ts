import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonOf, type JsonValue } from '../../../shared/integrity/canonical-json';

function shuffleKeys(value: JsonValue, seed: number): JsonValue {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, seed));
  const keys = Object.keys(value);
  const rotated = keys.slice(seed % Math.max(keys.length, 1)).concat(keys.slice(0, seed % Math.max(keys.length, 1))).reverse();
  return Object.fromEntries(rotated.map((key) => [key, shuffleKeys(value[key] as JsonValue, seed + 1)]));
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and adds no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' } })).toBe('{"a":{"c":"x","d":[true,null]},"b":1}');
  });

  it('gives the same string whatever order keys were written in, and round-trips', () => {
    fc.assert(
      fc.property(fc.jsonValue() as fc.Arbitrary<JsonValue>, fc.nat(20), (value, seed) => {
        const canonical = canonicalJson(value);
        expect(canonicalJson(shuffleKeys(value, seed))).toBe(canonical);
        expect(canonicalJson(JSON.parse(canonical) as JsonValue)).toBe(canonical);
      }),
    );
  });

  it('refuses values that are not plain JSON instead of throwing', () => {
    for (const value of [undefined, Number.NaN, Infinity, () => 1, { a: undefined }, { a: Symbol('x') }, new Map()]) {
      expect(canonicalJsonOf(value)).toBeUndefined();
    }
    expect(canonicalJsonOf({ z: 1, a: 2 })).toBe('{"a":2,"z":1}');
  });
});
