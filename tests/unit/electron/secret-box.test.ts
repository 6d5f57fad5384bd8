import { describe, expect, it } from 'vitest';
import { safeStorageSecretBox, type SafeStorageLike } from '../../../electron/main/secret-box';

/** Stands in for the OS credential store: reversible, but only with the same "login". */
function fakeSafeStorage(available: boolean): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from(`login-1:${plain}`).reverse(),
    decryptString: (encrypted) => {
      const text = Buffer.from(encrypted).reverse().toString();
      if (!text.startsWith('login-1:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice(8);
    },
  };
}

describe('secret box', () => {
  it('seals and opens through safeStorage, without the plain text in the sealed form', () => {
    const box = safeStorageSecretBox(fakeSafeStorage(true));
    const sealed = box.seal('MC4CAQAwBQYDK2VwBCIEI-private-key');
    expect(sealed).not.toBeNull();
    expect(sealed).not.toContain('private-key');
    expect(box.open(sealed ?? '')).toBe('MC4CAQAwBQYDK2VwBCIEI-private-key');
  });

  it('says null when the OS has no protected storage, and when a sealed value cannot be opened', () => {
    expect(safeStorageSecretBox(fakeSafeStorage(false)).seal('secret')).toBeNull();
    expect(safeStorageSecretBox(fakeSafeStorage(true)).open(Buffer.from('from another machine').toString('base64'))).toBeNull();
  });
});
