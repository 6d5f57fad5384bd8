import { expect, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';
import { ProposalsPage } from './support/proposals-page';

test('changing a proposal after a position signs a new revision, and the earlier position waits to be renewed', async ({ profile }) => {
  const desk = new DeskPage(profile.page);
  await desk.open();
  await desk.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });
  await desk.createWorkspace('Coalition on Open Maps', 'COM');
  const proposals = new ProposalsPage(profile.page);
  await proposals.openTab();
  await proposals.createProposal({ title: 'Shared map licence', text: 'Members publish map data under one open licence.' });
  await expect(profile.page.getByText('Revision 1, signed by the proposer.', { exact: false })).toBeVisible();
  await proposals.takePosition('Support');

  const revise = profile.page.getByRole('form', { name: 'New revision' });
  await profile.page.getByText("Change the proposal's text or closing time").click();
  await revise.getByLabel('Text proposed').fill('Members publish map data under one open licence, from 2027.');
  await revise.getByRole('button', { name: 'Sign new revision' }).click();

  await expect(profile.page.getByText('Revision 2, signed by the proposer.', { exact: false })).toBeVisible();
  await expect(profile.page.getByRole('heading', { name: 'Given to revision 1 (not counted; renew to count)' })).toBeVisible();
  await expect.poll(() => proposals.tallyCount('Support')).toBe(0);
  await expect(profile.page.getByRole('alert').filter({ hasText: 'not the ones the proposer signed' })).toHaveCount(0);

  await proposals.takePosition('Support');
  await expect.poll(() => proposals.tallyCount('Support')).toBe(1);
});
