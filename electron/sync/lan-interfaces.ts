import type { NetworkInterfaceInfo } from 'node:os';
import { lanAddressKind } from '../../shared/sync/lan-address';
import type { LanAddress } from '../../shared/sync/lan-protocol';

export type NetworkInterfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Interface names of virtual machines, containers and VPNs: listed, but never the default. */
const VIRTUAL_INTERFACE = /^(docker|br-|veth|virbr|vmnet|vboxnet|vnic|tun|tap|utun|wg|zt|tailscale|lxc|lxd|podman|cni|flannel|cali|ham)/i;

function rank(name: string, address: string): number {
  const virtual = VIRTUAL_INTERFACE.test(name) ? 2 : 0;
  const linkLocal = lanAddressKind(address) === 'link-local-ipv4' ? 1 : 0;
  return virtual + linkLocal;
}

/**
 * The addresses this computer could host a LAN meeting on: IPv4, not internal, private or
 * link-local — never a public address, so hosting cannot expose the server to the internet.
 * The most likely venue network comes first (physical before virtual, DHCP before link-local).
 */
export function lanAddressCandidates(interfaces: NetworkInterfaces): LanAddress[] {
  const candidates: Array<LanAddress & { order: number }> = [];
  let order = 0;
  for (const [interfaceName, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      order += 1;
      if (info.internal || info.family !== 'IPv4') continue;
      const kind = lanAddressKind(info.address);
      if (kind !== 'private-ipv4' && kind !== 'link-local-ipv4') continue;
      if (candidates.some((candidate) => candidate.address === info.address)) continue;
      candidates.push({ interfaceName: interfaceName.slice(0, 64), address: info.address, order });
    }
  }
  return candidates
    .sort((a, b) => rank(a.interfaceName, a.address) - rank(b.interfaceName, b.address) || a.order - b.order)
    .map(({ interfaceName, address }) => ({ interfaceName, address }));
}

/** The address to bind: the one asked for if it is still one of ours, else the first candidate; null if there is none. */
export function chooseHostingAddress(candidates: readonly LanAddress[], requested: string | null): string | null {
  if (requested !== null) return candidates.some((candidate) => candidate.address === requested) ? requested : null;
  return candidates[0]?.address ?? null;
}
