import type { SecretProtection } from '../../shared/ipc/contract';

/**
 * Seals small secrets (this install's signing key) with the operating system's credential store
 * through Electron's asynchronous safeStorage API, so the key on disk is useless without the
 * user's login. On Linux without a keyring safeStorage still "encrypts", with a fixed key
 * ('basic_text'): then this box says the OS does not protect the secret, and the renderer offers
 * the member a passphrase instead (shared/integrity/passphrase-seal.ts, decision 0021).
 */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  /** Linux only: which password store Chromium picked. */
  getSelectedStorageBackend(): string;
}

export interface OpenedSecret {
  plainText: string;
  /** Sealed afresh when the OS rotated its key: the caller stores this instead. */
  resealed: string | null;
}

export interface SecretBox {
  protection(): Promise<SecretProtection>;
  /** Base64 ciphertext, or null when safeStorage cannot encrypt at all. */
  seal(plainText: string): Promise<string | null>;
  /** The plain text, or null when it cannot be opened (another user, another machine, damaged). */
  open(sealed: string): Promise<OpenedSecret | null>;
}

export function safeStorageSecretBox(safeStorage: SafeStorageLike, platform: NodeJS.Platform): SecretBox {
  const seal = async (plainText: string): Promise<string | null> => {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
    return (await safeStorage.encryptStringAsync(plainText)).toString('base64');
  };
  return {
    async protection() {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'unavailable';
      // 'unknown' means asked before the app was ready: not a keyring we can count on either.
      if (platform === 'linux' && ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend())) return 'no-keyring';
      return 'os';
    },
    seal,
    async open(sealed) {
      // A key sealed under 'basic_text' still opens, so that it can be moved under a passphrase.
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(sealed, 'base64'));
        return { plainText: result, resealed: shouldReEncrypt ? await seal(result) : null };
      } catch {
        return null;
      }
    },
  };
}
