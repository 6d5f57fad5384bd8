import { describe, expect, it } from 'vitest';
import {
  registerIpcHandlers,
  type InvokeEventLike,
  type InvokeListener,
  type LanControllerLike,
} from '../../../electron/main/ipc-handlers';
import type { FrameIdentity } from '../../../electron/main/ipc-sender';
import { createMemoryPreferencesStore } from '../../../electron/main/memory-preferences-store';
import { nodeBackupFolder } from '../../../electron/main/rotating-backups';
import type { DiscoveredLanHost, LanHostingStatus } from '../../../shared/sync/lan-protocol';

const MAIN_FRAME: FrameIdentity = { url: 'app://coalition-desk/index.html', processId: 7, routingId: 1 };
const trusted: InvokeEventLike = { senderFrame: MAIN_FRAME };
const TAG = '0123456789abcdef';
const HOSTING: LanHostingStatus = {
  hosting: true,
  url: 'ws://192.168.1.20:4445',
  address: '192.168.1.20',
  port: 4445,
  workspaceTag: TAG,
  announced: true,
  clientCount: 2,
};

function setup(overrides: Partial<LanControllerLike> = {}) {
  const calls: Array<[string, unknown[]]> = [];
  const warnings: string[] = [];
  const record =
    <A extends unknown[], R>(name: string, result: (...args: A) => R) =>
    (...args: A): R => {
      calls.push([name, args]);
      return result(...args);
    };
  const lan: LanControllerLike = {
    addresses: record('addresses', () => [{ interfaceName: 'wlan0', address: '192.168.1.20' }]),
    startHosting: record('startHosting', async () => HOSTING),
    stopHosting: record('stopHosting', async () => ({ hosting: false }) as const),
    hostingStatus: record('hostingStatus', () => HOSTING),
    startDiscovery: record('startDiscovery', () => undefined),
    stopDiscovery: record('stopDiscovery', async () => undefined),
    discovered: record('discovered', () => [] as DiscoveredLanHost[]),
    ...overrides,
  };
  const listeners = new Map<string, InvokeListener>();
  registerIpcHandlers({
    ipcMain: { handle: (channel, listener) => void listeners.set(channel, listener) },
    logger: { warn: (message) => void warnings.push(message) },
    preferences: createMemoryPreferencesStore({}),
    folderDialog: { chooseFolder: async () => null },
    backupFolder: nodeBackupFolder,
    saveDialog: { chooseSavePath: async () => null },
    fileWriter: { writeTextFile: async () => undefined, writeBinaryFile: async () => undefined },
    openedSyncFiles: { take: () => [] },
    pdfPrinter: { printToPdf: async () => null },
    appInfo: () => ({ name: 'Coalition desk', version: '0.1.0', platform: 'linux' }),
    mainFrame: () => MAIN_FRAME,
    lan,
    secretBox: { protection: async () => 'unavailable', seal: async () => null, open: async () => null },
  });
  const invoke = (channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { calls, warnings, invoke };
}

const LAN_CHANNELS = [
  'lan:list-addresses',
  'lan:start-hosting',
  'lan:stop-hosting',
  'lan:hosting-status',
  'lan:start-discovery',
  'lan:stop-discovery',
  'lan:list-discovered',
];

describe('LAN IPC handlers', () => {
  it.each(LAN_CHANNELS)('%s refuses a sender that is not our main frame, before touching the network', async (channel) => {
    const ctx = setup();
    const args = channel === 'lan:start-hosting' ? [{ workspaceTag: TAG, address: null }] : [];
    await expect(ctx.invoke(channel, { senderFrame: { ...MAIN_FRAME, routingId: 9 } }, ...args)).rejects.toThrow(/untrusted sender/);
    await expect(ctx.invoke(channel, { senderFrame: { ...MAIN_FRAME, url: 'https://evil.example/' } }, ...args)).rejects.toThrow(/untrusted sender/);
    expect(ctx.calls).toEqual([]);
  });

  const invalidStarts: Array<[string, unknown[]]> = [
    ['no request', []],
    ['a workspace name instead of a tag', [{ workspaceTag: 'Digital Rights Coalition', address: null }]],
    ['an upper-case tag', [{ workspaceTag: TAG.toUpperCase(), address: null }]],
    ['a tag of the wrong length', [{ workspaceTag: TAG.slice(1), address: null }]],
    ['a missing address field', [{ workspaceTag: TAG }]],
    ['the wildcard address', [{ workspaceTag: TAG, address: '0.0.0.0' }]],
    ['loopback', [{ workspaceTag: TAG, address: '127.0.0.1' }]],
    ['a public address', [{ workspaceTag: TAG, address: '8.8.8.8' }]],
    ['a host name', [{ workspaceTag: TAG, address: 'evil.example' }]],
    ['an IPv6 address (the server binds IPv4 only)', [{ workspaceTag: TAG, address: 'fd00::1' }]],
    ['an extra field', [{ workspaceTag: TAG, address: null, port: 80 }]],
    ['an extra argument', [{ workspaceTag: TAG, address: null }, 'more']],
  ];
  it.each(invalidStarts)('start hosting refuses %s without starting anything', async (_label, args) => {
    const ctx = setup();
    await expect(ctx.invoke('lan:start-hosting', trusted, ...args)).rejects.toThrow(/invalid arguments/);
    expect(ctx.calls).toEqual([]);
    expect(ctx.warnings).toEqual(['IPC refused: invalid arguments.']);
  });

  it.each(LAN_CHANNELS.filter((channel) => channel !== 'lan:start-hosting'))('%s takes no arguments', async (channel) => {
    const ctx = setup();
    await expect(ctx.invoke(channel, trusted, 'surprise')).rejects.toThrow(/invalid arguments/);
    expect(ctx.calls).toEqual([]);
  });

  it('passes a valid request through and returns the status', async () => {
    const ctx = setup();
    await expect(ctx.invoke('lan:start-hosting', trusted, { workspaceTag: TAG, address: '192.168.1.20' })).resolves.toEqual(HOSTING);
    await expect(ctx.invoke('lan:start-hosting', trusted, { workspaceTag: TAG, address: null })).resolves.toEqual(HOSTING);
    await expect(ctx.invoke('lan:hosting-status', trusted)).resolves.toEqual(HOSTING);
    await expect(ctx.invoke('lan:stop-hosting', trusted)).resolves.toEqual({ hosting: false });
    await expect(ctx.invoke('lan:list-addresses', trusted)).resolves.toEqual([{ interfaceName: 'wlan0', address: '192.168.1.20' }]);
    await expect(ctx.invoke('lan:start-discovery', trusted)).resolves.toBeNull();
    await expect(ctx.invoke('lan:list-discovered', trusted)).resolves.toEqual([]);
    await expect(ctx.invoke('lan:stop-discovery', trusted)).resolves.toBeNull();
    expect(ctx.calls.map(([name]) => name)).toEqual([
      'startHosting',
      'startHosting',
      'hostingStatus',
      'stopHosting',
      'addresses',
      'startDiscovery',
      'discovered',
      'stopDiscovery',
    ]);
    expect(ctx.calls[0]?.[1]).toEqual([{ workspaceTag: TAG, address: '192.168.1.20' }]);
  });

  it('does not pass on results that break the contract (a public address, a bad tag)', async () => {
    const bad = setup({
      hostingStatus: () => ({ ...HOSTING, address: '203.0.113.5' }),
      discovered: () => [{ id: 'x', url: 'ws://8.8.8.8:4445', address: '8.8.8.8', port: 4445, workspaceTag: TAG }],
      addresses: () => [{ interfaceName: 'eth0', address: '203.0.113.5' }],
    });
    await expect(bad.invoke('lan:hosting-status', trusted)).rejects.toThrow();
    await expect(bad.invoke('lan:list-discovered', trusted)).rejects.toThrow();
    await expect(bad.invoke('lan:list-addresses', trusted)).rejects.toThrow();
  });
});
