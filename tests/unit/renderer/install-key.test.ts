import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { loadInstallKey } from '../../../renderer/integrity/install-key';
import type { Platform } from '../../../renderer/platform/platform';
import { webLan } from '../../../renderer/platform/web-platform';

/** A desktop host whose OS credential store is a reversible stand-in, as in the secret-box test. */
function desktop(login: string): Platform {
  return {
    kind: 'electron',
    saveFile: async () => false,
    saveBytesFile: async () => false,
    takeOpenedSyncFiles: async () => [],
    getLastWorkspaceId: async () => null,
    setLastWorkspaceId: async () => undefined,
    sealSecret: async (plain) => `${login}|${[...plain].reverse().join('')}`,
    openSecret: async (sealed) => (sealed.startsWith(`${login}|`) ? [...sealed.slice(login.length + 1)].reverse().join('') : null),
    lan: webLan,
  };
}

let db: DeskDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('install signing key in the desktop app', () => {
  it('stores the private key only sealed by the OS, and signs with the same key after a restart', async () => {
    db = openDatabase(`key-${Math.random()}`);
    const first = await loadInstallKey(db, desktop('amara'));
    const stored = (await db.local.get('signingKey'))?.value as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['publicKey', 'sealedPrivateKey']);
    expect(first.privateKey.extractable).toBe(false);

    const again = await loadInstallKey(db, desktop('amara'));
    expect(again.publicKey).toBe(first.publicKey);
    const data = new TextEncoder().encode('position');
    const signature = await crypto.subtle.sign({ name: 'Ed25519' }, again.privateKey, data);
    const publicKey = await crypto.subtle.importKey('raw', Buffer.from(first.publicKey, 'base64'), { name: 'Ed25519' }, true, ['verify']);
    expect(await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, data)).toBe(true);
  });

  it('makes a new key when the sealed one cannot be opened (another OS account)', async () => {
    db = openDatabase(`key-${Math.random()}`);
    const first = await loadInstallKey(db, desktop('amara'));
    const other = await loadInstallKey(db, desktop('someone-else'));
    expect(other.publicKey).not.toBe(first.publicKey);
  });
});
