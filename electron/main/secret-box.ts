/**
 * Seals small secrets (this install's signing key) with the operating system's credential store
 * through Electron's safeStorage, so the key on disk is useless without the user's login.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface SecretBox {
  /** Base64 ciphertext, or null when the OS offers no protected storage. */
  seal(plainText: string): string | null;
  /** The plain text, or null when it cannot be opened (another user, another machine, damaged). */
  open(sealed: string): string | null;
}

export function safeStorageSecretBox(safeStorage: SafeStorageLike): SecretBox {
  return {
    seal(plainText) {
      if (!safeStorage.isEncryptionAvailable()) return null;
      return safeStorage.encryptString(plainText).toString('base64');
    },
    open(sealed) {
      if (!safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return null;
      }
    },
  };
}
