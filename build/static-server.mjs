// The one static server for tests and benches, on 127.0.0.1, never cached. `serveStatic` serves a
// copy of a built web edition, so a concurrent rebuild cannot pull files from under the pages, and
// a test may change the copy (`root`) to publish a new release (tests/e2e/app-update.spec.ts,
// build/bench-sync.mjs). `serveFolders` serves several folders on one origin, with some paths
// answered from memory (build/bench.mjs).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentType(file) {
  return TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/** The file a request path names inside `dir`, or null: a path that climbs out of it is never served. */
function fileIn(dir, requestPath) {
  const file = path.resolve(dir, `.${path.posix.normalize(`/${requestPath}`)}`);
  return file === dir || file.startsWith(dir + path.sep) ? file : null;
}

export async function serveFolders(mounts, overrides = new Map()) {
  const server = createServer((request, response) => {
    const send = (status, body, type = 'text/plain') => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      const override = overrides.get(pathname);
      if (override) return send(200, override.body(), override.type);
      const mount = mounts.find(({ prefix }) => pathname.startsWith(prefix));
      if (!mount) return send(404, 'not found');
      let file = fileIn(path.resolve(mount.dir), decodeURIComponent(pathname.slice(mount.prefix.length)));
      if (file === null) return send(403, 'forbidden');
      if (!existsSync(file) || statSync(file).isDirectory()) {
        const index = path.join(mount.dir, 'index.html');
        if (!mount.fallback && file !== path.resolve(mount.dir)) return send(404, 'not found');
        file = index;
      }
      send(200, readFileSync(file), contentType(file));
    } catch {
      send(404, 'not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function serveStatic(dir) {
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: run \`npm run build:renderer\` first`);
  const root = mkdtempSync(path.join(tmpdir(), 'desk-web-'));
  cpSync(dir, root, { recursive: true });
  // Every path the app does not have gets index.html, as the web edition's own server does.
  const served = await serveFolders([{ prefix: '/', dir: root, fallback: true }]);
  return {
    url: served.url,
    root,
    close: async () => {
      await served.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
