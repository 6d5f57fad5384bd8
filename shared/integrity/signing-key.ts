import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';

const ED25519 = { name: 'Ed25519' } as const;
const ED25519_PUBLIC_KEY_BYTES = 32;

export const PublicKeySchema = z
  .string()
  .refine((value) => base64ToBytes(value)?.length === ED25519_PUBLIC_KEY_BYTES, { message: 'errors.invalidPublicKey' });

/** One per install. The private key is non-extractable: it can sign, and can be stored in IndexedDB, but never read out. */
export async function generateSigningKeyPair(): Promise<CryptoKeyPair> {
  return (await globalThis.crypto.subtle.generateKey(ED25519, false, ['sign', 'verify'])) as CryptoKeyPair;
}

/** Raw 32-byte public key as base64, the form kept in the shared member-key record. */
export async function exportPublicKey(publicKey: CryptoKey): Promise<string> {
  return bytesToBase64(new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', publicKey)));
}

export async function importPublicKey(base64: string): Promise<CryptoKey | undefined> {
  const bytes = base64ToBytes(base64);
  if (bytes?.length !== ED25519_PUBLIC_KEY_BYTES) return undefined;
  try {
    return await globalThis.crypto.subtle.importKey('raw', bytes, ED25519, true, ['verify']);
  } catch {
    return undefined;
  }
}
