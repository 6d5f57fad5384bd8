// Harness for build/bench-sync.mjs: serves a snapshot of the built web edition on 127.0.0.1,
// starts the project's own signaling server (electron/sync/signaling-server.ts, bundled on the fly
// with esbuild), launches Chromium processes with fresh profiles, and drives the app the way
// tests/e2e/support/desk-page.ts does (by role and label), with playwright-core only.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
export { serveStatic } from '../../build/static-server.mjs';

import { CHROMIUM_FLAGS, CHROMIUM_PATH, LOOPBACK_ONLY_FLAGS, WEBRTC_FLAGS } from '../../build/chromium-flags.mjs';

export { CHROMIUM_PATH };
export const CHROMIUM_ARGS = [...CHROMIUM_FLAGS, ...WEBRTC_FLAGS, ...LOOPBACK_ONLY_FLAGS];


/** The app's signaling server, bundled from TypeScript into a temporary module and started on 127.0.0.1. */
export async function startOurSignalingServer(projectDir) {
  const { build } = await import('esbuild');
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-sync-signal-'));
  const outfile = path.join(outDir, 'signaling-server.mjs');
  await build({
    entryPoints: [path.join(projectDir, 'electron/sync/signaling-server.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
    absWorkingDir: projectDir,
  });
  // Resolve its bare imports (ws, zod) from the project: link node_modules next to it.
  symlinkSync(path.join(projectDir, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
  const { startSignalingServer } = await import(pathToFileURL(outfile).href);
  const server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** A Chromium process with its own fresh profile directory. */
export async function launchPeer(chromium, baseURL, initScript) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-sync-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, baseURL });
  if (initScript) await context.addInitScript(initScript);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The app reports a peer it cut off, or an update it could not apply, as a warning.
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  return {
    page,
    errors,
    warnings,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const VISIBLE = { state: 'visible', timeout: 20_000 };

/** The app as a user drives it; mirrors tests/e2e/support/desk-page.ts. */
export class Desk {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('./');
  }

  async completeOnboarding(person) {
    const form = this.page.getByRole('form', { name: 'Your identity' });
    await this.page.getByRole('heading', { name: 'Welcome to Coalition desk' }).waitFor(VISIBLE);
    const zone = form.getByLabel('Time zone');
    for (let attempt = 0; attempt < 100 && (await zone.inputValue()) === ''; attempt++) await this.page.waitForTimeout(100);
    await form.getByLabel('Name').fill(person.name);
    await form.getByLabel('Organisation').fill(person.organisation);
    await form.getByLabel('Stakeholder group').selectOption({ label: person.group });
    await form.getByLabel('Country or region').fill(person.region);
    await form.getByRole('button', { name: 'Continue' }).click();
    await this.page.getByRole('heading', { name: 'Your coalitions' }).waitFor(VISIBLE);
  }

  async createWorkspace(name) {
    const form = this.page.getByRole('form', { name: 'Create workspace' });
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Create workspace' }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor(VISIBLE);
  }

  async openTab(name) {
    const headings = { Overview: 'Coalition profile', Members: 'Members', Documents: 'Documents', Sharing: 'Sharing and sync' };
    await this.page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name }).click();
    await this.page.getByRole('heading', { level: 2, name: headings[name], exact: true }).waitFor(VISIBLE);
  }

  async setSignalingServers(urls) {
    await this.openTab('Sharing');
    await this.page.getByLabel('Signaling server addresses, one per line').fill(urls.join('\n'));
    await this.page.getByRole('form', { name: 'Signaling servers' }).getByRole('button', { name: 'Save' }).click();
    await this.page.getByText('Signaling servers saved.').waitFor(VISIBLE);
  }

  async inviteCode() {
    await this.openTab('Sharing');
    return this.page.getByLabel('Invite code').inputValue();
  }

  async joinWith(code) {
    await this.page.getByRole('link', { name: 'Workspaces' }).click();
    await this.page.getByLabel('Invite code or link').fill(code);
    await this.page.getByRole('button', { name: 'Join workspace' }).click();
  }

  async createDocument(template, title) {
    const form = this.page.getByRole('form', { name: 'New document' });
    await form.getByLabel('Template').selectOption({ label: template });
    await form.getByLabel('Title').fill(title);
    await form.getByRole('button', { name: 'Create document' }).click();
    await this.page.waitForFunction((expected) => [...document.querySelectorAll('input')].some((input) => input.value === expected), title);
  }

  editorBody() {
    return this.page.getByRole('textbox', { name: /^Text of / });
  }

  syncStatus() {
    return this.page.locator('.sync-status');
  }

  async waitForStatus(text, timeout = 20_000) {
    await this.page.waitForFunction((expected) => document.querySelector('.sync-status')?.textContent?.includes(expected) ?? false, text, { timeout });
  }

  /** Puts the caret at the end of the paragraph that contains `text`. */
  async caretAtEndOf(text) {
    await this.editorBody().getByText(text).click();
    await this.page.keyboard.press('End');
  }
}
