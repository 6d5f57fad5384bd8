import { expect, test } from '../support/desk-fixtures';
import { DeskPage } from '../support/desk-page';
import { EVE, joinAs, KO, signalingPerTest } from '../support/sync-setup';

const signaling = signalingPerTest();

test('rotating the secret re-keys the members online and shuts out old invites', async ({ openPeer }) => {
  const amara = new DeskPage((await openPeer()).page);
  await amara.foundWorkspaceOn(signaling.url);
  const oldCode = await amara.inviteCode();

  const ko = new DeskPage((await openPeer()).page);
  await joinAs(ko, KO, oldCode);
  await expect(amara.syncStatus()).toContainText('Connected to 1 peer', { timeout: 20_000 });

  await amara.openTab('Sharing');
  await amara.page.getByRole('button', { name: 'Rotate the secret now' }).click();
  await expect(amara.page.getByText('The secret was rotated.')).toBeVisible({ timeout: 15_000 });
  const newCode = await amara.page.getByLabel('Invite code').inputValue();
  expect(newCode).not.toBe(oldCode);

  // Both are back together on the new key, and changes still flow.
  await expect(amara.syncStatus()).toContainText('Connected to 1 peer', { timeout: 30_000 });
  await expect(ko.syncStatus()).toContainText('Connected to 1 peer', { timeout: 30_000 });
  await amara.openTab('Documents');
  await amara.createDocument('Statement / joint letter', 'Statement after the rotation');
  await expect(ko.page.getByRole('link', { name: 'Statement after the rotation' })).toBeVisible({ timeout: 20_000 });

  // Someone holding the old invite reaches the same room but can read nothing, and is told so.
  const late = new DeskPage((await openPeer()).page);
  await joinAs(late, EVE, oldCode);
  await expect(late.inviteOutOfDate()).toBeVisible({ timeout: 20_000 });
  await late.page.getByRole('link', { name: 'Back to workspaces' }).click();
  await expect(late.page.getByText('No workspaces yet. Create one below.')).toBeVisible();
  await expect(amara.syncStatus()).toContainText('Connected to 1 peer');
});
