import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { z } from 'zod';
import { listen } from './listen.ts';

/**
 * A y-webrtc signaling server: clients subscribe to topics (rooms) and publish to them; the
 * server relays and never reads the (encrypted) payloads. Used by `npm run signal` and by the
 * desktop app's "Host on this network".
 */
export const MAX_SIGNALING_MESSAGE_BYTES = 256 * 1024;
const MAX_TOPICS_PER_CLIENT = 64;
const PING_INTERVAL_MS = 30_000;

const SignalingMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), topics: z.array(z.string().max(200)).max(MAX_TOPICS_PER_CLIENT) }),
  z.object({ type: z.literal('unsubscribe'), topics: z.array(z.string().max(200)).max(MAX_TOPICS_PER_CLIENT) }),
  z.object({ type: z.literal('publish'), topic: z.string().max(200) }).passthrough(),
  z.object({ type: z.literal('ping') }),
]);

export interface SignalingServer {
  url: string;
  port: number;
  /** Number of connected clients, for the host's "who is connected" view. */
  clientCount(): number;
  close(): Promise<void>;
}

export interface SignalingServerOptions {
  host: string;
  port: number;
  log?: (message: string) => void;
}

export interface SignalingEndpoint {
  clientCount(): number;
  close(): Promise<void>;
}

/**
 * Serves signaling on an existing HTTP server: at `path` only (the web edition's server keeps its
 * pages on the other paths), or on every path when none is given.
 */
export function attachSignaling(http: Server, { path, log = () => undefined }: { path?: string; log?: (message: string) => void } = {}): SignalingEndpoint {
  const topics = new Map<string, Set<WebSocket>>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_SIGNALING_MESSAGE_BYTES });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== undefined && pathname !== path) return; // another endpoint's upgrade (Vite's own, say)
    wss.handleUpgrade(request, socket, head, (client) => wss.emit('connection', client, request));
  };
  http.on('upgrade', onUpgrade);

  const send = (socket: WebSocket, message: unknown): void => {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  };

  wss.on('connection', (socket: WebSocket) => {
    const subscribed = new Set<string>();
    let alive = true;
    socket.on('pong', () => (alive = true));
    const pinger = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, PING_INTERVAL_MS);

    socket.on('message', (data: RawData) => {
      let parsed: z.infer<typeof SignalingMessageSchema>;
      try {
        parsed = SignalingMessageSchema.parse(JSON.parse(data.toString()));
      } catch {
        log('dropped a malformed signaling message');
        return;
      }
      switch (parsed.type) {
        case 'subscribe':
          for (const topic of parsed.topics) {
            if (subscribed.size >= MAX_TOPICS_PER_CLIENT) break;
            subscribed.add(topic);
            if (!topics.has(topic)) topics.set(topic, new Set());
            topics.get(topic)?.add(socket);
          }
          break;
        case 'unsubscribe':
          for (const topic of parsed.topics) {
            subscribed.delete(topic);
            topics.get(topic)?.delete(socket);
          }
          break;
        case 'publish': {
          const receivers = topics.get(parsed.topic);
          if (!receivers) break;
          const message = { ...parsed, clients: receivers.size };
          receivers.forEach((receiver) => send(receiver, message));
          break;
        }
        case 'ping':
          send(socket, { type: 'pong' });
          break;
      }
    });

    socket.on('close', () => {
      clearInterval(pinger);
      for (const topic of subscribed) {
        const receivers = topics.get(topic);
        receivers?.delete(socket);
        if (receivers?.size === 0) topics.delete(topic);
      }
    });
    socket.on('error', () => socket.terminate());
  });

  return {
    clientCount: () => wss.clients.size,
    close: () =>
      new Promise<void>((resolve) => {
        http.off('upgrade', onUpgrade);
        wss.clients.forEach((client) => client.terminate());
        wss.close(() => resolve());
      }),
  };
}

export async function startSignalingServer({ host, port, log = () => undefined }: SignalingServerOptions): Promise<SignalingServer> {
  const http: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end('Coalition desk signaling server\n');
  });
  const endpoint = attachSignaling(http, { log });
  const address = await listen(http, host, port);
  return {
    url: `ws://${address.hostPort}`,
    port: address.port,
    clientCount: endpoint.clientCount,
    close: () => endpoint.close().then(() => new Promise<void>((resolve) => http.close(() => resolve()))),
  };
}
