import { describe, expect, it } from 'vitest';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { deriveWorkspaceBytes, deriveWorkspaceKey, seal, unseal } from '../../../shared/sync/workspace-key';

const text = (value: string) => new TextEncoder().encode(value);

describe('keys derived from the workspace secret', () => {
  it('opens what it sealed, header included', async () => {
    const key = await deriveWorkspaceKey(newWorkspaceSecret(), 'w-1', 'sync-file');
    const sealed = await seal(key, text('charter'), text('header'));
    expect(new TextDecoder().decode(await unseal(key, sealed, text('header')))).toBe('charter');
  });

  it('refuses another secret, another workspace, another purpose, an altered header or byte', async () => {
    const secret = newWorkspaceSecret();
    const key = await deriveWorkspaceKey(secret, 'w-1', 'sync-file');
    const sealed = await seal(key, text('charter'), text('header'));
    expect(await unseal(await deriveWorkspaceKey(newWorkspaceSecret(), 'w-1', 'sync-file'), sealed, text('header'))).toBeUndefined();
    expect(await unseal(await deriveWorkspaceKey(secret, 'w-2', 'sync-file'), sealed, text('header'))).toBeUndefined();
    expect(await unseal(await deriveWorkspaceKey(secret, 'w-1', 'relay-envelope'), sealed, text('header'))).toBeUndefined();
    expect(await unseal(key, sealed, text('headex'))).toBeUndefined();
    const flipped = sealed.slice();
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    expect(await unseal(key, flipped, text('header'))).toBeUndefined();
    expect(await unseal(key, sealed.slice(0, 20), text('header'))).toBeUndefined();
  });

  it('derives the same bytes for the same inputs and different ones otherwise', async () => {
    const secret = newWorkspaceSecret();
    const a = await deriveWorkspaceBytes(secret, 'w-1', 'relay-name');
    expect(a).toEqual(await deriveWorkspaceBytes(secret, 'w-1', 'relay-name'));
    expect(a).not.toEqual(await deriveWorkspaceBytes(secret, 'w-2', 'relay-name'));
    expect(a.length).toBe(32);
  });
});
