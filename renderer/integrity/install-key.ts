import { base64ToBytes, bytesToBase64 } from '../../shared/integrity/base64';
import { openWithPassphrase, sealWithPassphrase } from '../../shared/integrity/passphrase-seal';
import { exportPublicKey, generateSigningKeyPair } from '../../shared/integrity/signing-key';
import type { DeskDatabase } from '../db/database';
import type { Platform } from '../platform/platform';

/** This install's signing key: the private half is only ever held as a non-extractable CryptoKey. */
export interface InstallKey {
  privateKey: CryptoKey;
  publicKey: string;
}

/**
 * How the private key is kept on disk. 'os': sealed by the OS credential store. 'passphrase':
 * sealed with the member's passphrase (decision 0021). 'browser': a non-extractable CryptoKey in
 * IndexedDB, all a browser offers. 'none': the desktop app found no keyring (Linux 'basic_text'),
 * so the key is readable by anything that reads this profile; Settings offers a passphrase.
 */
export type KeyProtection = 'os' | 'passphrase' | 'browser' | 'none';

export type InstallKeyState = { status: 'ready'; key: InstallKey; protection: KeyProtection } | { status: 'locked' };

const KEY_ROW = 'signingKey';
const ED25519 = { name: 'Ed25519' } as const;

type StoredKey =
  | { privateKey: CryptoKey; publicKey: string }
  | { sealedPrivateKey: string; publicKey: string }
  | { passphraseSealedPrivateKey: string; publicKey: string };

function isStoredKey(value: unknown): value is StoredKey {
  const candidate = value as Partial<{ privateKey: unknown; sealedPrivateKey: unknown; passphraseSealedPrivateKey: unknown; publicKey: unknown }> | undefined;
  if (typeof candidate?.publicKey !== 'string') return false;
  return (
    (typeof CryptoKey !== 'undefined' && candidate.privateKey instanceof CryptoKey) ||
    typeof candidate.sealedPrivateKey === 'string' ||
    typeof candidate.passphraseSealedPrivateKey === 'string'
  );
}

async function importPkcs8(pkcs8: string): Promise<CryptoKey | undefined> {
  const bytes = base64ToBytes(pkcs8);
  if (!bytes) return undefined;
  return globalThis.crypto.subtle.importKey('pkcs8', bytes, ED25519, false, ['sign']).catch(() => undefined);
}

async function osProtection(platform: Platform): Promise<KeyProtection> {
  return (await platform.secretProtection()) === 'os' ? 'os' : 'none';
}

/** A new pair; sealed by the OS credential store when the host has one, else kept non-extractable. */
async function createKey(db: DeskDatabase, platform: Platform): Promise<InstallKeyState> {
  if (platform.kind === 'web') return nonExtractableKey(db);
  const extractable = (await globalThis.crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = bytesToBase64(new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', extractable.privateKey)));
  // Sealed even without a keyring ('no-keyring'): it is no worse than a CryptoKey in IndexedDB and
  // can later be opened and moved under a passphrase, which a non-extractable key cannot.
  const sealed = await platform.sealSecret(pkcs8);
  const publicKey = await exportPublicKey(extractable.publicKey);
  const privateKey = sealed === null ? undefined : await importPkcs8(pkcs8);
  if (sealed === null || !privateKey) return nonExtractableKey(db);
  await db.local.put({ key: KEY_ROW, value: { sealedPrivateKey: sealed, publicKey } satisfies StoredKey });
  return { status: 'ready', key: { privateKey, publicKey }, protection: await osProtection(platform) };
}

async function nonExtractableKey(db: DeskDatabase): Promise<InstallKeyState> {
  const pair = await generateSigningKeyPair();
  const key = { privateKey: pair.privateKey, publicKey: await exportPublicKey(pair.publicKey) };
  await db.local.put({ key: KEY_ROW, value: key satisfies StoredKey });
  return { status: 'ready', key, protection: 'browser' };
}

export async function loadInstallKey(db: DeskDatabase, platform: Platform): Promise<InstallKeyState> {
  const stored = (await db.local.get(KEY_ROW))?.value;
  if (isStoredKey(stored)) {
    if ('privateKey' in stored) return { status: 'ready', key: stored, protection: 'browser' };
    if ('passphraseSealedPrivateKey' in stored) return { status: 'locked' };
    const opened = await platform.openSecret(stored.sealedPrivateKey);
    const privateKey = opened ? await importPkcs8(opened.plainText) : undefined;
    if (opened && privateKey) {
      if (opened.resealed) await db.local.put({ key: KEY_ROW, value: { sealedPrivateKey: opened.resealed, publicKey: stored.publicKey } satisfies StoredKey });
      return { status: 'ready', key: { privateKey, publicKey: stored.publicKey }, protection: await osProtection(platform) };
    }
    // The sealed key cannot be opened here (another OS account or machine): start a new identity key
    // rather than sign nothing; members see the new key as a key change for this member.
    console.warn('The stored signing key could not be unsealed; a new one is created.');
  }
  return createKey(db, platform);
}

/** The key sealed with the member's passphrase, opened; the passphrase is never stored. */
export async function unlockInstallKey(db: DeskDatabase, passphrase: string): Promise<InstallKey | 'wrong-passphrase' | 'damaged'> {
  const stored = (await db.local.get(KEY_ROW))?.value;
  if (!isStoredKey(stored) || !('passphraseSealedPrivateKey' in stored)) return 'damaged';
  const opened = await openWithPassphrase(stored.passphraseSealedPrivateKey, passphrase);
  if (!opened.ok) return opened.error;
  const privateKey = await importPkcs8(opened.plainText);
  return privateKey ? { privateKey, publicKey: stored.publicKey } : 'damaged';
}

/**
 * Moves a key the OS does not protect under a passphrase: opened from its fixed-key seal, sealed
 * with the passphrase, and only then the old form replaced. False when there is no such key.
 */
export async function protectInstallKeyWithPassphrase(db: DeskDatabase, platform: Platform, passphrase: string): Promise<boolean> {
  const stored = (await db.local.get(KEY_ROW))?.value;
  if (!isStoredKey(stored) || !('sealedPrivateKey' in stored)) return false;
  const opened = await platform.openSecret(stored.sealedPrivateKey);
  if (!opened) return false;
  const sealed = await sealWithPassphrase(opened.plainText, passphrase);
  await db.local.put({ key: KEY_ROW, value: { passphraseSealedPrivateKey: sealed, publicKey: stored.publicKey } satisfies StoredKey });
  return true;
}

/** When the passphrase is lost: a new key, which members see as a key change for this member. */
export async function replaceLockedInstallKey(db: DeskDatabase, platform: Platform): Promise<InstallKeyState> {
  await db.local.delete(KEY_ROW);
  return createKey(db, platform);
}
