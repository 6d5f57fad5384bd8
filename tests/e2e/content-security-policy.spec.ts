import type { Page } from '@playwright/test';
import { startSignalingServer } from '../../electron/sync/signaling-server';
import { expect, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';
import { MeetingsPage } from './support/meetings-page';
import { ProposalsPage } from './support/proposals-page';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Every Content-Security-Policy violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.context().addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations?.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
  });
  return async () => [...(await page.evaluate(() => window.cspViolations ?? [])), ...fromConsole.splice(0)];
}

test('the built web edition runs its main screens under its Content-Security-Policy, with no violation', async ({ profile }) => {
  const signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
  try {
    const page = profile.page;
    const violations = await watchViolations(page);
    const desk = new DeskPage(page);

    const response = await page.goto('./');
    // vite preview sends the policy as a header; the built page carries it too, for any other host.
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'.*connect-src 'self' ws: wss:/);

    await desk.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
    await desk.waitUntilCachedForOffline();
    await desk.createWorkspace('Coalition on Open Maps');
    await desk.openTab('Members');
    await desk.openTab('Documents');
    await desk.createDocument('Blank', 'Charter');
    await desk.editorBody().focus();
    await page.keyboard.type('Members agree to share minutes.');
    await desk.waitUntilSaved();
    await page.goBack();

    // A server the member adds is reached over ws: (the QR code of the invite is a data: image).
    await desk.setSignalingServers([signaling.url]);
    await expect.poll(() => signaling.clientCount()).toBeGreaterThan(0);
    await expect(page.getByRole('img', { name: /QR code/i })).toBeVisible();

    await new MeetingsPage(page).openTab();
    await new ProposalsPage(page).openTab();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

    expect(await violations()).toEqual([]);

    // The policy is in force and the watch sees what it blocks: an injected inline script is refused.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.head.append(script);
    });
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
    expect(await page.title()).not.toBe('injected');
  } finally {
    await signaling.close();
  }
});
