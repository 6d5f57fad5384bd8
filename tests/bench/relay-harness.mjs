// Harness for build/bench-relay.mjs: the project's relay (electron/relay/relay-server.ts, bundled on
// the fly with esbuild) on 127.0.0.1 with a temporary data directory, and the app driven by role and
// label as in tests/e2e/support/desk-page.ts.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Desk } from './sync-harness.mjs';

export async function startOurRelay(projectDir) {
  const { build } = await import('esbuild');
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-relay-'));
  const outfile = path.join(outDir, 'relay-server.mjs');
  await build({ entryPoints: [path.join(projectDir, 'electron/relay/relay-server.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'warning', absWorkingDir: projectDir });
  // Its bare imports (@hocuspocus/*, sqlite3) resolve from the project's node_modules.
  symlinkSync(path.join(projectDir, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
  const { startRelayServer } = await import(pathToFileURL(outfile).href);
  const server = await startRelayServer({ host: '127.0.0.1', port: 0, dataDir: path.join(outDir, 'data') });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export class RelayDesk extends Desk {
  async addRelay(url) {
    await this.openTab('Sharing');
    const form = this.page.getByRole('form', { name: 'Add a relay' });
    await form.getByLabel('Relay address').fill(url);
    await form.getByRole('button', { name: 'Add relay' }).click();
    await this.page.getByText(`Relay ${url} added.`).waitFor({ state: 'visible', timeout: 20_000 });
  }

  /** Until the relay has acknowledged everything this page has to give it. */
  async waitUntilRelayStored(timeout = 20_000) {
    await this.page.waitForFunction(() => document.querySelector('.relay-status')?.getAttribute('data-relay-state') === 'synced', null, { timeout });
  }
}

/**
 * Init script (runs before the app): notes when WebSocket messages leave and arrive, to split the
 * keystroke latency into sender, relay and receiver parts. Browser APIs only.
 */
export function installWebSocketProbe() {
  const net = (window.__relayNet = { sent: [], received: [], sealed: [] });
  const keep = (list, at) => {
    list.push(at);
    if (list.length > 64) list.splice(0, list.length - 64);
  };
  const now = () => performance.timeOrigin + performance.now();
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    keep(net.sent, now());
    return send.call(this, data);
  };
  // When each seal (AES-GCM through WebCrypto) was asked for and when its result was back.
  const encrypt = crypto.subtle.encrypt;
  crypto.subtle.encrypt = function (...args) {
    const called = now();
    return encrypt.apply(this, args).then((result) => {
      keep(net.sealed, { called, resolved: now() });
      return result;
    });
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      // Before the provider's own listener: registered first, runs first.
      this.addEventListener('message', () => keep(net.received, now()));
    }
  };
}
