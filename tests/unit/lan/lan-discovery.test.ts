import { describe, expect, it } from 'vitest';
import {
  chooseHostAddress,
  classifyDiscoveredHosts,
  collectDiscoveredHosts,
  hostsToJoinAutomatically,
  parseDiscoveredService,
} from '../../../shared/sync/lan-discovery';

const TAG = '0123456789abcdef';
const OTHER = 'fedcba9876543210';

/** The shape bonjour-service's Browser reports. */
function service(overrides: Record<string, unknown> = {}) {
  return {
    name: 'coalition-desk-1a2b3c4d',
    fqdn: 'coalition-desk-1a2b3c4d._coalition-desk._tcp.local',
    host: 'coalition-desk-1a2b3c4d.local',
    type: 'coalition-desk',
    protocol: 'tcp',
    port: 4445,
    addresses: ['192.168.1.20', '172.17.0.1'],
    referer: { address: '192.168.1.20', family: 'IPv4', port: 5353, size: 200 },
    txt: { v: '1', ws: TAG },
    ...overrides,
  };
}

describe('parseDiscoveredService', () => {
  it('keeps a valid announcement, dialled at the address it came from', () => {
    expect(parseDiscoveredService(service())).toEqual({
      id: 'coalition-desk-1a2b3c4d',
      url: 'ws://192.168.1.20:4445',
      address: '192.168.1.20',
      port: 4445,
      workspaceTag: TAG,
    });
  });

  it.each([
    ['not an object', 'ws://10.0.0.1:4445'],
    ['another service type', service({ type: 'http' })],
    ['UDP', service({ protocol: 'udp' })],
    ['a privileged port', service({ port: 80 })],
    ['port 0', service({ port: 0 })],
    ['a port out of range', service({ port: 70000 })],
    ['a port as text', service({ port: '4445' })],
    ['no TXT', service({ txt: undefined })],
    ['another protocol version', service({ txt: { v: '2', ws: TAG } })],
    ['a malformed tag', service({ txt: { v: '1', ws: 'zz' } })],
    ['only public addresses', service({ addresses: ['203.0.113.9'], referer: { address: '203.0.113.9' } })],
    ['a loopback referer and no addresses', service({ addresses: [], referer: { address: '127.0.0.1' } })],
    ['only a link-local IPv6 address', service({ addresses: ['fe80::1'], referer: undefined })],
    ['a control character in the name', service({ name: 'evil\u0000name' })],
    ['an over-long name', service({ name: 'x'.repeat(64) })],
    ['too many addresses', service({ addresses: Array.from({ length: 40 }, (_, i) => `10.0.0.${i + 1}`) })],
  ])('drops %s', (_label, raw) => {
    expect(parseDiscoveredService(raw)).toBeNull();
  });
});

describe('chooseHostAddress', () => {
  it('prefers the sender when the host lists it', () => {
    expect(chooseHostAddress('10.0.0.5', ['172.17.0.1', '10.0.0.5'])).toBe('10.0.0.5');
  });
  it('trusts the sender when the host lists no address', () => {
    expect(chooseHostAddress('10.0.0.5', [])).toBe('10.0.0.5');
  });
  it('falls back to the first listed LAN address when the sender is not one of them (a reflector)', () => {
    expect(chooseHostAddress('10.0.0.1', ['8.8.8.8', '192.168.5.5'])).toBe('192.168.5.5');
  });
  it('never returns a public or loopback address', () => {
    expect(chooseHostAddress('8.8.8.8', ['8.8.8.8', '127.0.0.1'])).toBeNull();
    expect(chooseHostAddress(undefined, [])).toBeNull();
  });
  it('brackets nothing itself but normalises IPv6', () => {
    expect(chooseHostAddress(undefined, ['FD00:0::7'])).toBe('fd00::7');
  });
});

describe('collectDiscoveredHosts', () => {
  it('drops invalid entries and our own announcement, de-duplicates by URL and sorts', () => {
    const hosts = collectDiscoveredHosts(
      [
        service({ name: 'b', addresses: ['10.0.0.9'], referer: { address: '10.0.0.9' } }),
        service({ name: 'mine', addresses: ['10.0.0.2'], referer: { address: '10.0.0.2' } }),
        service({ name: 'a', addresses: ['10.0.0.3'], referer: { address: '10.0.0.3' } }),
        service({ name: 'a-again-on-another-interface', addresses: ['10.0.0.3'], referer: { address: '10.0.0.3' } }),
        { nonsense: true },
      ],
      'mine',
    );
    expect(hosts.map((host) => [host.id, host.url])).toEqual([
      ['a', 'ws://10.0.0.3:4445'],
      ['b', 'ws://10.0.0.9:4445'],
    ]);
  });

  it('bounds the list a noisy network can produce', () => {
    const flood = Array.from({ length: 100 }, (_, i) => service({ name: `h${i}`, addresses: [], referer: { address: `10.0.1.${i + 1}` } }));
    expect(collectDiscoveredHosts(flood, null)).toHaveLength(32);
  });
});

describe('classifyDiscoveredHosts', () => {
  const hosts = [
    { id: 'x', url: 'ws://10.0.0.3:4445', address: '10.0.0.3', port: 4445, workspaceTag: OTHER },
    { id: 'y', url: 'ws://10.0.0.4:4445', address: '10.0.0.4', port: 4445, workspaceTag: TAG },
    { id: 'z', url: 'ws://10.0.0.5:4445', address: '10.0.0.5', port: 4445, workspaceTag: TAG },
    { id: 'me', url: 'ws://10.0.0.2:4445', address: '10.0.0.2', port: 4445, workspaceTag: TAG },
  ];

  it('puts hosts of this workspace first, marks those in use, and leaves out our own server', () => {
    const classified = classifyDiscoveredHosts(hosts, TAG, ['ws://10.0.0.5:4445'], 'ws://10.0.0.2:4445');
    expect(classified.map((host) => [host.id, host.matchesWorkspace, host.inUse])).toEqual([
      ['y', true, false],
      ['z', true, true],
      ['x', false, false],
    ]);
    // Connect automatically only to hosts of this workspace that are not in use yet; offer the others.
    expect(hostsToJoinAutomatically(classified)).toEqual(['ws://10.0.0.4:4445']);
  });

  it('matches nothing before the tag is known', () => {
    expect(hostsToJoinAutomatically(classifyDiscoveredHosts(hosts, null, []))).toEqual([]);
  });
});
