import fc from 'fast-check';
import { toHexString } from 'lib0/buffer';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fromBase64Url, toBase64Url } from '../../../shared/integrity/base64';

// The hand-written encoders these replaced, kept as oracles: every string already stored or sent
// (signatures, keys, invites, secrets, hashes) must come out byte for byte the same.
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const binaryOf = (bytes: Uint8Array) => [...bytes].map((byte) => String.fromCharCode(byte)).join('');
const bytesOf = (binary: string) => Uint8Array.from(binary, (char) => char.charCodeAt(0));
const old = {
  base64: (bytes: Uint8Array) => btoa(binaryOf(bytes)),
  fromBase64: (text: string) => (STRICT_BASE64.test(text) ? bytesOf(atob(text)) : undefined),
  base64Url: (bytes: Uint8Array) => btoa(binaryOf(bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
  fromBase64Url: (text: string) => {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
    return bytesOf(atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4)));
  },
  hex: (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
};
const outcome = <T>(run: () => T): { value: T } | { threw: true } => {
  try {
    return { value: run() };
  } catch {
    return { threw: true };
  }
};

const bytes = fc.uint8Array({ maxLength: 300 });
// Views into a larger buffer, as subarray() and crypto results give: only the viewed bytes count.
const views = fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat(), fc.nat()).map(([all, a, b]) => {
  const start = a % all.length;
  return all.subarray(start, start + (b % (all.length - start + 1)));
});
const base64ish = fc.oneof(
  bytes.map((value) => old.base64(value)),
  fc.string({ unit: fc.constantFrom(...'ABCxyz019+/=-_ \n'), maxLength: 24 }),
);
const base64UrlIsh = fc.oneof(
  bytes.map((value) => old.base64Url(value)),
  fc.string({ unit: fc.constantFrom(...'ABCxyz019-_+/='), maxLength: 24 }),
);

describe('lib0 encodings against the hand-written ones', () => {
  it('encodes base64, base64url and hex to the same strings', () => {
    fc.assert(
      fc.property(fc.oneof(bytes, views), (value) => {
        expect(bytesToBase64(value)).toBe(old.base64(value));
        expect(toBase64Url(value)).toBe(old.base64Url(value));
        expect(toHexString(value)).toBe(old.hex(value));
      }),
      { numRuns: 500 },
    );
  });

  it('decodes strict base64 to the same bytes and refuses the same strings', () => {
    fc.assert(
      fc.property(base64ish, (text) => {
        expect(base64ToBytes(text)).toEqual(old.fromBase64(text));
      }),
      { numRuns: 500 },
    );
  });

  it('decodes base64url to the same bytes and throws on the same strings', () => {
    fc.assert(
      fc.property(base64UrlIsh, (text) => {
        expect(outcome(() => fromBase64Url(text))).toEqual(outcome(() => old.fromBase64Url(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('decodes to arrays of their own, not views into a shared pool', () => {
    const decoded = base64ToBytes('AAEC');
    expect(decoded?.byteOffset).toBe(0);
    expect(decoded?.buffer.byteLength).toBe(3);
  });
});
