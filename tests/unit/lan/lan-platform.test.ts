import { describe, expect, it } from 'vitest';
import { buildDesktopBridge } from '../../../electron/preload/desktop-bridge';
import { electronPlatform } from '../../../renderer/platform/electron-platform';

describe('electron platform: LAN', () => {
  it('calls the LAN channels through the bridge and wraps their results', async () => {
    const calls: string[] = [];
    const platform = electronPlatform(
      buildDesktopBridge(async (channel, ...args) => {
        calls.push(`${channel} ${JSON.stringify(args)}`);
        return channel === 'lan:list-addresses' ? [{ interfaceName: 'wlan0', address: '192.168.1.20' }] : null;
      }),
    );
    await expect(platform.lan.listAddresses()).resolves.toEqual({ ok: true, value: [{ interfaceName: 'wlan0', address: '192.168.1.20' }] });
    await platform.lan.startHosting({ workspaceTag: '0123456789abcdef', address: null });
    await platform.lan.startDiscovery();
    await platform.lan.listDiscovered();
    await platform.lan.hostingStatus();
    await platform.lan.stopHosting();
    await platform.lan.stopDiscovery();
    expect(calls).toEqual([
      'lan:list-addresses []',
      'lan:start-hosting [{"workspaceTag":"0123456789abcdef","address":null}]',
      'lan:start-discovery []',
      'lan:list-discovered []',
      'lan:hosting-status []',
      'lan:stop-hosting []',
      'lan:stop-discovery []',
    ]);
  });

  it('turns a refused or failed call into a "failed" outcome instead of throwing', async () => {
    const platform = electronPlatform(
      buildDesktopBridge(async () => {
        throw new Error("Error invoking remote method 'lan:start-hosting': IPC refused: invalid arguments.");
      }),
    );
    await expect(platform.lan.startHosting({ workspaceTag: 'nope', address: null })).resolves.toMatchObject({ ok: false, reason: 'failed' });
  });
});
