import { base64ToBytes, bytesToBase64 } from '../../shared/integrity/base64';
import { exportPublicKey, generateSigningKeyPair } from '../../shared/integrity/signing-key';
import type { DeskDatabase } from '../db/database';
import type { Platform } from '../platform/platform';

/** This install's signing key: the private half is only ever held as a non-extractable CryptoKey. */
export interface InstallKey {
  privateKey: CryptoKey;
  publicKey: string;
}

const KEY_ROW = 'signingKey';
const ED25519 = { name: 'Ed25519' } as const;

/** In a browser: the CryptoKey itself, stored by IndexedDB. In the desktop app: PKCS#8 sealed by the OS. */
type StoredKey = { privateKey: CryptoKey; publicKey: string } | { sealedPrivateKey: string; publicKey: string };

function isStoredKey(value: unknown): value is StoredKey {
  const candidate = value as Partial<{ privateKey: unknown; sealedPrivateKey: unknown; publicKey: unknown }> | undefined;
  if (typeof candidate?.publicKey !== 'string') return false;
  return (typeof CryptoKey !== 'undefined' && candidate.privateKey instanceof CryptoKey) || typeof candidate.sealedPrivateKey === 'string';
}

async function importSealed(platform: Platform, sealed: string): Promise<CryptoKey | undefined> {
  const opened = await platform.openSecret(sealed);
  const bytes = opened === null ? undefined : base64ToBytes(opened);
  if (!bytes) return undefined;
  return globalThis.crypto.subtle.importKey('pkcs8', bytes, ED25519, false, ['sign']);
}

/** A new pair; sealed by the OS credential store when the host has one, else kept non-extractable. */
async function createKey(platform: Platform): Promise<{ stored: StoredKey; key: InstallKey }> {
  if (platform.kind === 'web') return nonExtractableKey();
  const extractable = (await globalThis.crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = bytesToBase64(new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', extractable.privateKey)));
  const sealed = await platform.sealSecret(pkcs8);
  const publicKey = await exportPublicKey(extractable.publicKey);
  if (sealed !== null) {
    const privateKey = await globalThis.crypto.subtle.importKey('pkcs8', base64ToBytes(pkcs8) ?? new Uint8Array(), ED25519, false, ['sign']);
    return { stored: { sealedPrivateKey: sealed, publicKey }, key: { privateKey, publicKey } };
  }
  return nonExtractableKey();
}

async function nonExtractableKey(): Promise<{ stored: StoredKey; key: InstallKey }> {
  const pair = await generateSigningKeyPair();
  const key = { privateKey: pair.privateKey, publicKey: await exportPublicKey(pair.publicKey) };
  return { stored: key, key };
}

export async function loadInstallKey(db: DeskDatabase, platform: Platform): Promise<InstallKey> {
  const stored = (await db.local.get(KEY_ROW))?.value;
  if (isStoredKey(stored)) {
    if ('privateKey' in stored) return stored;
    const privateKey = await importSealed(platform, stored.sealedPrivateKey);
    if (privateKey) return { privateKey, publicKey: stored.publicKey };
    // The sealed key cannot be opened here (another OS account or machine): start a new identity key
    // rather than sign nothing; members see the new key as a key change for this member.
    console.warn('The stored signing key could not be unsealed; a new one is created.');
  }
  const { stored: toStore, key } = await createKey(platform);
  await db.local.put({ key: KEY_ROW, value: toStore });
  return key;
}
