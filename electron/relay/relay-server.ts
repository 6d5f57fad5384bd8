import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Redis } from '@hocuspocus/extension-redis';
import { SQLite, upsertQuery } from '@hocuspocus/extension-sqlite';
import { Server, type Extension, type afterLoadDocumentPayload, type onConfigurePayload, type onConnectPayload, type onDisconnectPayload, type onRequestPayload } from '@hocuspocus/server';
import { isRelayDocumentName, MAX_BLOB_BYTES } from '../../shared/sync/relay-envelope';

/**
 * A relay for coalitions too large for a WebRTC mesh or never online together: Hocuspocus 3 storing
 * each workspace's *envelope* (sealed blobs, see shared/sync/relay-envelope.ts) in SQLite. It never
 * holds a key; it refuses any document whose name is not of our derived form.
 */

/** One WebSocket message at most: the largest sealed blob plus the sync protocol's framing. */
export const MAX_RELAY_MESSAGE_BYTES = MAX_BLOB_BYTES + 64 * 1024;

export interface RedisAddress {
  host: string;
  port: number;
  password?: string;
  db?: number;
}

export interface RelayServerOptions {
  host: string;
  port: number;
  dataDir: string;
  /** Relays sharing one Redis pass each other's changes, so members on different relays converge. */
  redis?: RedisAddress;
  log?: (message: string) => void;
}

export interface RelayServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** `redis://[:password@]host[:port][/db]`, or undefined for anything else. */
export function parseRedisUrl(value: string): RedisAddress | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'redis:' || url.hostname === '') return undefined;
    const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined;
    if (db !== undefined && !Number.isInteger(db)) return undefined;
    return {
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port ? Number(url.port) : 6379,
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(db !== undefined ? { db } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * The SQLite extension with its table made before the first read, writes awaited and the file closed
 * on shutdown, so a stopped relay has stored everything. Upstream creates the table without waiting
 * (and Hocuspocus does not await onConfigure): envelopes opened right after start were read before
 * the table existed and refused (seen in CI under load).
 */
export class RelayStore extends SQLite {
  private schemaReady: Promise<void> = Promise.resolve();

  constructor(database: string) {
    super({ database });
    const fetch = this.configuration.fetch;
    this.configuration.fetch = async (data) => {
      await this.schemaReady;
      return fetch(data);
    };
    this.configuration.store = ({ documentName, state }) =>
      new Promise<void>((resolve, reject) => {
        if (!this.db) return reject(new Error('relay store is closed'));
        this.db.run(upsertQuery, { $name: documentName, $data: state }, (error) => (error ? reject(error) : resolve()));
      });
  }

  override async onConfigure(): Promise<void> {
    await super.onConfigure();
    const db = this.db;
    // CREATE TABLE IF NOT EXISTS again, this time with a callback to wait on.
    this.schemaReady = new Promise<void>((resolve, reject) => {
      if (!db) return reject(new Error('relay store is closed'));
      db.exec(this.configuration.schema, (error) => (error ? reject(error) : resolve()));
    });
  }

  /** Listening waits for the table, so a relay that says it has started can serve a read. */
  override async onListen(): Promise<void> {
    await this.schemaReady;
  }

  async onDestroy(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    await new Promise<void>((resolve) => (db ? db.close(() => resolve()) : resolve()));
  }
}

/**
 * Each relay keeps its own SQLite file, so none waits on a Redis lock to store: the upstream lock
 * guards one database shared by all instances, and skipping a store would leave this file behind.
 */
class RelayRedis extends Redis {
  private resync: ReturnType<typeof setInterval> | undefined;

  override async onStoreDocument(): Promise<void> {}

  /**
   * Redis pub/sub is fire-and-forget, and a subscription made while Redis was slow can fail with no
   * second try: a relay then never hears the others, and its members wait for good (seen under
   * load). Every few seconds each relay subscribes again and offers its state (a sync step 1) for
   * the envelopes it holds, so the others answer with anything it lacks, as y-websocket's resync
   * does between a client and its server.
   */
  override async onConfigure(payload: onConfigurePayload): Promise<void> {
    await super.onConfigure(payload);
    this.resync = setInterval(() => {
      payload.instance.documents.forEach((document, documentName) => {
        // The load hook subscribes (again: a subscription refused while Redis was slow is retried,
        // and ioredis ignores a repeated one) and publishes a sync step 1.
        void this.afterLoadDocument({ documentName, document } as unknown as afterLoadDocumentPayload).catch(() => undefined);
      });
    }, REDIS_RESYNC_MS);
  }

  override async onDestroy(): Promise<void> {
    clearInterval(this.resync);
    await super.onDestroy();
  }
}

const REDIS_RESYNC_MS = 2_000;

/** An app opens one envelope per connection; a few more leave room without letting one socket load thousands. */
export const MAX_ENVELOPES_PER_CONNECTION = 8;

function guard(log: (message: string) => void): Extension {
  const open = new Map<string, Set<string>>();
  return {
    async onConnect({ documentName, socketId }: onConnectPayload) {
      if (!isRelayDocumentName(documentName)) {
        log(`Refused a document name that is not a Coalition desk envelope (${documentName.length} characters)`);
        throw new Error('not an envelope name');
      }
      const names = open.get(socketId) ?? new Set<string>();
      if (names.size >= MAX_ENVELOPES_PER_CONNECTION) {
        log(`Refused envelope ${names.size + 1} on one connection`);
        throw new Error('too many envelopes on one connection');
      }
      open.set(socketId, names.add(documentName));
    },
    async onDisconnect({ documentName, socketId }: onDisconnectPayload) {
      const names = open.get(socketId);
      names?.delete(documentName);
      if (names?.size === 0) open.delete(socketId);
    },
    async onRequest({ response }: onRequestPayload) {
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      response.end('Coalition desk relay\n');
      // Hocuspocus' convention: rejecting with nothing stops its default answer.
      throw null;
    },
  };
}

export async function startRelayServer({ host, port, dataDir, redis, log = () => undefined }: RelayServerOptions): Promise<RelayServer> {
  await mkdir(dataDir, { recursive: true });
  const extensions: Extension[] = [guard(log), new RelayStore(path.join(dataDir, 'relay.sqlite'))];
  if (redis) {
    const { password, db, ...address } = redis;
    extensions.push(new RelayRedis({ ...address, options: { ...(password ? { password } : {}), ...(db !== undefined ? { db } : {}), maxRetriesPerRequest: 3 } }));
  }
  const server = new Server(
    {
      name: 'coalition-desk-relay',
      address: host,
      port,
      quiet: true,
      stopOnSignals: false,
      extensions,
      // Stored within a second of a change; the last member leaving stores at once.
      debounce: 1000,
      maxDebounce: 5000,
    },
    { maxPayload: MAX_RELAY_MESSAGE_BYTES },
  );
  await server.listen();
  const bound = server.address.port;
  return {
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    port: bound,
    close: () => server.destroy(),
  };
}
