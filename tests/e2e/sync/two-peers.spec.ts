import { encodeInvite, decodeInvite } from '../../../shared/sync/invite';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { expect, expectAccessible, test } from '../support/desk-fixtures';
import { DeskPage } from '../support/desk-page';
import { EVE, joinAs, KO, signalingPerTest } from '../support/sync-setup';

const signaling = signalingPerTest();

test('two members co-edit a charter live, merge offline edits, and a wrong secret sees nothing', async ({ openPeer }) => {
  const amara = new DeskPage((await openPeer()).page);
  await amara.foundWorkspaceOn(signaling.url);
  await expectAccessible(amara.page, 'sharing');
  const code = await amara.inviteCode();
  await amara.openTab('Documents');
  await amara.createDocument('Charter', 'Charter');

  const ko = new DeskPage((await openPeer()).page);
  await joinAs(ko, KO, code);
  await expect(ko.syncStatus()).toContainText('Connected to 1 peer', { timeout: 20_000 });
  await expect(amara.syncStatus()).toContainText('Connected to 1 peer');

  // Everything syncs, not only the open document: the profile, the members, the document list.
  await expect(ko.page.getByRole('heading', { level: 1, name: 'Coalition on Open Maps' })).toBeVisible();
  await ko.page.getByRole('link', { name: 'Charter' }).click();
  await expect(ko.editorBody().getByRole('heading', { name: 'Decision-making' })).toBeVisible();

  await amara.editorBody().getByText('How this document is amended').click();
  await amara.page.keyboard.press('End');
  await amara.page.keyboard.type(' Amendments need four weeks of notice.');
  await expect(ko.editorBody()).toContainText('Amendments need four weeks of notice.');

  await ko.editorBody().getByText('What the coalition exists to achieve').click();
  await ko.page.keyboard.press('End');
  await ko.page.keyboard.type(' Open data for every region.');
  await expect(amara.editorBody()).toContainText('Open data for every region.');

  // Carets with names, and who is here.
  await expect(amara.editorBody().locator('.ProseMirror-yjs-cursor', { hasText: 'Ko Imani' })).toBeVisible();
  await expect(ko.editorBody().locator('.ProseMirror-yjs-cursor', { hasText: 'Amara Velde' })).toBeVisible();
  await expect(amara.page.getByText('Also editing: Ko Imani')).toBeVisible();
  await expectAccessible(ko.page, 'document with a co-author');

  // Both go offline and write in the same paragraph and in different documents.
  await amara.page.getByRole('button', { name: 'Work offline' }).click();
  await ko.page.getByRole('button', { name: 'Work offline' }).click();
  await expect(amara.syncStatus()).toContainText('Sync paused');
  await amara.editorBody().getByText('Open data for every region.').click();
  await amara.page.keyboard.press('End');
  await expect.poll(() => amara.caretText()).toContain('Open data for every region.');
  await amara.page.keyboard.type(' [Amara offline]');
  await expect(amara.editorBody()).toContainText('[Amara offline]');
  await ko.editorBody().getByText('Open data for every region.').click();
  await ko.page.keyboard.press('End');
  await expect.poll(() => ko.caretText()).toContain('Open data for every region.');
  await ko.page.keyboard.type(' [Ko offline]');
  await expect(ko.editorBody()).toContainText('[Ko offline]');
  await ko.page.getByRole('link', { name: 'Back to documents' }).click();
  await ko.createDocument('Statement / joint letter', 'Statement on open maps');
  await ko.editorBody().click();
  await ko.page.keyboard.type('We call on every government to publish its maps.');
  await expect(amara.editorBody()).not.toContainText('[Ko offline]');

  await amara.page.getByRole('button', { name: 'Sync again' }).click();
  await ko.page.getByRole('button', { name: 'Sync again' }).click();
  await ko.page.getByRole('link', { name: 'Back to documents' }).click();
  await ko.page.getByRole('link', { name: 'Charter' }).click();
  for (const desk of [amara, ko]) {
    await expect(desk.editorBody()).toContainText('[Amara offline]', { timeout: 20_000 });
    await expect(desk.editorBody()).toContainText('[Ko offline]');
    await expect(desk.editorBody()).toContainText('Amendments need four weeks of notice.');
  }
  expect(await amara.bodyHtmlWithoutCarets()).toBe(await ko.bodyHtmlWithoutCarets());
  // What each wrote while offline is reported once they are back, so each sees the other synced.
  for (const desk of [amara, ko]) await expect(desk.syncStatus()).toHaveText('Connected to 1 peer · synced', { timeout: 20_000 });
  await amara.page.getByRole('link', { name: 'Back to documents' }).click();
  await amara.page.getByRole('link', { name: 'Statement on open maps' }).click();
  await expect(amara.editorBody()).toContainText('We call on every government to publish its maps.');

  // The member list shows both.
  for (const desk of [amara, ko]) {
    await desk.page.getByRole('link', { name: 'Back to documents' }).click();
    await desk.openTab('Members');
    await expect(desk.page.getByRole('rowheader', { name: 'Amara Velde' })).toBeVisible();
    await expect(desk.page.getByRole('rowheader', { name: 'Ko Imani' })).toBeVisible();
  }

  // Right room, wrong secret: nothing is exchanged, the newcomer is told the invite does not open
  // the workspace, nothing of it is kept, and nothing breaks in the page.
  const decoded = decodeInvite(code);
  if (!decoded.ok) throw new Error('invite did not decode');
  const forged = encodeInvite({ ...decoded.invite, secret: newWorkspaceSecret() });
  const intruder = new DeskPage((await openPeer()).page);
  await joinAs(intruder, EVE, forged);
  await expect(intruder.inviteOutOfDate()).toBeVisible({ timeout: 20_000 });
  await intruder.page.getByRole('link', { name: 'Back to workspaces' }).click();
  await expect(intruder.page.getByText('No workspaces yet. Create one below.')).toBeVisible();
  await expect(amara.syncStatus()).toContainText('Connected to 1 peer');
  await amara.openTab('Members');
  await expect(amara.page.getByRole('rowheader', { name: 'Ko Imani' })).toBeVisible();
  await expect(amara.page.getByRole('rowheader', { name: 'Eve Mallory' })).toHaveCount(0);
});

test('a garbled, truncated or foreign invite is explained and creates nothing', async ({ profile }) => {
  const desk = new DeskPage(profile.page);
  await desk.open();
  await desk.completeOnboarding({ name: 'Rosa Quillen', organisation: 'Fieldnote Collective', group: 'Technical community', region: 'Colombia' });
  const valid = encodeInvite({ workspaceId: 'a1b2c3', workspaceName: 'Coalition on Quiet Networks', secret: newWorkspaceSecret(), signaling: [] });
  const cases: Array<[string, string]> = [
    [valid.slice(0, -6), 'incomplete or mistyped'],
    ['CD1.@@@@', 'not a Coalition desk invite'],
    ['https://example.org/some/page', 'not a Coalition desk invite'],
  ];
  for (const [code, message] of cases) {
    await desk.page.getByLabel('Invite code or link').fill(code);
    await desk.page.getByRole('button', { name: 'Join workspace' }).click();
    await expect(desk.page.locator('#join-code-error')).toContainText(message);
  }
  await expect(desk.page.getByText('No workspaces yet. Create one below.')).toBeVisible();
});
