import type { Page } from '@playwright/test';
import { expect, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';
import { waitForEditorEnding } from './support/pasted-text';
import { launchOnSmallDisk, type SmallDisk } from './support/small-disk';
import { SyncFilesPage } from './support/sync-files-page';

const SAVED = 'All changes saved on this device';
const MARKER = ' end of the evidence annex';

/** Pastes ~1.5 M characters of random words (they do not compress: the disk really fills). */
async function pasteRandomWords(page: Page, marker: string): Promise<void> {
  await page.evaluate((marker) => {
    const words = Array.from({ length: 250_000 }, () => Array.from({ length: 2 + Math.floor(Math.random() * 7) }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join(''));
    const data = new DataTransfer();
    data.setData('text/plain', words.join(' ') + marker);
    const editor = document.querySelector('[role="textbox"][aria-label^="Text of "]');
    if (!editor) throw new Error('no editor on the page');
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, marker);
}

/** Fills this origin's localStorage to the last character, so the write-ahead journal finds no room either. */
async function fillLocalStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let index = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      try {
        for (;;) localStorage.setItem(`filler:${index++}`, chunk);
      } catch {
        // full at this size: try a smaller piece
      }
    }
  });
}

/** Every text the save status shows from now on, in order, as a screen reader would hear it. */
async function recordSaveStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { savedTexts: string[] }).savedTexts = seen;
    const bar = document.querySelector('.workspace-bar');
    const note = () => {
      const text = bar?.querySelector('.save-status')?.textContent ?? '';
      if (seen[seen.length - 1] !== text) seen.push(text);
    };
    note();
    if (bar) new MutationObserver(note).observe(bar, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { savedTexts: string[] }).savedTexts);
}

let disk: SmallDisk | undefined;
test.afterEach(async () => disk?.close());

test('a full disk never passes for "saved": the text stays in the window, can be exported, and is saved once space frees up', async ({ baseURL, openPeer }) => {
  test.setTimeout(180_000);
  disk = await launchOnSmallDisk(baseURL ?? '', 64);
  const pageErrors: string[] = [];
  disk.page.on('pageerror', (error) => pageErrors.push(error.message));
  const desk = new DeskPage(disk.page);
  await desk.startBlankDocument({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' }, 'Coalition on Open Maps', 'Evidence');
  await desk.page.keyboard.type('Findings, region by region:');
  await desk.waitUntilSaved();
  await desk.page.getByRole('link', { name: 'Back to documents' }).click();
  // Only the file may carry the text to the other member: no signaling anywhere.
  await desk.setSignalingServers([]);
  const code = await desk.inviteCode();
  await desk.openTab('Documents');
  await desk.page.getByRole('link', { name: 'Evidence' }).click();
  await desk.editorBody().click();
  await desk.page.keyboard.press('Control+End');
  const statusTexts = await recordSaveStatus(desk.page);

  // IndexedDB and localStorage both full, as in issue 17.
  await fillLocalStorage(desk.page);
  disk.fill(1_000_000);
  await pasteRandomWords(desk.page, MARKER);
  await desk.page.keyboard.type(' Signed by the steering committee.');
  const warning = desk.page.getByRole('alert').filter({ hasText: /storage is full|full disk/ });
  await expect(warning).toBeVisible({ timeout: 30_000 });
  await expect(warning).toContainText('Your latest changes are kept in this window only');
  await expect(desk.page.getByText(SAVED)).toHaveCount(0);

  // Reloading now would lose the text: the browser asks first, and staying keeps it.
  const asked = desk.page.waitForEvent('dialog');
  await desk.page.evaluate(() => setTimeout(() => location.reload(), 0));
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  await expect(warning).toBeVisible();

  const downloading = desk.page.waitForEvent('download');
  await desk.page.getByRole('button', { name: 'Export now' }).click();
  const exported = await (await downloading).path();
  await expect(desk.page.getByRole('status').filter({ hasText: /^Saved .*\.coalition: everything in this workspace/ })).toBeVisible();
  // Still full: still not saved, however long it keeps trying.
  await expect(warning).toBeVisible();
  const sinceFull = async () => {
    const texts = await statusTexts();
    return texts.slice(texts.findIndex((text) => text !== SAVED));
  };
  expect(await sinceFull()).not.toContain(SAVED);

  disk.free();
  await expect(desk.page.getByText(SAVED)).toBeVisible({ timeout: 30_000 });
  await expect(warning).toHaveCount(0);
  // "Saved" came once, at the end: never while the disk was full.
  const shown = await sinceFull();
  expect(shown.indexOf(SAVED), `status texts: ${shown.map((text) => text.slice(0, 60)).join(' | ')}`).toBe(shown.length - 1);

  await desk.page.reload();
  await expect(desk.editorBody()).toContainText('Signed by the steering committee.', { timeout: 30_000 });
  await waitForEditorEnding(desk.page, `${MARKER} Signed by the steering committee.`, 10_000);
  await expect(desk.page.getByText(SAVED)).toBeVisible();

  // The exported file, loaded by the app itself in another member's fresh profile, holds the text.
  const ko = new SyncFilesPage((await openPeer()).page);
  await ko.desk.open();
  await ko.desk.completeOnboarding({ name: 'Ko Imani', organisation: 'Ministry of Maps', group: 'Government', region: 'Kenya' });
  await ko.desk.joinWith(code);
  await ko.desk.setSignalingServers([]);
  await ko.load(exported);
  await expect(ko.arrived()).toContainText(/changes? from Amara Velde/);
  await ko.openDocument('Evidence');
  await waitForEditorEnding(ko.page, `${MARKER} Signed by the steering committee.`, 30_000);
  await expect(ko.desk.editorBody()).toContainText('Findings, region by region:');
  expect(pageErrors, 'uncaught errors in the page on the small disk').toEqual([]);
});
