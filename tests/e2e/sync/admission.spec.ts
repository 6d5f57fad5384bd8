import { expect, expectAccessible, test } from '../support/desk-fixtures';
import { DeskPage } from '../support/desk-page';
import { EVE, joinAs, KO, signalingPerTest } from '../support/sync-setup';

const signaling = signalingPerTest();

async function recordView(desk: DeskPage, text: string): Promise<void> {
  await desk.page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Documents' }).click();
  await desk.page.getByRole('link', { name: 'Charter' }).click();
  await desk.page.getByRole('button', { name: 'Record a view on this document' }).click();
  await desk.page.getByLabel("The view, in its authors' words").fill(text);
  await desk.page.getByRole('button', { name: 'Record and sign this view' }).click();
}

// Each invite admits one member into the signed membership log. Someone holding an invite that was
// already used reads and writes the workspace (the secret allows that), but signs nothing that counts.
test('an invite admits one member; a second holder of it signs nothing that counts', async ({ openPeer }) => {
  test.setTimeout(150_000);
  const amara = new DeskPage((await openPeer()).page);
  await amara.foundWorkspaceOn(signaling.url);
  const code = await amara.inviteCode();
  await expect(amara.page.getByText('Each invite admits one member')).toBeVisible();
  await amara.openTab('Documents');
  await amara.createDocument('Charter', 'Charter');

  const ko = new DeskPage((await openPeer()).page);
  await joinAs(ko, KO, code);
  await expect(ko.syncStatus()).toContainText('Connected to 1 peer', { timeout: 30_000 });
  await recordView(ko, 'Regions that cannot attend must still be heard.');

  const eve = new DeskPage((await openPeer()).page);
  await joinAs(eve, EVE, code);
  await expect(eve.syncStatus()).toContainText('Connected to 2 peers', { timeout: 30_000 });
  await recordView(eve, 'Forged consensus is still consensus.');

  // On Amara's screen: Ko's view is signed by a key the log binds (Amara's app admitted Ko on
  // sight of the join request); Eve's is shown, but unverified and not counted.
  await amara.page.getByRole('link', { name: 'Back to documents' }).click();
  await amara.page.getByRole('link', { name: 'Charter' }).click();
  const annex = amara.page.getByRole('region', { name: 'Minority and dissenting views' });
  await expect(annex).toContainText('Regions that cannot attend must still be heard.', { timeout: 20_000 });
  await expect(amara.page.getByText('1 entry could not be verified against its author\'s key.')).toBeVisible({ timeout: 20_000 });
  await expectAccessible(amara.page, 'document with an unverified view');

  // A fresh invite admits the next member as before.
  await amara.page.getByRole('link', { name: 'Back to documents' }).click();
  const fresh = await amara.newInviteCode();
  expect(fresh).not.toBe(code);

  // A role given in the Members tab is signed into the log, so it counts: Ko, made chair, may invite.
  await ko.page.getByRole('link', { name: 'Back to documents' }).click();
  await ko.openTab('Sharing');
  await expect(ko.page.getByText('Coordinators and chairs create invites for this workspace.')).toBeVisible();
  await amara.openTab('Members');
  await amara.page.getByLabel('Role of Ko Imani').selectOption({ label: 'Chair' });
  await expect(ko.page.getByLabel('Invite code')).toBeVisible({ timeout: 20_000 });
});
