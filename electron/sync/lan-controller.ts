import { collectDiscoveredHosts } from '../../shared/sync/lan-discovery';
import {
  encodeLanTxt,
  LAN_PREFERRED_PORT,
  type DiscoveredLanHost,
  type LanAddress,
  type LanHostingRequest,
  type LanHostingStatus,
  type LanTxt,
} from '../../shared/sync/lan-protocol';
import { chooseHostingAddress, lanAddressCandidates, type NetworkInterfaces } from './lan-interfaces';
import type { SignalingServer, SignalingServerOptions } from './signaling-server';

/** What we need from mDNS, so the controller is tested without sockets (the bonjour adapter is lan-bonjour.ts). */
export interface MdnsAnnouncementConfig {
  /** DNS-SD instance name, unique on the network. */
  name: string;
  /** Host name for the SRV/A records (a neutral one: the computer's own name is not announced). */
  host: string;
  port: number;
  txt: LanTxt;
  /** The LAN address the server is bound to; announcements go out on its interface. */
  interfaceAddress: string;
}
export interface MdnsAnnouncement {
  /** Sends goodbyes and releases the socket. */
  stop(): Promise<void>;
}
export interface MdnsBrowsing {
  /** The services currently seen, as the library reports them: unvalidated. */
  services(): readonly unknown[];
  /** Asks the network again and drops services whose records expired. */
  refresh(): void;
  stop(): Promise<void>;
}
export interface MdnsTransport {
  announce(config: MdnsAnnouncementConfig, onError: (error: Error) => void): MdnsAnnouncement;
  browse(onError: (error: Error) => void): MdnsBrowsing;
}

export interface LanControllerDeps {
  networkInterfaces: () => NetworkInterfaces;
  startServer: (options: SignalingServerOptions) => Promise<SignalingServer>;
  mdns: MdnsTransport;
  /** Random hex for the instance and host names. */
  randomId: () => string;
  now: () => number;
  log: (message: string, details?: Record<string, unknown>) => void;
  /** How often a poll of the discovered list re-queries the network. */
  requeryMs?: number;
  preferredPort?: number;
}

/** The main process's side of "meeting on a LAN": one hosted server at a time, and one browser. */
export interface LanController {
  addresses(): LanAddress[];
  startHosting(request: LanHostingRequest): Promise<LanHostingStatus>;
  stopHosting(): Promise<LanHostingStatus>;
  hostingStatus(): LanHostingStatus;
  startDiscovery(): void;
  stopDiscovery(): Promise<void>;
  discovered(): DiscoveredLanHost[];
  /** Stops everything, for app quit. */
  dispose(): Promise<void>;
}

interface Hosting {
  server: SignalingServer;
  address: string;
  workspaceTag: string;
  instanceName: string;
  announcement: MdnsAnnouncement | null;
  announced: boolean;
}

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EADDRINUSE';
}

export function createLanController(deps: LanControllerDeps): LanController {
  const requeryMs = deps.requeryMs ?? 5_000;
  const preferredPort = deps.preferredPort ?? LAN_PREFERRED_PORT;
  let hosting: Hosting | null = null;
  let browsing: MdnsBrowsing | null = null;
  let lastQuery = 0;
  // Start and stop run one at a time, so a double click cannot leave a server nobody can stop.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const addresses = (): LanAddress[] => lanAddressCandidates(deps.networkInterfaces());

  const status = (): LanHostingStatus =>
    hosting === null
      ? { hosting: false }
      : {
          hosting: true,
          url: hosting.server.url,
          address: hosting.address,
          port: hosting.server.port,
          workspaceTag: hosting.workspaceTag,
          announced: hosting.announced,
          clientCount: hosting.server.clientCount(),
        };

  const stopNow = async (): Promise<void> => {
    const current = hosting;
    if (current === null) return;
    hosting = null;
    // Goodbye first, so members' apps drop the entry before the server refuses them.
    await current.announcement?.stop().catch((error: unknown) => deps.log('mDNS goodbye failed', { error: String(error) }));
    await current.server.close();
  };

  const listen = async (address: string): Promise<SignalingServer> => {
    try {
      return await deps.startServer({ host: address, port: preferredPort });
    } catch (error) {
      if (!isAddressInUse(error)) throw error;
      return deps.startServer({ host: address, port: 0 });
    }
  };

  const startNow = async ({ workspaceTag, address: requested }: LanHostingRequest): Promise<LanHostingStatus> => {
    const candidates = addresses();
    const address = chooseHostingAddress(candidates, requested);
    if (address === null) return { hosting: false, problem: candidates.length === 0 ? 'no-lan-address' : 'address-unavailable' };
    if (hosting !== null && hosting.address === address && hosting.workspaceTag === workspaceTag) return status();
    await stopNow();

    let server: SignalingServer;
    try {
      server = await listen(address);
    } catch (error) {
      deps.log('LAN signaling server could not start', { address, error: String(error) });
      return { hosting: false, problem: 'server-failed' };
    }
    const id = deps.randomId();
    const current: Hosting = { server, address, workspaceTag, instanceName: `coalition-desk-${id}`, announcement: null, announced: false };
    hosting = current;
    try {
      current.announcement = deps.mdns.announce(
        { name: current.instanceName, host: `coalition-desk-${id}.local`, port: server.port, txt: encodeLanTxt(workspaceTag), interfaceAddress: address },
        (error) => {
          deps.log('mDNS announcement failed; the address can still be typed in', { error: error.message });
          current.announced = false;
        },
      );
      current.announced = true;
    } catch (error) {
      deps.log('mDNS announcement failed; the address can still be typed in', { error: String(error) });
    }
    return status();
  };

  return {
    addresses,
    startHosting: (request) => serially(() => startNow(request)),
    stopHosting: () =>
      serially(async () => {
        await stopNow();
        return status();
      }),
    hostingStatus: status,
    startDiscovery() {
      if (browsing !== null) return;
      try {
        browsing = deps.mdns.browse((error) => deps.log('mDNS browsing failed', { error: error.message }));
        lastQuery = deps.now();
      } catch (error) {
        deps.log('mDNS browsing could not start', { error: String(error) });
      }
    },
    async stopDiscovery() {
      const current = browsing;
      browsing = null;
      await current?.stop();
    },
    discovered() {
      if (browsing === null) return [];
      if (deps.now() - lastQuery >= requeryMs) {
        lastQuery = deps.now();
        browsing.refresh();
      }
      return collectDiscoveredHosts(browsing.services(), hosting?.instanceName ?? null);
    },
    async dispose() {
      await serially(stopNow);
      const current = browsing;
      browsing = null;
      await current?.stop();
    },
  };
}
