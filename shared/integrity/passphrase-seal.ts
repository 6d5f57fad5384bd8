import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';

/**
 * A secret sealed with a passphrase the member chooses, for installs where the OS offers no
 * protected store (Linux without a keyring: Electron's safeStorage then falls back to a fixed key).
 * PBKDF2-SHA-256 stretches the passphrase into an AES-256-GCM key; WebCrypto has it in browsers
 * and in Node alike (scrypt is Node-only). 600,000 iterations is OWASP's 2023 figure for
 * PBKDF2-SHA-256. The header fields are the cipher's additional data, so lowering the iteration
 * count or changing any field makes opening fail instead of weakening the key.
 */
export const PASSPHRASE_ITERATIONS = 600_000;
// An envelope that asks for more would stall the app for minutes: refused as damaged.
const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;

const base64Of = (bytes: number) => z.string().refine((text) => base64ToBytes(text)?.length === bytes, { message: `not ${bytes} bytes of base64` });

export const PassphraseEnvelopeSchema = z.strictObject({
  v: z.literal(1),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(PASSPHRASE_ITERATIONS).max(MAX_ITERATIONS),
  salt: base64Of(16),
  iv: base64Of(12),
  ciphertext: z
    .string()
    .max(65_536)
    .refine((text) => (base64ToBytes(text)?.length ?? 0) >= 16, { message: 'too short for AES-GCM' }),
});
export type PassphraseEnvelope = z.infer<typeof PassphraseEnvelopeSchema>;

function header(envelope: Pick<PassphraseEnvelope, 'v' | 'kdf' | 'iterations' | 'salt' | 'iv'>): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify([envelope.v, envelope.kdf, envelope.iterations, envelope.salt, envelope.iv]));
}

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The secret sealed under the passphrase, as the JSON text to store. */
export async function sealWithPassphrase(plainText: string, passphrase: string, iterations = PASSPHRASE_ITERATIONS): Promise<string> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error(`A passphrase has at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const fields = { v: 1, kdf: 'PBKDF2-SHA-256', iterations, salt: bytesToBase64(salt), iv: bytesToBase64(iv) } as const;
  const key = await passphraseKey(passphrase, salt, iterations);
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header(fields) }, key, new TextEncoder().encode(plainText));
  const envelope: PassphraseEnvelope = { ...fields, ciphertext: bytesToBase64(new Uint8Array(ciphertext)) };
  return JSON.stringify(PassphraseEnvelopeSchema.parse(envelope));
}

export type PassphraseOpenResult = { ok: true; plainText: string } | { ok: false; error: 'wrong-passphrase' | 'damaged' };

/** Wrong passphrase and altered envelope look alike to AES-GCM; a malformed envelope is 'damaged'. */
export async function openWithPassphrase(sealed: string, passphrase: string): Promise<PassphraseOpenResult> {
  let parsed: ReturnType<typeof PassphraseEnvelopeSchema.safeParse>;
  try {
    parsed = PassphraseEnvelopeSchema.safeParse(JSON.parse(sealed));
  } catch {
    return { ok: false, error: 'damaged' };
  }
  if (!parsed.success) return { ok: false, error: 'damaged' };
  const envelope = parsed.data;
  const [salt, iv, ciphertext] = [base64ToBytes(envelope.salt), base64ToBytes(envelope.iv), base64ToBytes(envelope.ciphertext)];
  if (!salt || !iv || !ciphertext) return { ok: false, error: 'damaged' };
  try {
    const key = await passphraseKey(passphrase, salt, envelope.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header(envelope) }, key, ciphertext);
    return { ok: true, plainText: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, error: 'wrong-passphrase' };
  }
}
