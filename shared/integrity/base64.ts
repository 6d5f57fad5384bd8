import { fromBase64, fromBase64UrlEncoded, toBase64, toBase64UrlEncoded } from 'lib0/buffer';

// lib0 encodes with btoa in browsers and Buffer in Node, so shared/ stays free of Node; its
// decoders are lenient (Node's Buffer skips what it cannot read), so the strict checks stay here.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function bytesToBase64(bytes: Uint8Array): string {
  return toBase64(bytes);
}

/** Undefined for anything that is not strict base64, so peer input never throws. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  return BASE64.test(text) ? fromBase64(text) : undefined;
}

/** Unpadded base64url (RFC 4648 §5): what invites, secrets and relay names carry. */
export function toBase64Url(bytes: Uint8Array): string {
  return toBase64UrlEncoded(bytes);
}

/** Throws on anything but unpadded base64url; a length of 4n+1 encodes no bytes, which atob refuses too. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!BASE64URL.test(text) || text.length % 4 === 1) throw new Error('not base64url');
  return fromBase64UrlEncoded(text);
}
