import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol-handler';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../electron/main/content-security-policy';

let sandbox: string;
let rendererDir: string;

beforeAll(async () => {
  sandbox = await mkdtemp(path.join(tmpdir(), 'app-protocol-'));
  rendererDir = path.join(sandbox, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<title>Coalition desk</title>');
  await writeFile(path.join(rendererDir, 'assets', 'main.js'), 'console.log(1)');
  await writeFile(path.join(sandbox, 'secret.txt'), 'do not serve');
});
afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

describe('app:// protocol handler', () => {
  it('serves renderer files with their content type and the CSP header', async () => {
    const handler = createAppProtocolHandler(rendererDir);
    const page = await handler(new Request('app://coalition-desk/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toBe('<title>Coalition desk</title>');

    const script = await handler(new Request('app://coalition-desk/assets/main.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses traversal to a sibling file and 404s missing files', async () => {
    const handler = createAppProtocolHandler(rendererDir);
    const escape = await handler(new Request('app://coalition-desk/..%2fsecret.txt'));
    expect(escape.status).toBe(403);
    expect(await escape.text()).toBe('');
    expect((await handler(new Request('app://coalition-desk/missing.js'))).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const handler = createAppProtocolHandler(rendererDir);
    const response = await handler(new Request('app://coalition-desk/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});

function directivesOf(policy: string): Map<string, readonly string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('content security policy', () => {
  it('allows only our own scripts and forbids plugins, frames, forms, base rewriting and framing', () => {
    const directives = directivesOf(CONTENT_SECURITY_POLICY);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    // data: for the invite's QR code only; nothing of ours shows blob: images.
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    // Servers the member adds may be any ws:/wss: host; plain http(s) stays on our origin.
    expect(directives.get('connect-src')).toEqual(["'self'", 'ws:', 'wss:']);
    for (const name of ['object-src', 'frame-src', 'media-src', 'base-uri', 'form-action', 'frame-ancestors']) expect(directives.get(name), name).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-hashes|strict-dynamic|\*|https?:/);
  });

  it('is the same policy in the built page, less frame-ancestors, which a <meta> cannot carry', () => {
    const header = directivesOf(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(directivesOf(META_CONTENT_SECURITY_POLICY)).toEqual(header);
  });
});
