import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { HOME_SERVER, HOME_SERVER_FILE, HOME_SIGNALING_PATH } from '../../shared/sync/home-server';
import { CONTENT_SECURITY_POLICY } from '../main/content-security-policy';
import { listen } from '../sync/listen';
import { attachSignaling } from '../sync/signaling-server';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface WebEditionServer {
  /** http://host:port/ as members type it. */
  url: string;
  signalingUrl: string;
  close(): Promise<void>;
}

/** A file inside `root` for a request path, or null: a path that climbs out of it is never served. */
export function resolveWebAsset(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const resolved = path.resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

function serveFile(root: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
  if (pathname === `/${HOME_SERVER_FILE}`) {
    response.writeHead(200, { ...headers, 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' }).end(JSON.stringify(HOME_SERVER));
    return;
  }
  let file = resolveWebAsset(root, pathname);
  if (file === null) {
    response.writeHead(400, headers).end();
    return;
  }
  // Hash routes keep every screen on index.html; an unknown path gets the app, which says what is missing.
  if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html');
  // Hashed asset names never change content; the page and the service worker must be fetched afresh.
  const immutable = pathname.startsWith('/assets/');
  response.writeHead(200, {
    ...headers,
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/**
 * `npm run serve`: the built web edition and a y-webrtc signaling endpoint on one origin, so the
 * members who open its address sync with nothing to configure.
 */
export async function startWebEditionServer({ root, host, port, log = () => undefined }: { root: string; host: string; port: number; log?: (message: string) => void }): Promise<WebEditionServer> {
  if (!existsSync(path.join(root, 'index.html'))) throw new Error(`${root}/index.html is missing: build the web edition first`);
  const http: Server = createServer((request, response) => serveFile(root, request, response));
  const signaling = attachSignaling(http, { path: HOME_SIGNALING_PATH, log });
  // Signaling has the only upgrade on this server; any other would hang until the client gave up.
  http.on('upgrade', (request: IncomingMessage, socket: Duplex) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== HOME_SIGNALING_PATH) socket.destroy();
  });
  const { hostPort } = await listen(http, host, port);
  return {
    url: `http://${hostPort}/`,
    signalingUrl: `ws://${hostPort}${HOME_SIGNALING_PATH}`,
    close: async () => {
      await signaling.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
