import { z } from 'zod';

/**
 * Which network addresses "meeting on a LAN" may use. Everything learned from mDNS is
 * unauthenticated, so an announced host is only ever reached at a private or link-local
 * address on a non-privileged port: a hostile announcement cannot send members' apps to a
 * public server, to this machine's loopback services, or to a well-known port.
 */
export type LanAddressKind = 'private-ipv4' | 'link-local-ipv4' | 'unique-local-ipv6' | 'link-local-ipv6';

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const DOTTED_QUAD = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

/** Strict dotted-quad IPv4 (no leading zeros, no shorthand), or null. */
export function parseIPv4(text: string): [number, number, number, number] | null {
  if (!DOTTED_QUAD.test(text)) return null;
  const [a = 0, b = 0, c = 0, d = 0] = text.split('.').map(Number);
  return [a, b, c, d];
}

/** An IPv6 address in canonical compressed form, or null. Zone ids ("%eth0") are refused: URLs cannot carry them. */
export function normalizeIPv6(text: string): string | null {
  if (text.length > 45 || !/^[0-9A-Fa-f:.]+$/.test(text) || !text.includes(':')) return null;
  try {
    const hostname = new URL(`http://[${text}]/`).hostname;
    return hostname.slice(1, -1);
  } catch {
    return null;
  }
}

function firstHextet(normalized: string): number {
  if (normalized.startsWith('::')) return 0;
  return parseInt(normalized.split(':')[0] ?? '0', 16);
}

export function lanAddressKind(text: string): LanAddressKind | null {
  const v4 = parseIPv4(text);
  if (v4) {
    const [a, b] = v4;
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private-ipv4';
    if (a === 169 && b === 254) return 'link-local-ipv4';
    return null;
  }
  const v6 = normalizeIPv6(text);
  if (v6 === null) return null;
  const head = firstHextet(v6);
  if ((head & 0xfe00) === 0xfc00) return 'unique-local-ipv6';
  if ((head & 0xffc0) === 0xfe80) return 'link-local-ipv6';
  return null;
}

export function isLanAddress(text: string): boolean {
  return lanAddressKind(text) !== null;
}

/**
 * A LAN address a browser can open a WebSocket to. Link-local IPv6 needs a zone id, which
 * WHATWG URLs cannot express, so it is recognised as LAN but never dialled.
 */
export function isDialableLanAddress(text: string): boolean {
  const kind = lanAddressKind(text);
  return kind !== null && kind !== 'link-local-ipv6';
}

export function isLanIPv4(text: string): boolean {
  const kind = lanAddressKind(text);
  return kind === 'private-ipv4' || kind === 'link-local-ipv4';
}

/** Ports below 1024 are refused: a hosted signaling server never needs one, and they name well-known services. */
export const LanPortSchema = z.number().int().min(1024).max(65535);
export const LanIPv4Schema = z.string().max(15).refine(isLanIPv4, 'must be a private or link-local IPv4 address');
export const DialableLanAddressSchema = z.string().max(45).refine(isDialableLanAddress, 'must be a private or link-local address');

/** The signaling URL of a host on the LAN. */
export function lanSignalingUrl(address: string, port: number): string {
  const v6 = parseIPv4(address) === null ? normalizeIPv6(address) : null;
  return `ws://${v6 === null ? address : `[${v6}]`}:${port}`;
}
