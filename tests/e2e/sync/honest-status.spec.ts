import type { Page } from '@playwright/test';
import { startSignalingServer, type SignalingServer } from '../../../electron/sync/signaling-server';
import { decodeInvite } from '../../../shared/sync/invite';
import { expect, test } from '../support/desk-fixtures';
import { DeskPage } from '../support/desk-page';
import { silentPeerOffered } from './silent-peer';

declare global {
  interface Window {
    __syncStatusTexts?: string[];
    __liveRegionTexts?: string[];
  }
}

let signaling: SignalingServer;
test.beforeEach(async () => {
  signaling = await startSignalingServer({ host: '127.0.0.1', port: 0 });
});
test.afterEach(async () => {
  await signaling.close();
});

/** "synced" as the status' own phrase, not inside "last synced at …". */
const SYNCED = /(^|· )synced( ·|$)/;

/** Every text the visible status and its live region take from now on. */
async function recordStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const status = document.querySelector('.sync-status');
    const live = document.querySelector('.sync-controls [role="status"]');
    if (!status || !live) throw new Error('no sync status on the page');
    window.__syncStatusTexts = [];
    window.__liveRegionTexts = [];
    const watch = (node: Element, into: string[]) =>
      new MutationObserver(() => into.push(node.textContent ?? '')).observe(node, { subtree: true, childList: true, characterData: true });
    watch(status, window.__syncStatusTexts);
    watch(live, window.__liveRegionTexts);
  });
}

async function recorded(page: Page): Promise<{ status: string[]; live: string[] }> {
  return page.evaluate(() => ({ status: window.__syncStatusTexts ?? [], live: window.__liveRegionTexts ?? [] }));
}

test('a peer that stops receiving is shown behind with what is pending, never synced, until it catches up', async ({ openPeer }) => {
  const amara = new DeskPage((await openPeer()).page);
  await amara.foundWorkspaceOn(signaling.url);
  const code = await amara.inviteCode();
  await amara.openTab('Documents');
  await amara.createDocument('Charter', 'Charter');

  const ko = new DeskPage((await openPeer()).page);
  await ko.open();
  await ko.completeOnboarding({ name: 'Ko Imani', organisation: 'Ministry of Maps', group: 'Government', region: 'Kenya' });
  await ko.joinWith(code);
  await ko.page.getByRole('link', { name: 'Charter' }).click();
  for (const desk of [amara, ko]) await expect(desk.syncStatus()).toHaveText('Connected to 1 peer · synced', { timeout: 30_000 });

  // Typing with Ko connected: the status may say "sending…" for a moment, but the live region
  // speaks at most of a situation that holds, not of every keystroke.
  await recordStatus(amara.page);
  await amara.editorBody().getByText('How this document is amended').click();
  await amara.page.keyboard.press('End');
  await amara.page.keyboard.type(' Amendments need four weeks of notice.');
  await expect(ko.editorBody()).toContainText('Amendments need four weeks of notice.');
  await expect(amara.syncStatus()).toHaveText('Connected to 1 peer · synced');
  await expect(ko.syncStatus()).toHaveText('Connected to 1 peer · synced');
  const typing = await recorded(amara.page);
  expect(typing.live.length, `live region while typing: ${JSON.stringify(typing.live)}`).toBeLessThanOrEqual(2);

  // Ko's app stops receiving: its page's JavaScript is paused, its connection stays open.
  const ko$ = await ko.page.context().newCDPSession(ko.page);
  await ko$.send('Debugger.enable');
  const paused = new Promise((resolve) => ko$.once('Debugger.paused', resolve));
  await ko$.send('Debugger.pause');
  await paused;

  await recordStatus(amara.page);
  const away = ' Ko has not seen this yet.';
  await amara.page.keyboard.type(away);
  const typedAt = Date.now();
  await expect(amara.syncStatus()).toContainText('Connected to 1 peer · Ko Imani is behind:', { timeout: 20_000 });
  const pending = async () => Number(/behind: (\d+) changes? pending/.exec((await amara.syncStatus().textContent()) ?? '')?.[1] ?? 0);
  console.log(`Ko shown behind ${Date.now() - typedAt} ms after the typing ended, ${await pending()} changes pending`);
  // Each typed character is one operation Ko lacks.
  expect(await pending()).toBeGreaterThanOrEqual(away.length);
  await expect(amara.syncStatus()).toContainText('last synced at');
  // More typing: what is pending grows with it.
  const before = await pending();
  await amara.page.keyboard.type(' Nor this.');
  await expect.poll(pending, { timeout: 10_000 }).toBeGreaterThanOrEqual(before + ' Nor this.'.length);
  await expect(amara.page.locator('.sync-controls [role="status"]')).toContainText('Ko Imani is behind');
  const whileAway = await recorded(amara.page);
  expect(whileAway.status.filter((text) => SYNCED.test(text)), 'status texts while Ko received nothing').toEqual([]);
  expect(whileAway.live.filter((text) => SYNCED.test(text)), 'announcements while Ko received nothing').toEqual([]);

  // Ko's app runs again: it takes what it lacks, says so, and both say synced.
  await ko$.send('Debugger.resume');
  await ko$.detach();
  const resumedAt = Date.now();
  await expect(ko.editorBody()).toContainText('Ko has not seen this yet. Nor this.', { timeout: 20_000 });
  for (const desk of [amara, ko]) await expect(desk.syncStatus()).toHaveText('Connected to 1 peer · synced', { timeout: 20_000 });
  console.log(`both synced ${Date.now() - resumedAt} ms after Ko's app resumed`);
  // Someone announces itself and never answers: the connections to it never open, and count for nothing.
  const invite = decodeInvite(code);
  if (!invite.ok) throw new Error('invite did not decode');
  await silentPeerOffered(signaling.url, invite.invite, 2);
  for (const desk of [amara, ko]) {
    await expect(desk.syncStatus()).toHaveText('Connected to 1 peer · synced');
    await expect(desk.syncStatus()).toHaveAttribute('data-peers', '1');
  }

  // The same text (the typing window's editor keeps a caret placeholder the other has not).
  const text = (desk: DeskPage) => desk.bodyHtmlWithoutCarets().then((html) => html.replace(/<[^>]+>/g, ''));
  expect(await text(ko)).toBe(await text(amara));
});
