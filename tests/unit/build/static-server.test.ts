import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolders, serveStatic } from '../../../build/static-server.mjs';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'static-server-test-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<p>Coalition desk</p>');
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'export {};');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function get(url: string): Promise<[number, string, string]> {
  const response = await fetch(url);
  return [response.status, response.headers.get('content-type') ?? '', await response.text()];
}

describe('the static server of tests and benches', () => {
  it('serves a copy of a web edition, index.html for any path it does not have', async () => {
    const served = await serveStatic(dir);
    try {
      expect(await get(`${served.url}assets/app.js`)).toEqual([200, 'text/javascript; charset=utf-8', 'export {};']);
      expect(await get(`${served.url}workspaces/w1`)).toEqual([200, 'text/html; charset=utf-8', '<p>Coalition desk</p>']);
      writeFileSync(path.join(served.root, 'index.html'), '<p>next release</p>');
      expect((await get(served.url))[2]).toBe('<p>next release</p>');
      expect((await fetch(served.url)).headers.get('cache-control')).toBe('no-store');
    } finally {
      await served.close();
    }
  });

  it('serves folders under their prefixes with paths answered from memory, and nothing else', async () => {
    const served = await serveFolders([{ prefix: '/app/', dir }], new Map([['/app/assets/app.js', { type: 'text/javascript', body: () => 'marked();' }]]));
    try {
      expect(await get(`${served.url}app/`)).toEqual([200, 'text/html; charset=utf-8', '<p>Coalition desk</p>']);
      expect(await get(`${served.url}app/assets/app.js`)).toEqual([200, 'text/javascript', 'marked();']);
      expect((await get(`${served.url}app/missing.js`))[0]).toBe(404);
      expect((await get(`${served.url}app//etc/hostname`))[0]).toBe(404);
      expect((await get(`${served.url}elsewhere`))[0]).toBe(404);
      expect((await get(`${served.url}app/%E0%A4%A`))[0]).toBe(404);
    } finally {
      await served.close();
    }
  });
});
