import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createLanController, type MdnsAnnouncementConfig, type MdnsTransport } from '../../../electron/sync/lan-controller';
import type { NetworkInterfaces } from '../../../electron/sync/lan-interfaces';
import type { SignalingServer, SignalingServerOptions } from '../../../electron/sync/signaling-server';

const TAG = '0123456789abcdef';
const OTHER_TAG = 'fedcba9876543210';

function v4(address: string): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '02:00:00:00:00:01', internal: false, cidr: `${address}/24` };
}

function setup(options: { interfaces?: NetworkInterfaces; busyPorts?: number[]; serverFails?: boolean; announceThrows?: boolean } = {}) {
  const events: string[] = [];
  const logs: string[] = [];
  const servers: Array<{ options: SignalingServerOptions; closed: boolean; clients: number }> = [];
  const announcements: Array<{ config: MdnsAnnouncementConfig; onError: (error: Error) => void }> = [];
  let browseServices: unknown[] = [];
  let refreshes = 0;
  let browsers = 0;
  let now = 1_000;
  let ids = 0;
  const mdns: MdnsTransport = {
    announce(config, onError) {
      if (options.announceThrows) throw new Error('EADDRINUSE 5353');
      announcements.push({ config, onError });
      events.push(`announce ${config.name}`);
      return { stop: async () => void events.push(`goodbye ${config.name}`) };
    },
    browse() {
      browsers += 1;
      return {
        services: () => browseServices,
        refresh: () => void (refreshes += 1),
        stop: async () => void events.push('browse stopped'),
      };
    },
  };
  const lan = createLanController({
    networkInterfaces: () => options.interfaces ?? { lo: [{ ...v4('127.0.0.1'), internal: true }], wlan0: [v4('192.168.1.20')], eth0: [v4('10.0.0.8')] },
    startServer: async (serverOptions) => {
      await Promise.resolve();
      if (options.serverFails) throw new Error('EACCES');
      if (options.busyPorts?.includes(serverOptions.port)) throw Object.assign(new Error('busy'), { code: 'EADDRINUSE' });
      const entry = { options: serverOptions, closed: false, clients: 0 };
      servers.push(entry);
      const port = serverOptions.port === 0 ? 50123 : serverOptions.port;
      events.push(`listen ${serverOptions.host}:${port}`);
      const server: SignalingServer = {
        url: `ws://${serverOptions.host}:${port}`,
        port,
        clientCount: () => entry.clients,
        close: async () => {
          entry.closed = true;
          events.push(`close ${serverOptions.host}:${port}`);
        },
      };
      return server;
    },
    mdns,
    randomId: () => `id${(ids += 1)}`,
    now: () => now,
    log: (message) => void logs.push(message),
    requeryMs: 5_000,
  });
  return {
    lan,
    events,
    logs,
    servers,
    announcements,
    setServices: (services: unknown[]) => (browseServices = services),
    advance: (ms: number) => (now += ms),
    refreshes: () => refreshes,
    browsers: () => browsers,
  };
}

