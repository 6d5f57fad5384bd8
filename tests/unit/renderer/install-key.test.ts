import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { loadInstallKey, protectInstallKeyWithPassphrase, replaceLockedInstallKey, unlockInstallKey, type InstallKey, type InstallKeyState } from '../../../renderer/integrity/install-key';
import type { SecretProtection } from '../../../shared/ipc/contract';
import type { Platform } from '../../../renderer/platform/platform';
import { webBackups, webLan } from '../../../renderer/platform/web-platform';

/** A desktop host whose OS credential store is a reversible stand-in, as in the secret-box test. */
function desktop(login: string, protection: SecretProtection = 'os'): Platform {
  return {
    secretProtection: async () => protection,
    kind: 'electron',
    saveFile: async () => false,
    saveBytesFile: async () => false,
    printPdf: async () => 'cancelled',
    takeOpenedSyncFiles: async () => [],
    getLastWorkspaceId: async () => null,
    setLastWorkspaceId: async () => undefined,
    sealSecret: async (plain) => `${login}|${[...plain].reverse().join('')}`,
    openSecret: async (sealed) => (sealed.startsWith(`${login}|`) ? { plainText: [...sealed.slice(login.length + 1)].reverse().join(''), resealed: null } : null),
    lan: webLan,
    backups: webBackups,
  };
}

let db: DeskDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

function ready(state: InstallKeyState): InstallKey {
  if (state.status !== 'ready') throw new Error('the key is locked');
  return state.key;
}

async function signsFor(key: InstallKey, publicKeyBase64: string): Promise<boolean> {
  const data = new TextEncoder().encode('position');
  const signature = await crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey, data);
  const publicKey = await crypto.subtle.importKey('raw', Buffer.from(publicKeyBase64, 'base64'), { name: 'Ed25519' }, true, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, data);
}

describe('install signing key in the desktop app', { timeout: 30_000 }, () => {
  it('stores the private key only sealed by the OS, and signs with the same key after a restart', async () => {
    db = openDatabase(`key-${Math.random()}`);
    const state = await loadInstallKey(db, desktop('amara'));
    expect(state).toMatchObject({ status: 'ready', protection: 'os' });
    const first = ready(state);
    const stored = (await db.local.get('signingKey'))?.value as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['publicKey', 'sealedPrivateKey']);
    expect(first.privateKey.extractable).toBe(false);

    const again = ready(await loadInstallKey(db, desktop('amara')));
    expect(again.publicKey).toBe(first.publicKey);
    expect(await signsFor(again, first.publicKey)).toBe(true);
  });

  it('makes a new key when the sealed one cannot be opened (another OS account)', async () => {
    db = openDatabase(`key-${Math.random()}`);
    const first = ready(await loadInstallKey(db, desktop('amara')));
    const other = ready(await loadInstallKey(db, desktop('someone-else')));
    expect(other.publicKey).not.toBe(first.publicKey);
  });

  it('says the key is not protected where the OS has no keyring, and moves it under a passphrase', async () => {
    db = openDatabase(`key-${Math.random()}`);
    const noKeyring = desktop('amara', 'no-keyring');
    const state = await loadInstallKey(db, noKeyring);
    expect(state).toMatchObject({ status: 'ready', protection: 'none' });
    const first = ready(state);

    expect(await protectInstallKeyWithPassphrase(db, noKeyring, 'ko and amara draft')).toBe(true);
    const stored = (await db.local.get('signingKey'))?.value as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['passphraseSealedPrivateKey', 'publicKey']);
    expect(JSON.stringify(stored)).not.toContain('ko and amara');

    // After a restart the key is locked until the passphrase is given; the wrong one opens nothing.
    expect(await loadInstallKey(db, noKeyring)).toEqual({ status: 'locked' });
    expect(await unlockInstallKey(db, 'ko and amara drafts')).toBe('wrong-passphrase');
    const unlocked = await unlockInstallKey(db, 'ko and amara draft');
    if (typeof unlocked === 'string') throw new Error(unlocked);
    expect(unlocked.publicKey).toBe(first.publicKey);
    expect(unlocked.privateKey.extractable).toBe(false);
    expect(await signsFor(unlocked, first.publicKey)).toBe(true);
  });

  it('starts with a new key when the passphrase is lost', async () => {
    db = openDatabase(`key-${Math.random()}`);
    const noKeyring = desktop('amara', 'no-keyring');
    const first = ready(await loadInstallKey(db, noKeyring));
    await protectInstallKeyWithPassphrase(db, noKeyring, 'ko and amara draft');
    const fresh = ready(await replaceLockedInstallKey(db, noKeyring));
    expect(fresh.publicKey).not.toBe(first.publicKey);
    expect(ready(await loadInstallKey(db, noKeyring)).publicKey).toBe(fresh.publicKey);
  });

  it('stores the resealed key when the OS rotated its own', async () => {
    db = openDatabase(`key-${Math.random()}`);
    const amara = desktop('amara');
    const first = ready(await loadInstallKey(db, amara));
    const before = ((await db.local.get('signingKey'))?.value as { sealedPrivateKey: string }).sealedPrivateKey;
    const rotated: Platform = {
      ...amara,
      openSecret: async (sealed) => {
        const opened = await amara.openSecret(sealed);
        return opened && { plainText: opened.plainText, resealed: `${sealed}|rotated` };
      },
    };
    expect(ready(await loadInstallKey(db, rotated)).publicKey).toBe(first.publicKey);
    expect(((await db.local.get('signingKey'))?.value as { sealedPrivateKey: string }).sealedPrivateKey).toBe(`${before}|rotated`);
  });
});
