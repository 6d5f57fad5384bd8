import { expect, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';

// A name that displays as someone else's, or as nothing, must not slip in unremarked.
test('a name with a direction override or of invisible characters only is refused; a second member of the same name is flagged', async ({ profile }) => {
  const amara = new DeskPage(profile.page);
  await amara.open();
  await amara.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await amara.createWorkspace('Coalition on Open Maps');
  await amara.openTab('Members');
  const members = amara.page.getByRole('table');

  await amara.addMember({ name: '\u202enimda', group: 'Government', role: 'Member' });
  await expect(amara.memberForm().getByText('text-direction control character')).toBeVisible();
  await amara.addMember({ name: '\u200b\u200c\u2060\u3164', group: 'Government', role: 'Member' });
  await expect(amara.memberForm().getByText('no visible letters')).toBeVisible();
  await amara.addMember({ name: 'Amаra Velde', group: 'Government', role: 'Member' }); // a Cyrillic а
  await expect(amara.memberForm().getByText('mixes letters from different alphabets')).toBeVisible();
  await expect(members.getByRole('row')).toHaveCount(2);

  // Same name, other case and an invisible character: warned before, flagged after.
  await amara.memberForm().getByLabel('Name').fill('amara\u200b velde');
  await expect(amara.memberForm().getByRole('status')).toContainText('A member called “Amara Velde” is already in this workspace');
  await amara.addMember({ name: 'amara\u200b velde', group: 'Government', role: 'Member' });
  await expect(members.getByRole('row')).toHaveCount(3);
  await expect(members.getByText('(same name as another member)')).toHaveCount(2);
  await expect(amara.page.getByRole('note').filter({ hasText: 'have the same name' })).toBeVisible();
});

test('a second workspace of the same name is warned of, and a spoofed workspace name refused', async ({ profile }) => {
  const amara = new DeskPage(profile.page);
  await amara.open();
  await amara.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await amara.createWorkspace('Coalition on Open Maps');
  await amara.page.getByRole('link', { name: 'Workspaces', exact: true }).click();
  const form = amara.page.getByRole('form', { name: 'Create workspace' });
  await form.getByLabel('Name').fill('coalition on open maps');
  await expect(form.getByRole('status')).toContainText('You already have a workspace called “Coalition on Open Maps”');
  await form.getByLabel('Name').fill('\u202espam nepO');
  await form.getByRole('button', { name: 'Create workspace' }).click();
  await expect(form.getByText('text-direction control character')).toBeVisible();
});