describe('LAN controller: hosting', () => {
  it('binds the server to the chosen LAN address (never the wildcard) and announces it with the tag', async () => {
    const ctx = setup();
    expect(ctx.lan.addresses()).toEqual([
      { interfaceName: 'wlan0', address: '192.168.1.20' },
      { interfaceName: 'eth0', address: '10.0.0.8' },
    ]);
    const status = await ctx.lan.startHosting({ workspaceTag: TAG, address: '10.0.0.8' });
    expect(status).toEqual({ hosting: true, url: 'ws://10.0.0.8:4445', address: '10.0.0.8', port: 4445, workspaceTag: TAG, announced: true, clientCount: 0 });
    expect(ctx.servers.map((server) => server.options.host)).toEqual(['10.0.0.8']);
    expect(ctx.announcements[0]?.config).toEqual({
      name: 'coalition-desk-id1',
      host: 'coalition-desk-id1.local',
      port: 4445,
      txt: { v: '1', ws: TAG },
      interfaceAddress: '10.0.0.8',
    });
    ctx.servers[0]!.clients = 3;
    expect(ctx.lan.hostingStatus()).toMatchObject({ hosting: true, clientCount: 3 });
  });

  it('takes the most likely address when none is chosen, and another port when the usual one is taken', async () => {
    const ctx = setup({ busyPorts: [4445] });
    await expect(ctx.lan.startHosting({ workspaceTag: TAG, address: null })).resolves.toMatchObject({ address: '192.168.1.20', port: 50123, url: 'ws://192.168.1.20:50123' });
  });

  it('reports why it could not host, without starting anything', async () => {
    const none = setup({ interfaces: { lo: [{ ...v4('127.0.0.1'), internal: true }], ppp0: [v4('203.0.113.7')] } });
    await expect(none.lan.startHosting({ workspaceTag: TAG, address: null })).resolves.toEqual({ hosting: false, problem: 'no-lan-address' });
    const gone = setup();
    await expect(gone.lan.startHosting({ workspaceTag: TAG, address: '192.168.7.7' })).resolves.toEqual({ hosting: false, problem: 'address-unavailable' });
    const failing = setup({ serverFails: true });
    await expect(failing.lan.startHosting({ workspaceTag: TAG, address: null })).resolves.toEqual({ hosting: false, problem: 'server-failed' });
    for (const ctx of [none, gone, failing]) {
      expect(ctx.servers).toEqual([]);
      expect(ctx.announcements).toEqual([]);
      expect(ctx.lan.hostingStatus()).toEqual({ hosting: false });
    }
  });

  it('keeps the server running when mDNS fails: the address can still be typed in', async () => {
    const ctx = setup({ announceThrows: true });
    await expect(ctx.lan.startHosting({ workspaceTag: TAG, address: null })).resolves.toMatchObject({ hosting: true, announced: false });
    const later = setup();
    await later.lan.startHosting({ workspaceTag: TAG, address: null });
    later.announcements[0]?.onError(new Error('EACCES'));
    expect(later.lan.hostingStatus()).toMatchObject({ hosting: true, announced: false });
  });

  it('says goodbye before closing the server when it stops', async () => {
    const ctx = setup();
    await ctx.lan.startHosting({ workspaceTag: TAG, address: null });
    await expect(ctx.lan.stopHosting()).resolves.toEqual({ hosting: false });
    expect(ctx.events).toEqual(['listen 192.168.1.20:4445', 'announce coalition-desk-id1', 'goodbye coalition-desk-id1', 'close 192.168.1.20:4445']);
    await expect(ctx.lan.stopHosting()).resolves.toEqual({ hosting: false });
  });

  it('does not restart for the same request; replaces the server for another workspace or address', async () => {
    const ctx = setup();
    await ctx.lan.startHosting({ workspaceTag: TAG, address: null });
    await ctx.lan.startHosting({ workspaceTag: TAG, address: '192.168.1.20' });
    expect(ctx.servers).toHaveLength(1);
    await ctx.lan.startHosting({ workspaceTag: OTHER_TAG, address: null });
    expect(ctx.servers.map((server) => server.closed)).toEqual([true, false]);
    expect(ctx.lan.hostingStatus()).toMatchObject({ workspaceTag: OTHER_TAG });
  });

  it('runs concurrent requests one after the other, so no server is left running unowned', async () => {
    const ctx = setup();
    await Promise.all([
      ctx.lan.startHosting({ workspaceTag: TAG, address: '192.168.1.20' }),
      ctx.lan.startHosting({ workspaceTag: TAG, address: '10.0.0.8' }),
      ctx.lan.stopHosting(),
      ctx.lan.startHosting({ workspaceTag: OTHER_TAG, address: null }),
    ]);
    expect(ctx.servers.filter((server) => !server.closed)).toHaveLength(1);
    expect(ctx.lan.hostingStatus()).toMatchObject({ hosting: true, workspaceTag: OTHER_TAG });
    await ctx.lan.dispose();
    expect(ctx.servers.every((server) => server.closed)).toBe(true);
  });
});

describe('LAN controller: discovery', () => {
  const announced = (name: string, address: string, tag = TAG) => ({
    name,
    type: 'coalition-desk',
    protocol: 'tcp',
    port: 4445,
    addresses: [address],
    referer: { address },
    txt: { v: '1', ws: tag },
  });

  it('lists validated hosts, not itself, and re-queries at most every few seconds while polled', async () => {
    const ctx = setup();
    expect(ctx.lan.discovered()).toEqual([]); // not browsing yet
    ctx.lan.startDiscovery();
    ctx.lan.startDiscovery();
    expect(ctx.browsers()).toBe(1);
    await ctx.lan.startHosting({ workspaceTag: TAG, address: null });
    ctx.setServices([announced('coalition-desk-id1', '192.168.1.20'), announced('peer', '192.168.1.30', OTHER_TAG), announced('evil', '8.8.8.8'), 'junk']);
    expect(ctx.lan.discovered()).toEqual([{ id: 'peer', url: 'ws://192.168.1.30:4445', address: '192.168.1.30', port: 4445, workspaceTag: OTHER_TAG }]);
    expect(ctx.refreshes()).toBe(0);
    ctx.advance(5_000);
    ctx.lan.discovered();
    ctx.lan.discovered();
    expect(ctx.refreshes()).toBe(1);
    await ctx.lan.stopDiscovery();
    expect(ctx.lan.discovered()).toEqual([]);
    expect(ctx.events).toContain('browse stopped');
  });
});
