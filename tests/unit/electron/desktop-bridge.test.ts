import { describe, it, expect } from 'vitest';
import { ipcContract, type IpcChannel } from '../../../shared/ipc/contract';
import { buildDesktopBridge } from '../../../electron/preload/desktop-bridge';

describe('buildDesktopBridge', () => {
  it('exposes exactly one function per contract method, and nothing else', () => {
    const bridge = buildDesktopBridge(async () => null);
    const expected = Object.values(ipcContract).map((entry) => entry.method).sort();
    expect(Object.keys(bridge).sort()).toEqual(expected);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('forwards each method to invoke on its own channel with the arguments unchanged', async () => {
    const calls: Array<[IpcChannel, unknown[]]> = [];
    const bridge = buildDesktopBridge(async (channel, ...args) => {
      calls.push([channel, args]);
      return `result of ${channel}`;
    });

    await expect(bridge.getAppInfo()).resolves.toBe('result of app:get-info');
    await bridge.getPreferences();
    await bridge.setLastWorkspace('ws-1');
    await bridge.setLastWorkspace(null);
    await bridge.saveFile({ suggestedName: 'minutes.md', contents: '# Minutes' });

    expect(calls).toEqual([
      ['app:get-info', []],
      ['preferences:get', []],
      ['preferences:set-last-workspace', ['ws-1']],
      ['preferences:set-last-workspace', [null]],
      ['file:save', [{ suggestedName: 'minutes.md', contents: '# Minutes' }]],
    ]);
  });

  it('maps every contract channel to the method of the same entry', async () => {
    const channels: IpcChannel[] = [];
    const bridge = buildDesktopBridge(async (channel) => {
      channels.push(channel);
      return null;
    });
    // Called by name, the way the renderer reaches it through window.desktopBridge.
    const byName = bridge as unknown as Record<string, () => Promise<unknown>>;
    for (const [channel, entry] of Object.entries(ipcContract)) {
      const method = byName[entry.method];
      if (!method) throw new Error(`bridge lacks ${entry.method}`);
      await method();
      expect(channels.at(-1)).toBe(channel);
    }
  });
});
