import { beforeAll, describe, expect, it } from 'vitest';
import { exportPublicKey, generateSigningKeyPair } from '../../../shared/integrity/signing-key';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { acceptRekey, signRekey, type Rekey } from '../../../shared/sync/rekey';

let coordinatorKey: CryptoKeyPair;
let otherKey: CryptoKeyPair;
let keys: Record<string, string>;
beforeAll(async () => {
  coordinatorKey = await generateSigningKeyPair();
  otherKey = await generateSigningKeyPair();
  keys = { amara: await exportPublicKey(coordinatorKey.publicKey), ko: await exportPublicKey(otherKey.publicKey) };
});

const context = (overrides: Partial<Parameters<typeof acceptRekey>[1]> = {}) => ({
  workspaceId: 'w-1',
  lastAppliedAt: '2026-11-01T00:00:00.000Z',
  isCoordinator: (id: string) => id === 'amara',
  keyOf: (id: string) => keys[id],
  ...overrides,
});

describe('re-keying a workspace', () => {
  it('accepts a newer re-key signed by a coordinator', async () => {
    const rekey = await signRekey(coordinatorKey.privateKey, { workspaceId: 'w-1', secret: newWorkspaceSecret(), at: '2026-11-23T10:00:00.000Z', by: 'amara' });
    expect(await acceptRekey(rekey, context())).toEqual(rekey);
  });

  it('refuses one from a non-coordinator, for another workspace, older, forged or malformed', async () => {
    const base = { workspaceId: 'w-1', secret: newWorkspaceSecret(), at: '2026-11-23T10:00:00.000Z' };
    const byMember = await signRekey(otherKey.privateKey, { ...base, by: 'ko' });
    expect(await acceptRekey(byMember, context())).toBeUndefined();
    const elsewhere = await signRekey(coordinatorKey.privateKey, { ...base, workspaceId: 'w-2', by: 'amara' });
    expect(await acceptRekey(elsewhere, context())).toBeUndefined();
    const valid = await signRekey(coordinatorKey.privateKey, { ...base, by: 'amara' });
    expect(await acceptRekey(valid, context({ lastAppliedAt: '2026-11-23T11:00:00.000Z' }))).toBeUndefined();
    const swapped: Rekey = { ...valid, secret: newWorkspaceSecret() };
    expect(await acceptRekey(swapped, context())).toBeUndefined();
    const signedByOther = await signRekey(otherKey.privateKey, { ...base, by: 'amara' });
    expect(await acceptRekey(signedByOther, context())).toBeUndefined();
    expect(await acceptRekey({ secret: 'x' }, context())).toBeUndefined();
  });
});
