import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, SYNC_CHROMIUM_ARGS } from './chromium';

/** A real Chromium with its own profile directory, which a test can close and reopen to simulate a restart. */
export interface Profile {
  dir: string;
  context: BrowserContext;
  page: Page;
  restart(): Promise<Page>;
}

/** The browser's locale and zone. en-GB by default: its 24-hour clock is what the specs' times are written in (decision 0027). */
export interface ProfileOptions {
  locale: string;
  timezoneId?: string;
}

async function launch(dir: string, baseURL: string, options: ProfileOptions): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: SYNC_CHROMIUM_ARGS,
    headless: true,
    baseURL,
    acceptDownloads: true,
    locale: options.locale,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
}

async function openProfile(url: string, errors: string[], options: ProfileOptions): Promise<Profile> {
    const dir = mkdtempSync(join(tmpdir(), 'desk-profile-'));
    const watch = (page: Page) => page.on('pageerror', (error) => errors.push(error.message));
    const profile: Profile = {
      dir,
      context: await launch(dir, url, options),
      page: undefined as unknown as Page,
      async restart() {
        await profile.context.close();
        profile.context = await launch(dir, url, options);
        profile.page = profile.context.pages()[0] ?? (await profile.context.newPage());
        watch(profile.page);
        return profile.page;
      },
    };
    profile.page = profile.context.pages()[0] ?? (await profile.context.newPage());
    watch(profile.page);
    return profile;
}

/** `profile`: one browser; `openPeer()`: another separate browser process with its own profile. */
export const test = base.extend<{ profileOptions: ProfileOptions; profile: Profile; openPeer: () => Promise<Profile> }>({
  profileOptions: [{ locale: 'en-GB' }, { option: true }],
  openPeer: async ({ baseURL, profileOptions }, use) => {
    const errors: string[] = [];
    const opened: Profile[] = [];
    await use(async () => {
      const peer = await openProfile(baseURL ?? 'http://127.0.0.1:4173/', errors, profileOptions);
      opened.push(peer);
      return peer;
    });
    for (const peer of opened) {
      await peer.context.close();
      rmSync(peer.dir, { recursive: true, force: true });
    }
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
  profile: async ({ openPeer }, use) => {
    await use(await openPeer());
  },
});

export { expect };

/** axe-core on the current screen: nothing serious or critical may be found. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(serious, `accessibility violations on ${screen}`).toEqual([]);
}
