import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveAppAssetPath } from './app-asset-path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export type ReadAsset = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;

// Copied into a plain ArrayBuffer-backed view, which is what Response accepts as a body.
const readAsset: ReadAsset = async (filePath) => new Uint8Array(await readFile(filePath));

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The app:// handler as a plain Request → Response function, so it runs under unit tests without Electron. */
export function createAppProtocolHandler(rendererDir: string, read: ReadAsset = readAsset) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: securityHeaders() });
    }
    const filePath = resolveAppAssetPath(request.url, rendererDir);
    if (filePath === null) return new Response(null, { status: 403, headers: securityHeaders() });

    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await read(filePath);
    } catch {
      return new Response(null, { status: 404, headers: securityHeaders() });
    }
    const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentType },
    });
  };
}
