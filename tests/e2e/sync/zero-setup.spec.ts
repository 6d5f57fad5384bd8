import { expect, expectAccessible, test } from '../support/desk-fixtures';
import { DeskPage } from '../support/desk-page';
import { serveWebEdition, type ServedWebEdition } from '../support/served-web-edition';

// Tried as a new user would: one command serves the web edition, two members open its address,
// and an invite is all they exchange. Nobody types a server address.
let served: ServedWebEdition;
test.beforeAll(async () => {
  served = await serveWebEdition();
});
test.afterAll(async () => {
  await served.stop();
});

const amaraPerson = { name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' };
const koPerson = { name: 'Ko Imani', organisation: 'Ministry of Maps', group: 'Government', region: 'Kenya' };

test('two members of `npm run serve` co-edit with nothing but an invite', async ({ openPeer }) => {
  const amara = new DeskPage((await openPeer()).page);
  await amara.open(served.url);
  await amara.completeOnboarding(amaraPerson);
  await amara.createWorkspace('Coalition on Open Maps');
  await amara.openTab('Sharing');
  const home = `${served.url.replace('http:', 'ws:').replace(/\/$/, '')}/signal`;
  await expect(amara.page.getByText("This server's own signaling (on by default)")).toContainText(home);
  await expect(amara.page.getByLabel('Signaling server addresses, one per line')).toHaveValue(home);
  const webLink = await amara.page.getByLabel('Invite link (web edition)').inputValue();
  expect(webLink.startsWith(`${served.url}#/join/CD1.`)).toBe(true);
  // The QR code opens the invite in the web edition, not only in the desktop app.
  await expect(amara.page.getByRole('img', { name: /QR code of the invite/ })).toHaveAttribute('data-target', webLink);
  await expect(amara.page.getByRole('button', { name: 'Copy web link' })).toBeVisible();
  await expectAccessible(amara.page, 'sharing with a home server');
  await amara.openTab('Documents');
  await amara.createDocument('Charter', 'Charter');

  const ko = new DeskPage((await openPeer()).page);
  await ko.open(served.url);
  await ko.completeOnboarding(koPerson);
  // The web link goes straight to the join screen with the invite filled in.
  await ko.open(webLink);
  await expect(ko.page.getByLabel('Invite code or link')).not.toHaveValue('');
  await ko.page.getByRole('button', { name: 'Join workspace' }).click();
  await expect(ko.syncStatus()).toContainText('Connected to 1 peer', { timeout: 30_000 });
  await ko.page.getByRole('link', { name: 'Charter' }).click();
  await expect(ko.editorBody().getByRole('heading', { name: 'Decision-making' })).toBeVisible();

  await amara.editorBody().getByText('How this document is amended').click();
  await amara.page.keyboard.press('End');
  await amara.page.keyboard.type(' Served from one address.');
  await expect(ko.editorBody()).toContainText('Served from one address.');
});

test('"Work offline" survives a reload: nothing is sent until the member resumes', async ({ openPeer }) => {
  const amara = new DeskPage((await openPeer()).page);
  await amara.open(served.url);
  await amara.completeOnboarding(amaraPerson);
  await amara.createWorkspace('Coalition on Private Drafts');
  const code = await amara.inviteCode();
  await amara.openTab('Documents');
  await amara.createDocument('Statement / joint letter', 'Shared statement');

  const ko = new DeskPage((await openPeer()).page);
  await ko.open(served.url);
  await ko.completeOnboarding(koPerson);
  await ko.joinWith(code);
  await expect(ko.syncStatus()).toContainText('Connected to 1 peer', { timeout: 30_000 });

  await amara.workOffline();
  await expect(ko.syncStatus()).toContainText('Online, no other member connected', { timeout: 30_000 });
  await amara.page.reload();
  await expect(amara.syncStatus()).toContainText('Sync paused');
  await amara.editorBody().click();
  await amara.page.keyboard.type('A private draft, not for sharing yet.');
  await expect(amara.editorBody()).toContainText('A private draft');
  // Ko's app is online the whole time, and Amara's never connects to it while paused.
  await expect(ko.syncStatus()).toContainText('Online, no other member connected');
  await amara.page.reload();
  await expect(amara.syncStatus()).toContainText('Sync paused');
  await expect(amara.editorBody()).toContainText('A private draft');
  await ko.page.getByRole('link', { name: 'Shared statement' }).click();
  await expect(ko.editorBody()).not.toContainText('A private draft');
  expect(await amara.syncStatus().getAttribute('data-peers')).toBe('0');

  await amara.page.getByRole('button', { name: 'Sync again' }).click();
  await expect(ko.editorBody()).toContainText('A private draft, not for sharing yet.', { timeout: 30_000 });
  await amara.page.reload();
  await expect(amara.syncStatus()).not.toContainText('Sync paused');
});

test('an invite whose secret was rotated says so and creates nothing', async ({ openPeer }) => {
  const amara = new DeskPage((await openPeer()).page);
  await amara.open(served.url);
  await amara.completeOnboarding(amaraPerson);
  await amara.createWorkspace('Coalition on Rotated Keys');
  const oldCode = await amara.inviteCode();
  await amara.page.getByRole('button', { name: 'Rotate the secret now' }).click();
  await expect(amara.page.getByText('The secret was rotated.')).toBeVisible({ timeout: 15_000 });
  await expect(amara.syncStatus()).toContainText('Online, no other member connected', { timeout: 30_000 });

  const ko = new DeskPage((await openPeer()).page);
  await ko.open(served.url);
  await ko.completeOnboarding(koPerson);
  await ko.joinWith(oldCode);
  await expect(ko.inviteOutOfDate()).toBeVisible({ timeout: 30_000 });
  await expectAccessible(ko.page, 'out-of-date invite');
  await ko.page.getByRole('link', { name: 'Back to workspaces' }).click();
  await expect(ko.page.getByText('No workspaces yet. Create one below.')).toBeVisible();
  await ko.page.reload();
  await expect(ko.page.getByText('No workspaces yet. Create one below.')).toBeVisible();
});
