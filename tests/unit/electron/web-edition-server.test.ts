import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/content-security-policy';
import { resolveWebAsset, startWebEditionServer, type WebEditionServer } from '../../../electron/serve/web-edition-server';
import { connect } from '../sync/ws-client';

let root: string;
let server: WebEditionServer;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'web-edition-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<title>Coalition desk</title>');
  writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(path.join(tmpdir(), 'outside-web-edition.txt'), 'secret');
  server = await startWebEditionServer({ root, host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function get(pathname: string): Promise<{ status: number; type: string; body: string; csp: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path: pathname }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body, csp: String(response.headers['content-security-policy']) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('the web edition server', () => {
  it('serves the app, its assets and, for any other path, the app again', async () => {
    const page = await get('/');
    expect(page.body).toContain('Coalition desk');
    // The desktop's policy, as a header on the page itself (frame-ancestors works only as a header).
    expect(page.csp).toBe(CONTENT_SECURITY_POLICY);
    const asset = await get('/assets/app-1234.js');
    expect(asset.type).toContain('text/javascript');
    expect(asset.csp).toContain("script-src 'self'");
    expect((await get('/w/unknown/path')).body).toContain('Coalition desk');
  });

  it('says where its signaling is, as a path on the same origin', async () => {
    const described = await get('/coalition-server.json');
    expect(described.type).toContain('application/json');
    expect(JSON.parse(described.body)).toEqual({ signalingPath: '/signal' });
    expect(server.signalingUrl).toBe(`${server.url.replace('http:', 'ws:').replace(/\/$/, '')}/signal`);
  });

  it('never serves a file outside its folder', async () => {
    for (const pathname of ['/../outside-web-edition.txt', '/%2e%2e/outside-web-edition.txt', '/assets/%2e%2e%2f%2e%2e/outside-web-edition.txt', '/%E0%A4%A']) {
      const response = await get(pathname);
      expect(response.body).not.toContain('secret');
    }
    expect(resolveWebAsset(root, '/%2e%2e/x')).toBeNull();
    expect(resolveWebAsset(root, '/a%00b')).toBeNull();
    expect(resolveWebAsset(root, '/%E0%A4%A')).toBeNull();
  });

  it('relays y-webrtc signaling at /signal and refuses upgrades elsewhere', async () => {
    const a = await connect(server.signalingUrl);
    const b = await connect(server.signalingUrl);
    a.socket.send(JSON.stringify({ type: 'subscribe', topics: ['room-1'] }));
    b.socket.send(JSON.stringify({ type: 'subscribe', topics: ['room-1'] }));
    b.socket.send(JSON.stringify({ type: 'ping' }));
    expect(await b.next()).toEqual({ type: 'pong' });
    a.socket.send(JSON.stringify({ type: 'publish', topic: 'room-1', data: 'sealed' }));
    expect(await b.next()).toMatchObject({ type: 'publish', topic: 'room-1', data: 'sealed' });
    a.socket.close();
    b.socket.close();
    const elsewhere = new WebSocket(server.url.replace('http:', 'ws:') + 'other');
    await expect(new Promise((resolve, reject) => elsewhere.on('open', resolve).on('error', reject))).rejects.toThrow();
  });
});
