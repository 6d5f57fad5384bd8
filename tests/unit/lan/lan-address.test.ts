import { describe, expect, it } from 'vitest';
import {
  isDialableLanAddress,
  isLanAddress,
  isLanIPv4,
  lanAddressKind,
  lanSignalingUrl,
  normalizeIPv6,
  parseIPv4,
} from '../../../shared/sync/lan-address';

describe('LAN addresses', () => {
  it.each([
    ['10.0.0.1', 'private-ipv4'],
    ['10.255.255.255', 'private-ipv4'],
    ['172.16.0.1', 'private-ipv4'],
    ['172.31.255.254', 'private-ipv4'],
    ['192.168.1.20', 'private-ipv4'],
    ['169.254.10.20', 'link-local-ipv4'],
    ['fd12:3456:789a::1', 'unique-local-ipv6'],
    ['fc00::1', 'unique-local-ipv6'],
    ['FE80::1', 'link-local-ipv6'],
    ['febf::1', 'link-local-ipv6'],
  ])('%s is %s', (address, kind) => {
    expect(lanAddressKind(address)).toBe(kind);
    expect(isLanAddress(address)).toBe(true);
  });

  it.each([
    '127.0.0.1', // this machine's own services
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.251', // the mDNS group itself
    '8.8.8.8',
    '172.15.0.1',
    '172.32.0.1',
    '192.169.0.1',
    '100.64.0.1', // carrier-grade NAT is not the venue LAN
    '::1',
    '::',
    '::ffff:192.168.1.1', // mapped: dialled as IPv4 if at all
    '2001:db8::1',
    'fec0::1',
    'fe80::1%eth0', // zone ids cannot be put in a URL
    '[fd00::1]',
    '010.0.0.1', // leading zeros are octal to some parsers
    '10.0.0',
    '10.0.0.1.',
    ' 10.0.0.1',
    '10.0.0.1/8',
    '192.168.1.1:80',
    'localhost',
    'printer.local',
    '',
    '1'.repeat(80),
  ])('%j is not a LAN address', (address) => {
    expect(isLanAddress(address)).toBe(false);
    expect(isDialableLanAddress(address)).toBe(false);
  });

  it('recognises link-local IPv6 but never dials it (it needs a zone id)', () => {
    expect(isLanAddress('fe80::1')).toBe(true);
    expect(isDialableLanAddress('fe80::1')).toBe(false);
    expect(isDialableLanAddress('fd00::1')).toBe(true);
  });

  it('hosts only on IPv4', () => {
    expect(isLanIPv4('192.168.0.2')).toBe(true);
    expect(isLanIPv4('169.254.0.2')).toBe(true);
    expect(isLanIPv4('fd00::2')).toBe(false);
  });

  it('parses strictly and normalises IPv6', () => {
    expect(parseIPv4('192.168.001.1')).toBeNull();
    expect(parseIPv4('192.168.1.1')).toEqual([192, 168, 1, 1]);
    expect(normalizeIPv6('FD00:0:0:0:0:0:0:1')).toBe('fd00::1');
    expect(normalizeIPv6('192.168.1.1')).toBeNull();
  });

  it('builds ws:// URLs, bracketing IPv6', () => {
    expect(lanSignalingUrl('192.168.1.20', 4445)).toBe('ws://192.168.1.20:4445');
    expect(lanSignalingUrl('FD00:0::1', 5000)).toBe('ws://[fd00::1]:5000');
  });
});
