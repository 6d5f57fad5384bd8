import { expect, expectAccessible, test } from '../support/desk-fixtures';
import { DeskPage } from '../support/desk-page';
import { SearchPage } from '../support/search-page';
import { joinAs, KO, signalingPerTest } from '../support/sync-setup';

const signaling = signalingPerTest();

test("search finds a word a peer typed seconds ago, and opens the passage with the word selected", async ({ openPeer }) => {
  const amara = new DeskPage((await openPeer()).page);
  await amara.foundWorkspaceOn(signaling.url);
  const code = await amara.inviteCode();
  await amara.openTab('Documents');
  await amara.createDocument('Charter', 'Charter');

  const ko = new DeskPage((await openPeer()).page);
  await joinAs(ko, KO, code);
  await expect(ko.syncStatus()).toContainText('Connected to 1 peer', { timeout: 20_000 });
  await expect(ko.page.getByRole('heading', { level: 1, name: 'Coalition on Open Maps' })).toBeVisible();

  // Ko opens search before the word exists anywhere: nothing yet.
  const search = new SearchPage(ko.page);
  await search.openWithShortcut();
  await ko.page.keyboard.type('kelpwater');
  await expect(search.dialog().getByRole('status')).toHaveText('Nothing found for “kelpwater”.');

  await amara.editorBody().getByText('How this document is amended').click();
  await amara.page.keyboard.press('End');
  await amara.page.keyboard.type(' Amendments are kept in the Kelpwater register.');

  // The open results follow the peer's edit as it reaches Ko's index: no retyping, no sleep.
  const option = search.group('Documents').getByRole('option').filter({ hasText: 'Charter' });
  await expect(option).toBeVisible({ timeout: 20_000 });
  await expect(search.marked(option)).toHaveText(['Kelpwater']);
  await expectAccessible(ko.page, 'search with a peer\'s word');
  await search.arrowTo(option);
  await ko.page.keyboard.press('Enter');
  await expect(ko.editorBody()).toBeFocused();
  await expect.poll(() => search.selectedText()).toBe('Kelpwater');
});
