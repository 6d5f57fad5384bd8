import type { EventEmitter } from 'node:events';
import { Bonjour, type Browser } from 'bonjour-service';
import { LAN_SERVICE_TYPE } from '../../shared/sync/lan-protocol';
import type { MdnsAnnouncement, MdnsAnnouncementConfig, MdnsBrowsing, MdnsTransport } from './lan-controller';

/** multicast-dns options that bonjour-service passes through but does not declare. */
interface MulticastDnsOptions {
  /** The interface (by address) to join the group on and send from. */
  interface?: string;
  /** Where the socket binds: the wildcard, since a socket bound to a unicast address receives no multicast on Linux. */
  bind?: string;
  /** Tests use another port and group so they never touch the real mDNS. */
  port?: number;
  ip?: string;
}

/**
 * bonjour-service never listens for its socket's 'error' event (bind failures such as
 * EADDRINUSE / EACCES), and an unhandled 'error' event would take the main process down. We
 * reach the multicast-dns emitter to listen; if a future version moves it, we refuse to start
 * rather than risk the crash.
 */
function openBonjour(options: MulticastDnsOptions, onError: (error: Error) => void): Bonjour {
  const bonjour = new Bonjour(options as ConstructorParameters<typeof Bonjour>[0], (error: unknown) =>
    onError(error instanceof Error ? error : new Error(String(error))),
  );
  const mdns = (bonjour as unknown as { server?: { mdns?: EventEmitter } }).server?.mdns;
  if (typeof mdns?.on !== 'function') {
    bonjour.destroy();
    throw new Error('bonjour-service internals changed: cannot observe mDNS socket errors');
  }
  mdns.on('error', (error: Error) => onError(error));
  // Per-interface membership failures (an interface without multicast) are not fatal.
  mdns.on('warning', () => undefined);
  return bonjour;
}

const destroy = (bonjour: Bonjour): Promise<void> => new Promise((resolve) => bonjour.destroy(() => resolve()));

export interface BonjourTransportOptions {
  /** Interfaces (by address) to browse on; empty browses on the system default. */
  browseInterfaces?: () => string[];
  /** For tests only: a private mDNS port / group. */
  port?: number;
  group?: string;
}

/** The real mDNS, over bonjour-service. */
export function bonjourTransport(options: BonjourTransportOptions = {}): MdnsTransport {
  const base: MulticastDnsOptions = { ...(options.port === undefined ? {} : { port: options.port }), ...(options.group === undefined ? {} : { ip: options.group }) };
  return {
    announce(config: MdnsAnnouncementConfig, onError): MdnsAnnouncement {
      const bonjour = openBonjour({ ...base, interface: config.interfaceAddress, bind: '0.0.0.0' }, onError);
      const service = bonjour.publish({
        name: config.name,
        type: LAN_SERVICE_TYPE,
        protocol: 'tcp',
        host: config.host,
        port: config.port,
        txt: { ...config.txt },
        // The name carries random bits, so a clash is unlikely; the probe (under a second) also
        // defers the first announcement until after the records are narrowed below.
        probe: true,
        disableIPv6: true,
      });
      // bonjour-service would announce an A record for every address of this computer (VPNs,
      // containers, other networks). Announce only the address the server listens on: that
      // is where members must connect, and the others are nobody's business.
      const allRecords = service.records.bind(service);
      service.records = () => allRecords().filter((record) => record.type !== 'A' || record.data === config.interfaceAddress);
      let stopped = false;
      return {
        async stop() {
          if (stopped) return;
          stopped = true;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 1000); // a goodbye that cannot be sent must not block quitting
            (service.stop as (callback: () => void) => void)(() => {
              clearTimeout(timer);
              resolve();
            });
          });
          await destroy(bonjour);
        },
      };
    },

    browse(onError): MdnsBrowsing {
      const interfaces = options.browseInterfaces?.() ?? [];
      const bonjours = (interfaces.length === 0 ? [undefined] : interfaces.slice(0, 4)).map((address) =>
        openBonjour(address === undefined ? { ...base } : { ...base, interface: address, bind: '0.0.0.0' }, onError),
      );
      const find = (): Browser[] => bonjours.map((bonjour) => bonjour.find({ type: LAN_SERVICE_TYPE, protocol: 'tcp' }));
      // bonjour-service keeps a service for its record TTL (hours) and does not refresh lastSeen,
      // so a host that vanished without a goodbye would linger. Each refresh starts a new
      // generation of browsers (which query at once) and keeps the previous one: a host is
      // listed while it answered one of the last two queries.
      let current = find();
      let previous: Browser[] = [];
      return {
        services: () => [...current, ...previous].flatMap((browser) => browser.services),
        refresh() {
          previous.forEach((browser) => browser.stop());
          previous = current;
          current = find();
        },
        async stop() {
          [...current, ...previous].forEach((browser) => browser.stop());
          current = [];
          previous = [];
          await Promise.all(bonjours.map(destroy));
        },
      };
    },
  };
}
