import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { MeetingsPage } from './support/meetings-page';
import { ProposalsPage } from './support/proposals-page';

// Invented people; Amsterdam is UTC+1 in March 2026.
const CREATOR = { name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands', timeZone: 'Europe/Amsterdam' };
const WORKSPACE = 'Coalition on Open Maps';

async function pollForm(page: Page): Promise<{ meetings: MeetingsPage; form: Locator }> {
  const meetings = new MeetingsPage(page);
  await meetings.setUpCoalition(CREATOR, WORKSPACE, []);
  await meetings.openTab();
  await meetings.openSection('Polls');
  return { meetings, form: page.getByRole('form', { name: 'New date poll' }) };
}

test('a date-time field is one Tab stop, says how to type it, and says when it cannot read it', async ({ profile }) => {
  const { page } = profile;
  const { form } = await pollForm(page);
  const slot = form.getByLabel('Slot', { exact: true });
  await expect(slot).toHaveAccessibleDescription(/year-month-day .* for example 2026-12-15 14:00/);

  await form.getByLabel('Duration in minutes').focus();
  await page.keyboard.press('Tab');
  await expect(slot).toBeFocused();
  await page.keyboard.type('2026-03-12 7:00');
  // One stop for date and time together: the next Tab leaves the field.
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Add slot' })).toBeFocused();
  // What was typed is read back in the member's own format before it is used.
  await expect(slot).toHaveAccessibleDescription(/Reads as: Thursday, 12 March 2026 at 07:00/);

  await slot.fill('12/03/2026 7pm');
  await page.keyboard.press('Tab');
  await expect(slot).toHaveAttribute('aria-invalid', 'true');
  await expect(slot).toHaveAccessibleDescription(/This cannot be read as a date and time\. Type it as year-month-day and hours:minutes/);
  await slot.fill('2026-03-12 7:00 pm');
  await expect(slot).not.toHaveAttribute('aria-invalid', 'true');
  await expect(slot).toHaveAccessibleDescription(/Reads as: Thursday, 12 March 2026 at 19:00/);
  await expectAccessible(page, 'date poll form');

  // The meeting form and the proposal form: the start, the opening and the closing time are one stop each.
  await page.getByRole('navigation', { name: 'Meetings sections' }).getByRole('button', { name: 'Meetings', exact: true }).click();
  const plan = page.getByRole('form', { name: 'Plan a meeting' });
  await plan.getByLabel('Date and start time').focus();
  await page.keyboard.press('Tab');
  await expect(plan.getByLabel('Duration in minutes')).toBeFocused();
  const proposals = new ProposalsPage(page);
  await proposals.openTab();
  await proposals.newProposalForm().getByLabel('Opens').focus();
  await page.keyboard.press('Tab');
  await expect(proposals.newProposalForm().getByLabel('Closes')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(proposals.newProposalForm().getByLabel('Decision rule')).toBeFocused();
});

test('after Remove, focus moves to the next item, else the previous one, else the list heading', async ({ profile }) => {
  const { page } = profile;
  const { form } = await pollForm(page);
  for (const slot of ['2026-03-12 07:00', '2026-03-12 11:00', '2026-03-12 15:00']) {
    await form.getByLabel('Slot', { exact: true }).fill(slot);
    await form.getByRole('button', { name: 'Add slot' }).click();
  }
  const remove = (time: string) => form.getByRole('button', { name: `Remove Thursday, 12 March 2026 at ${time}` });
  await remove('11:00').focus();
  await page.keyboard.press('Enter');
  await expect(remove('11:00')).toHaveCount(0);
  await expect(remove('15:00')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(remove('07:00')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByText('No slots proposed yet.')).toBeVisible();
  await expect(form.getByText('Proposed slots', { exact: true })).toBeFocused();

  // The agenda lives in the shared document: focus waits for the row to be gone.
  await page.getByRole('navigation', { name: 'Meetings sections' }).getByRole('button', { name: 'Meetings', exact: true }).click();
  const plan = page.getByRole('form', { name: 'Plan a meeting' });
  await plan.getByLabel('Title').fill('Mapping data working call');
  await plan.getByLabel('Date and start time').fill('2026-03-10 14:00');
  await plan.getByLabel('Duration in minutes').fill('60');
  await plan.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Mapping data working call' })).toBeVisible();
  const meetings = new MeetingsPage(page);
  await meetings.addAgendaItem('Main session proposal', 25);
  await meetings.addAgendaItem('AOB', 10);
  await page.getByRole('button', { name: 'Remove Main session proposal' }).focus();
  await page.keyboard.press('Enter');
  await expect(meetings.agendaTitles()).toHaveText(['AOB']);
  await expect(page.getByRole('button', { name: 'Remove AOB' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeFocused();
});

test('the sticky save and sync bar never covers the focused control or the tally line', async ({ profile }) => {
  const { page } = profile;
  const proposals = new ProposalsPage(page);
  await proposals.desk.open();
  await page.getByRole('form', { name: 'Your identity' }).getByLabel('Time zone').fill(CREATOR.timeZone);
  await proposals.desk.completeOnboarding(CREATOR);
  await proposals.desk.createWorkspace(WORKSPACE);
  await proposals.openTab();
  await proposals.createProposal({ title: 'Adopt the open data charter', text: 'The coalition adopts the charter as drafted.' });
  const bar = page.locator('.workspace-bar');
  await expect(bar).toBeVisible();

  // A control half under the bar, reached by Shift+Tab from the one after it: it scrolls clear of the bar.
  const reason = proposals.positionForm().getByLabel('Reason');
  await reason.focus();
  await page.keyboard.press('Tab');
  await expect(reason).not.toBeFocused();
  await reason.evaluate((field) => {
    const barBottom = document.querySelector('.workspace-bar')?.getBoundingClientRect().bottom ?? 0;
    const box = field.getBoundingClientRect();
    window.scrollBy(0, box.top - (barBottom - box.height / 2));
  });
  const covered = await reason.evaluate((field) => field.getBoundingClientRect().top < (document.querySelector('.workspace-bar')?.getBoundingClientRect().bottom ?? 0));
  expect(covered, 'the set-up put the field half under the bar').toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(reason).toBeFocused();
  const [field, barBox] = await Promise.all([reason.boundingBox(), bar.boundingBox()]);
  expect(field && barBox && field.y >= barBox.y + barBox.height - 0.5, 'the focused field is below the bar').toBe(true);

  // A scroll to the tally line (a link to it, a screen moving focus to it) stops below the bar too.
  const tally = page.getByRole('region', { name: 'Tally' }).getByRole('status').first();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await tally.evaluate((line) => line.scrollIntoView({ block: 'start' }));
  const [line, top] = await Promise.all([tally.boundingBox(), bar.boundingBox()]);
  expect(line && top && line.y >= top.y + top.height - 0.5, 'the tally line is not under the bar').toBe(true);
});
