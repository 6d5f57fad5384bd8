import { describe, expect, it } from 'vitest';
import { safeStorageSecretBox, type SafeStorageLike } from '../../../electron/main/secret-box';

/** Stands in for the OS credential store: reversible, but only with the same "login". */
function fakeSafeStorage({ available = true, backend = 'gnome_libsecret', rotated = false } = {}): SafeStorageLike & { syncCalls: number } {
  const storage = {
    syncCalls: 0,
    isAsyncEncryptionAvailable: async () => available,
    encryptStringAsync: async (plain: string) => Buffer.from(`login-1:${plain}`).reverse(),
    decryptStringAsync: async (encrypted: Buffer) => {
      const text = Buffer.from(encrypted).reverse().toString();
      if (!text.startsWith('login-1:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return { result: text.slice(8), shouldReEncrypt: rotated };
    },
    getSelectedStorageBackend: () => backend,
    // The deprecated synchronous API must not be used: calling it counts.
    isEncryptionAvailable: () => void storage.syncCalls++,
    encryptString: () => void storage.syncCalls++,
    decryptString: () => void storage.syncCalls++,
  };
  return storage;
}

describe('secret box', () => {
  it('seals and opens through the asynchronous safeStorage API, without the plain text in the sealed form', async () => {
    const storage = fakeSafeStorage();
    const box = safeStorageSecretBox(storage, 'linux');
    const sealed = await box.seal('MC4CAQAwBQYDK2VwBCIEI-private-key');
    expect(sealed).not.toBeNull();
    expect(sealed).not.toContain('private-key');
    expect(await box.open(sealed ?? '')).toEqual({ plainText: 'MC4CAQAwBQYDK2VwBCIEI-private-key', resealed: null });
    expect(storage.syncCalls).toBe(0);
  });

  it('hands back a fresh seal when the OS says its key was rotated', async () => {
    const box = safeStorageSecretBox(fakeSafeStorage({ rotated: true }), 'darwin');
    const opened = await box.open((await box.seal('secret')) ?? '');
    expect(opened?.plainText).toBe('secret');
    expect(opened?.resealed).toEqual(expect.any(String));
  });

  it('says null when the OS has no protected storage, and when a sealed value cannot be opened', async () => {
    expect(await safeStorageSecretBox(fakeSafeStorage({ available: false }), 'linux').seal('secret')).toBeNull();
    expect(await safeStorageSecretBox(fakeSafeStorage(), 'linux').open(Buffer.from('from another machine').toString('base64'))).toBeNull();
  });

  it("reports a Linux keyring as protection, and basic_text (a fixed key) as no protection", async () => {
    expect(await safeStorageSecretBox(fakeSafeStorage({ backend: 'gnome_libsecret' }), 'linux').protection()).toBe('os');
    expect(await safeStorageSecretBox(fakeSafeStorage({ backend: 'kwallet6' }), 'linux').protection()).toBe('os');
    expect(await safeStorageSecretBox(fakeSafeStorage({ backend: 'basic_text' }), 'linux').protection()).toBe('no-keyring');
    expect(await safeStorageSecretBox(fakeSafeStorage({ backend: 'unknown' }), 'linux').protection()).toBe('no-keyring');
    expect(await safeStorageSecretBox(fakeSafeStorage({ available: false }), 'win32').protection()).toBe('unavailable');
    // The backend is a Linux notion; macOS and Windows always use the OS store.
    expect(await safeStorageSecretBox(fakeSafeStorage({ backend: 'basic_text' }), 'win32').protection()).toBe('os');
  });

  it('still opens a key sealed under basic_text, so it can be moved under a passphrase', async () => {
    const box = safeStorageSecretBox(fakeSafeStorage({ backend: 'basic_text' }), 'linux');
    expect((await box.open((await box.seal('secret')) ?? ''))?.plainText).toBe('secret');
  });
});
