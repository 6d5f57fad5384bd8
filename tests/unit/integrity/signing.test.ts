import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { signEntry, unsignedEntry, type SignedEntry, type UnsignedEntry } from '../../../shared/integrity/signed-entry';
import { exportPublicKey, generateSigningKeyPair, importPublicKey } from '../../../shared/integrity/signing-key';
import { verifyEntries } from '../../../shared/integrity/verify-entry';
import { resolveMemberKeys } from '../../../shared/integrity/member-keys';
import { Keyring, WORKSPACE } from './signing-fixtures';

const keyring = new Keyring();
const unsigned: UnsignedEntry = {
  v: 1,
  id: 'e1',
  kind: 'position',
  workspaceId: WORKSPACE,
  subjectId: 'p1',
  authorId: 'amara',
  at: '2026-03-01T10:00:00.000Z',
  content: { stance: 'object', reason: 'The budget line is missing.' },
};

async function check(value: unknown, keyOf = keyring.keyOf, key = 'e1') {
  return verifyEntries([{ key, value }], { workspaceId: WORKSPACE, keyOf });
}

describe('building an entry to sign', () => {
  it('fills the envelope from the context, ignoring whatever else the context holds', () => {
    const context = { workspaceId: WORKSPACE, subjectId: 'p1', authorId: 'amara', now: new Date('2026-03-01T10:00:00.000Z'), id: 'e1', proposal: { id: 'p9' } };
    expect(unsignedEntry('position', context, unsigned.content)).toEqual(unsigned);
  });

  it('gives a fresh id when none is given', () => {
    const context = { workspaceId: WORKSPACE, subjectId: 'p1', authorId: 'amara', now: new Date() };
    const [a, b] = [unsignedEntry('position', context, {}), unsignedEntry('position', context, {})];
    expect(a.id).not.toBe(b.id);
    expect(Object.keys(a).sort()).toEqual(['at', 'authorId', 'content', 'id', 'kind', 'subjectId', 'v', 'workspaceId']);
  });
});

describe('signing and verification', () => {
  let signed: SignedEntry;
  beforeAll(async () => {
    await keyring.addAll(['amara', 'boris']);
    signed = await keyring.sign(unsigned);
  });

  it('verifies an entry signed by its author', async () => {
    const report = await check(signed);
    expect(report.unverified).toEqual([]);
    expect(report.verified).toHaveLength(1);
  });

  it('keeps the private key non-extractable and exports a 32-byte raw public key', async () => {
    const pair = await generateSigningKeyPair();
    expect(pair.privateKey.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('pkcs8', pair.privateKey)).rejects.toThrow();
    const base64 = await exportPublicKey(pair.publicKey);
    expect(atob(base64)).toHaveLength(32);
    expect(await importPublicKey(base64)).toBeDefined();
    expect(await importPublicKey('not base64!')).toBeUndefined();
  });

  it.each([
    ['id', 'e2'],
    ['kind', 'dissent'],
    ['workspaceId', 'ws-other'],
    ['subjectId', 'p2'],
    ['authorId', 'boris'],
    ['at', '2026-03-01T10:00:01.000Z'],
  ] as const)('marks the entry unverified when %s changes', async (field, value) => {
    const tampered = { ...signed, [field]: value };
    const report = await check(tampered, keyring.keyOf, tampered.id);
    expect(report.verified).toEqual([]);
    expect(report.unverified).toHaveLength(1);
  });

  it('marks any change to the content unverified', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), async (reason) => {
        fc.pre(reason !== signed.content.reason);
        const report = await check({ ...signed, content: { ...signed.content, reason } });
        expect(report.unverified[0]?.reason).toBe('bad-signature');
      }),
      { numRuns: 40 },
    );
  });

  it('marks an entry claiming another author unverified (signed with the wrong key)', async () => {
    const forged = await signEntry(keyring.privateKey('boris'), unsigned);
    const report = await check(forged);
    expect(report.unverified).toEqual([{ key: 'e1', entryId: 'e1', authorId: 'amara', kind: 'position', reason: 'bad-signature' }]);
  });

  it('marks entries by authors without a key, in another workspace, or filed under another id unverified', async () => {
    expect((await check(signed, () => undefined)).unverified[0]?.reason).toBe('unknown-author-key');
    expect((await check(signed, keyring.keyOf, 'e9')).unverified[0]?.reason).toBe('key-mismatch');
    const elsewhere = await keyring.sign({ ...unsigned, workspaceId: 'ws-other' });
    expect((await check(elsewhere)).unverified[0]?.reason).toBe('wrong-workspace');
  });

  it('never throws on whatever a peer writes, and never verifies it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (value) => {
        const report = await check(value);
        expect(report.verified).toEqual([]);
        expect(report.unverified).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
    expect((await check({ ...signed, signature: '!!!' })).unverified[0]?.reason).toBe('bad-signature');
  });

  it('prefers a locally pinned key over a swapped shared one and reports the conflict', async () => {
    const mallory = await generateSigningKeyPair();
    const swapped = await exportPublicKey(mallory.publicKey);
    const pinned = { amara: keyring.keyOf('amara') ?? '' };
    const resolution = resolveMemberKeys([{ memberId: 'amara', publicKey: swapped, registeredAt: unsigned.at }], pinned);
    expect(resolution.conflicts).toEqual(['amara']);
    const forged = await signEntry(mallory.privateKey, unsigned);
    expect((await check(forged, resolution.keyOf)).verified).toEqual([]);
    expect((await check(signed, resolution.keyOf)).verified).toHaveLength(1);
  });
});
