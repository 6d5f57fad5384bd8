import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { chooseHostingAddress, lanAddressCandidates } from '../../../electron/sync/lan-interfaces';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '02:00:00:00:00:01', internal, cidr: `${address}/24` };
}
function v6(address: string): NetworkInterfaceInfo {
  return { address, netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '02:00:00:00:00:01', internal: false, cidr: `${address}/64`, scopeid: 2 };
}

describe('lanAddressCandidates', () => {
  it('offers private and link-local IPv4 only, physical networks first', () => {
    const candidates = lanAddressCandidates({
      lo: [v4('127.0.0.1', true)],
      docker0: [v4('172.17.0.1')],
      eth1: [v4('169.254.3.4')],
      wlan0: [v6('fe80::1'), v4('192.168.1.20')],
      ppp0: [v4('203.0.113.7')],
      eth0: [v4('10.0.0.8'), v4('10.0.0.8')],
    });
    expect(candidates).toEqual([
      { interfaceName: 'wlan0', address: '192.168.1.20' },
      { interfaceName: 'eth0', address: '10.0.0.8' },
      { interfaceName: 'eth1', address: '169.254.3.4' },
      { interfaceName: 'docker0', address: '172.17.0.1' },
    ]);
  });

  it('offers nothing on a machine with no LAN', () => {
    expect(lanAddressCandidates({ lo: [v4('127.0.0.1', true)], eth0: [v4('198.51.100.2')], empty: undefined })).toEqual([]);
  });
});

describe('chooseHostingAddress', () => {
  const candidates = [
    { interfaceName: 'wlan0', address: '192.168.1.20' },
    { interfaceName: 'eth0', address: '10.0.0.8' },
  ];
  it('takes the requested address when it is one of ours, the first otherwise', () => {
    expect(chooseHostingAddress(candidates, '10.0.0.8')).toBe('10.0.0.8');
    expect(chooseHostingAddress(candidates, null)).toBe('192.168.1.20');
  });
  it('refuses an address this computer does not have (it changed networks, or a forged request)', () => {
    expect(chooseHostingAddress(candidates, '10.0.0.9')).toBeNull();
    expect(chooseHostingAddress([], null)).toBeNull();
  });
});
