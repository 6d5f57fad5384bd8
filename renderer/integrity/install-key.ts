import { exportPublicKey, generateSigningKeyPair } from '../../shared/integrity/signing-key';
import type { DeskDatabase } from '../db/database';

/** This install's signing key: the private half is a non-extractable CryptoKey kept in IndexedDB. */
export interface InstallKey {
  privateKey: CryptoKey;
  publicKey: string;
}

const KEY_ROW = 'signingKey';

function isInstallKey(value: unknown): value is InstallKey {
  const candidate = value as Partial<InstallKey> | undefined;
  return typeof CryptoKey !== 'undefined' && candidate?.privateKey instanceof CryptoKey && typeof candidate.publicKey === 'string';
}

export async function loadInstallKey(db: DeskDatabase): Promise<InstallKey> {
  const stored = (await db.local.get(KEY_ROW))?.value;
  if (isInstallKey(stored)) return stored;
  const pair = await generateSigningKeyPair();
  const key: InstallKey = { privateKey: pair.privateKey, publicKey: await exportPublicKey(pair.publicKey) };
  await db.local.put({ key: KEY_ROW, value: key });
  return key;
}
