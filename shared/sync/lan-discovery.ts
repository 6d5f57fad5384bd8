import { z } from 'zod';
import { isDialableLanAddress, lanSignalingUrl, LanPortSchema, normalizeIPv6, parseIPv4 } from './lan-address';
import { decodeLanTxt, DiscoveredLanHostSchema, LAN_SERVICE_TYPE, type DiscoveredLanHost } from './lan-protocol';

/**
 * Turns what an mDNS browser saw into a host the renderer may offer, or null. The input is a
 * browser library's service object built from unauthenticated packets, so it is treated as
 * unknown and every field is checked.
 */
const RawServiceSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(63)
    .regex(/^[^\p{Cc}]+$/u),
  type: z.literal(LAN_SERVICE_TYPE).optional(),
  protocol: z.literal('tcp').optional(),
  port: LanPortSchema,
  addresses: z.array(z.string().max(64)).max(32).optional(),
  /** Where the mDNS answer came from. */
  referer: z.object({ address: z.string().max(64) }).optional(),
  txt: z.unknown(),
});

function canonical(address: string): string {
  return parseIPv4(address) !== null ? address : (normalizeIPv6(address) ?? address);
}

/**
 * The address to dial: the one the announcement came from, when it is a LAN address the host
 * also lists for itself (or the host lists none); otherwise the first LAN address it lists.
 * Preferring the sender keeps us off addresses of other interfaces of the host (virtual
 * machines, containers) where the server is not listening.
 */
export function chooseHostAddress(referer: string | undefined, addresses: readonly string[]): string | null {
  const listed = addresses.filter(isDialableLanAddress).map(canonical);
  if (referer !== undefined && isDialableLanAddress(referer)) {
    const from = canonical(referer);
    if (addresses.length === 0 || listed.includes(from)) return from;
  }
  return listed[0] ?? null;
}

export function parseDiscoveredService(raw: unknown): DiscoveredLanHost | null {
  const parsed = RawServiceSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { name, port, addresses = [], referer, txt } = parsed.data;
  const tagged = decodeLanTxt(txt);
  if (tagged === null) return null;
  const address = chooseHostAddress(referer?.address, addresses);
  if (address === null) return null;
  const host = DiscoveredLanHostSchema.safeParse({ id: name, url: lanSignalingUrl(address, port), address, port, workspaceTag: tagged.workspaceTag });
  return host.success ? host.data : null;
}

/** Valid hosts from a browser's list: ours excluded, one entry per URL, a bounded number, in a stable order. */
export function collectDiscoveredHosts(raws: readonly unknown[], ownInstanceName: string | null, limit = 32): DiscoveredLanHost[] {
  const byUrl = new Map<string, DiscoveredLanHost>();
  for (const raw of raws) {
    const host = parseDiscoveredService(raw);
    if (host === null || host.id === ownInstanceName || byUrl.has(host.url)) continue;
    byUrl.set(host.url, host);
  }
  return [...byUrl.values()].sort((a, b) => a.url.localeCompare(b.url)).slice(0, limit);
}

export interface ClassifiedLanHost extends DiscoveredLanHost {
  /** Announces the workspace shown: the app connects to it on its own. */
  matchesWorkspace: boolean;
  /** Already in this workspace's signaling list. */
  inUse: boolean;
}

/** Splits discovered hosts for one workspace, matching ones first; `ownUrl` (our own hosted server) is left out. */
export function classifyDiscoveredHosts(
  hosts: readonly DiscoveredLanHost[],
  workspaceTag: string | null,
  servers: readonly string[],
  ownUrl: string | null = null,
): ClassifiedLanHost[] {
  return hosts
    .filter((host) => host.url !== ownUrl)
    .map((host) => ({ ...host, matchesWorkspace: workspaceTag !== null && host.workspaceTag === workspaceTag, inUse: servers.includes(host.url) }))
    .sort((a, b) => Number(b.matchesWorkspace) - Number(a.matchesWorkspace) || a.url.localeCompare(b.url));
}

/** The URLs to add on their own: hosts of this very workspace that are not in the list yet. */
export function hostsToJoinAutomatically(classified: readonly ClassifiedLanHost[]): string[] {
  return classified.filter((host) => host.matchesWorkspace && !host.inUse).map((host) => host.url);
}
