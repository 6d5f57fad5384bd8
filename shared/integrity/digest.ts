import { toHexString } from 'lib0/buffer';
import { base64ToBytes } from './base64';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return toHexString(new Uint8Array(digest));
}

/** False, never a throw, for a malformed key or signature: both come from peers. */
export async function verifySignature(publicKeyBase64: string, signatureBase64: string, payload: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const keyBytes = base64ToBytes(publicKeyBase64);
  const signature = base64ToBytes(signatureBase64);
  if (!keyBytes || !signature) return false;
  try {
    const key = await globalThis.crypto.subtle.importKey('raw', keyBytes, { name: 'Ed25519' }, false, ['verify']);
    return await globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key, signature, payload);
  } catch {
    return false;
  }
}
