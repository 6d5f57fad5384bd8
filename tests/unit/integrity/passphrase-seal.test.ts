import { describe, expect, it } from 'vitest';
import { openWithPassphrase, PASSPHRASE_ITERATIONS, sealWithPassphrase } from '../../../shared/integrity/passphrase-seal';

const pkcs8 = 'MC4CAQAwBQYDK2VwBCIEI-amara-private-key';
const passphrase = 'ko and amara draft the charter';

describe('a secret sealed with a passphrase', { timeout: 30_000 }, () => {
  it('opens with the same passphrase only, and does not show the secret', async () => {
    const sealed = await sealWithPassphrase(pkcs8, passphrase);
    expect(sealed).not.toContain('private-key');
    expect(JSON.parse(sealed)).toMatchObject({ v: 1, kdf: 'PBKDF2-SHA-256', iterations: PASSPHRASE_ITERATIONS });
    expect(await openWithPassphrase(sealed, passphrase)).toEqual({ ok: true, plainText: pkcs8 });
    expect(await openWithPassphrase(sealed, 'ko and amara draft the charter!')).toEqual({ ok: false, error: 'wrong-passphrase' });
  });

  it('uses a fresh salt and IV each time', async () => {
    const [first, second] = [JSON.parse(await sealWithPassphrase(pkcs8, passphrase)), JSON.parse(await sealWithPassphrase(pkcs8, passphrase))];
    expect(first.salt).not.toBe(second.salt);
    expect(first.iv).not.toBe(second.iv);
  });

  it('refuses an envelope whose iteration count was lowered, raised or otherwise altered', async () => {
    const envelope = JSON.parse(await sealWithPassphrase(pkcs8, passphrase)) as Record<string, unknown>;
    const altered = (change: Record<string, unknown>) => openWithPassphrase(JSON.stringify({ ...envelope, ...change }), passphrase);
    expect(await altered({ iterations: 1000 })).toEqual({ ok: false, error: 'damaged' });
    expect(await altered({ iterations: 1e9 })).toEqual({ ok: false, error: 'damaged' });
    // Within bounds but not what it was sealed with: authenticated as additional data, so refused.
    expect(await altered({ iterations: PASSPHRASE_ITERATIONS + 1 })).toMatchObject({ ok: false });
    const ciphertext = String(envelope.ciphertext);
    expect(await altered({ ciphertext: `${ciphertext[0] === 'A' ? 'B' : 'A'}${ciphertext.slice(1)}` })).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await altered({ v: 2 })).toEqual({ ok: false, error: 'damaged' });
    expect(await altered({ extra: true })).toEqual({ ok: false, error: 'damaged' });
    expect(await openWithPassphrase('not json', passphrase)).toEqual({ ok: false, error: 'damaged' });
  });

  it('refuses a passphrase shorter than eight characters', async () => {
    await expect(sealWithPassphrase(pkcs8, 'short')).rejects.toThrow(/at least 8/);
  });
});
