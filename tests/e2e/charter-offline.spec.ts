import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';

test('a coordinator writes a charter offline and nothing is lost across reload and restart', async ({ profile }) => {
  let desk = new DeskPage(profile.page);
  await desk.open();
  // From the first visit on, the web edition needs no network at all: the service worker serves
  // the app, IndexedDB holds the data.
  await desk.waitUntilCachedForOffline();
  await profile.context.setOffline(true);
  await expectAccessible(desk.page, 'onboarding');
  await desk.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await expectAccessible(desk.page, 'workspace list');

  await desk.createWorkspace('Coalition on Open Maps', 'COM');
  await expect(desk.page.getByText('1 stakeholder group represented')).toBeVisible();
  await expect(desk.page.getByText('A coalition needs members from at least 3 stakeholder groups.')).toBeVisible();
  await expectAccessible(desk.page, 'workspace overview');

  await desk.openTab('Members');
  await desk.addMember({ name: 'Ko Imani', email: 'ko.imani@@example', group: 'Government', role: 'Member' });
  const email = desk.memberForm().getByLabel('Email');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(desk.memberForm().getByText('Enter an email address like name@example.org.')).toBeVisible();
  await expect(desk.page.getByRole('row')).toHaveCount(2); // header + the creator: nothing saved
  await expect(desk.memberForm().getByLabel('Name')).toHaveValue('Ko Imani'); // nothing typed is lost
  await email.fill('ko.imani@example.org');
  await desk.memberForm().getByRole('button', { name: 'Add member' }).click();
  await expect(desk.page.getByRole('rowheader', { name: 'Ko Imani' })).toBeVisible();
  await desk.addMember({ name: 'Lin Okafor', group: 'Academia', role: 'Observer' });
  await expect(desk.page.getByRole('rowheader', { name: 'Lin Okafor' })).toBeVisible();
  await expect(desk.page.getByRole('rowheader', { name: 'Amara Velde' })).toBeVisible();
  await expect(desk.page.getByText('3 stakeholder groups represented')).toBeVisible();
  await expect(desk.page.getByText(/needs members from at least 3/)).toHaveCount(0);
  // The coordinator assigns roles; the only coordinator cannot demote themself.
  await desk.page.getByLabel('Role of Ko Imani').selectOption({ label: 'Chair' });
  await expect(desk.page.getByLabel('Role of Ko Imani')).toHaveValue('chair');
  await expect(desk.page.getByLabel('Role of Amara Velde')).toHaveCount(0);
  await expectAccessible(desk.page, 'members');

  await desk.openTab('Documents');
  await desk.createDocument('Charter', 'Charter of the Coalition on Open Maps');
  await expect(desk.editorBody().getByRole('heading', { name: 'Decision-making' })).toBeVisible();
  await expectAccessible(desk.page, 'document');

  // Keyboard only from here: markdown shortcuts and the usual formatting keys.
  await desk.editorBody().getByText('How this document is amended').click();
  await desk.page.keyboard.press('Control+End');
  await expect.poll(() => desk.caretText()).toContain('How this document is amended');
  // Each step is looked at before the next, as a writer would: what this test proves is that nothing
  // is lost across a reload and a restart. (Typing through markdown shortcuts at full speed under
  // load once left the list out: an editor matter, reported separately.)
  await desk.page.keyboard.press('Enter');
  await desk.page.keyboard.type('## Working languages');
  await expect(desk.editorBody().getByRole('heading', { level: 2, name: 'Working languages' })).toBeVisible();
  await desk.page.keyboard.press('Enter');
  await desk.page.keyboard.type('- English and French');
  await expect(desk.editorBody().getByRole('listitem').filter({ hasText: 'English and French' })).toBeVisible();
  await desk.page.keyboard.press('Enter');
  await desk.page.keyboard.type('Spanish on request');
  await expect(desk.editorBody().getByRole('listitem').filter({ hasText: 'Spanish on request' })).toBeVisible();
  await desk.page.keyboard.press('Enter');
  await desk.page.keyboard.press('Enter');
  await desk.page.keyboard.press('Control+b');
  await desk.page.keyboard.type('Interpretation is a shared cost');
  await desk.waitUntilSaved();

  const expectCharterIntact = async (page: typeof desk.page) => {
    const body = page.getByRole('textbox', { name: /^Text of / });
    await expect(body.getByRole('heading', { level: 2, name: 'Working languages' })).toBeVisible();
    await expect(body.locator('ul').last().getByRole('listitem')).toHaveText(['English and French', 'Spanish on request']);
    await expect(body.locator('strong', { hasText: 'Interpretation is a shared cost' })).toBeVisible();
    await expect(body.getByRole('heading', { name: 'Amendments' })).toBeVisible();
  };

  await desk.page.reload();
  await expectCharterIntact(desk.page);

  desk = new DeskPage(await profile.restart());
  await profile.context.setOffline(true);
  await desk.open();
  await desk.page.getByRole('link', { name: 'Coalition on Open Maps' }).click();
  await desk.openTab('Documents');
  await expect(desk.page.getByText(/Last edited .* by Amara Velde/)).toBeVisible();
  await desk.page.getByRole('link', { name: 'Charter of the Coalition on Open Maps' }).click();
  await expectCharterIntact(desk.page);
});

test('closing mid-sentence loses nothing', async ({ profile }) => {
  let desk = new DeskPage(profile.page);
  await desk.startBlankDocument({ name: 'Rosa Quillen', organisation: 'Fieldnote Collective', group: 'Technical community', region: 'Colombia' }, 'Coalition on Quiet Networks', 'Notes');
  await desk.page.keyboard.type('The steering committee agreed that');
  // No wait for "saved": the window closes right after the last keystroke.
  desk = new DeskPage(await profile.restart());
  await desk.open();
  await desk.page.getByRole('link', { name: 'Coalition on Quiet Networks' }).click();
  await desk.openTab('Documents');
  await desk.page.getByRole('link', { name: 'Notes' }).click();
  await expect(desk.editorBody()).toHaveText('The steering committee agreed that');
});
