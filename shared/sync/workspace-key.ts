import { fromBase64Url } from '../integrity/base64';

/**
 * What a key derived from the workspace secret is for. Each purpose gets its own key (HKDF's
 * info), so a key exposed in one use opens nothing sealed for another.
 */
export type WorkspaceKeyPurpose = 'sync-file' | 'relay-envelope' | 'relay-name';

const IV_BYTES = 12;

async function hkdfBase(secret: string): Promise<CryptoKey> {
  const bytes = fromBase64Url(secret);
  return crypto.subtle.importKey('raw', bytes.slice().buffer, 'HKDF', false, ['deriveKey', 'deriveBits']);
}

function hkdfParams(workspaceId: string, purpose: WorkspaceKeyPurpose): HkdfParams {
  const encoder = new TextEncoder();
  return {
    name: 'HKDF',
    hash: 'SHA-256',
    salt: encoder.encode(`coalition-desk/workspace/${workspaceId}`),
    info: encoder.encode(`coalition-desk/${purpose}/v1`),
  };
}

/** An AES-256-GCM key for one purpose of one workspace; it cannot be exported. */
export async function deriveWorkspaceKey(secret: string, workspaceId: string, purpose: WorkspaceKeyPurpose): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(hkdfParams(workspaceId, purpose), await hkdfBase(secret), { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Derived bytes that are not a key: a name on a relay that only members can compute, for example. */
export async function deriveWorkspaceBytes(secret: string, workspaceId: string, purpose: WorkspaceKeyPurpose, length = 32): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.deriveBits(hkdfParams(workspaceId, purpose), await hkdfBase(secret), length * 8));
}

/**
 * Encrypts with a fresh random IV, laid out as IV ‖ ciphertext+tag. `header` is authenticated but
 * not encrypted: changing a byte of it makes `unseal` refuse the whole.
 */
export async function seal(key: CryptoKey, plaintext: Uint8Array, header: Uint8Array = new Uint8Array(0)): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header.slice() }, key, plaintext.slice()));
  const sealed = new Uint8Array(IV_BYTES + ciphertext.length);
  sealed.set(iv, 0);
  sealed.set(ciphertext, IV_BYTES);
  return sealed;
}

/** The plaintext, or undefined when the key is wrong or anything (header included) was altered. */
export async function unseal(key: CryptoKey, sealed: Uint8Array, header: Uint8Array = new Uint8Array(0)): Promise<Uint8Array | undefined> {
  if (sealed.length < IV_BYTES + 16) return undefined;
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.slice(0, IV_BYTES), additionalData: header.slice() },
      key,
      sealed.slice(IV_BYTES),
    );
    return new Uint8Array(plaintext);
  } catch {
    return undefined;
  }
}
