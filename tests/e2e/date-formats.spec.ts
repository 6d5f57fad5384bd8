import { expect, test } from './support/desk-fixtures';
import { MeetingsPage } from './support/meetings-page';
import { ProposalsPage } from './support/proposals-page';

/*
 * One browser profile per locale, each with a fixed time zone, through the real app and its
 * IndexedDB: the same instants come out in each locale's own order and clock on every screen,
 * and again after a reload from storage.
 */
const CREATOR = { name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' };
const WORKSPACE = 'Coalition on Open Maps';

const CASES = [
  {
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    annualReport: /^31 January 20\d\d \(in .+\)$/,
    lastEdited: /^Last edited \d{1,2} [A-Z][a-z]+ 20\d\d at \d\d:\d\d by Amara Velde$/,
    closes: '15 December 2026 at 14:00 GMT',
    meeting: 'Tuesday, 15 December 2026 at 14:00',
    length: '1 hour, 30 minutes',
  },
  {
    locale: 'en-US',
    timezoneId: 'America/New_York',
    annualReport: /^January 31, 20\d\d \(in .+\)$/,
    lastEdited: /^Last edited [A-Z][a-z]+ \d{1,2}, 20\d\d at \d{1,2}:\d\d [AP]M by Amara Velde$/,
    closes: 'December 15, 2026 at 2:00 PM EST',
    meeting: 'Tuesday, December 15, 2026 at 2:00 PM',
    length: '1 hour, 30 minutes',
  },
] as const;

for (const expected of CASES) {
  test.describe(`a ${expected.locale} profile`, () => {
    test.use({ profileOptions: { locale: expected.locale, timezoneId: expected.timezoneId } });

    test(`shows ${expected.locale} dates on the overview, a document, proposals and meetings`, async ({ profile }) => {
      const { page } = profile;
      const proposals = new ProposalsPage(page);
      const desk = proposals.desk;
      await desk.open();
      await expect(page.getByRole('form', { name: 'Your identity' }).getByLabel('Time zone')).toHaveValue(expected.timezoneId);
      await desk.completeOnboarding(CREATOR);
      await desk.createWorkspace(WORKSPACE);

      // Overview: the next annual report's due date.
      await expect(page.getByRole('definition').filter({ has: page.locator('time') })).toHaveText(expected.annualReport);

      // A document: when it was last edited, in the list and on its own screen.
      await desk.openTab('Documents');
      await desk.createDocument('Blank', 'Open data charter');
      await expect(page.getByText(/^Last edited /)).toHaveText(expected.lastEdited);

      // Proposals: the closing time typed on the member's clock, shown with its zone.
      await page.getByRole('link', { name: 'Back to documents' }).click();
      await expect(page.getByText(/^Last edited /)).toHaveText(expected.lastEdited);
      await proposals.openTab();
      await proposals.createProposal({ title: 'Adopt the open data charter', text: 'The coalition adopts the charter as drafted.', closes: '2026-12-15 14:00' });
      await page.getByRole('link', { name: 'Back to proposals' }).click();
      await expect(proposals.proposalRow('Adopt the open data charter')).toContainText(expected.closes);

      // Meetings: the start on the member's clock, and the length.
      const meetings = new MeetingsPage(page);
      await meetings.openTab();
      const plan = meetings.planForm();
      await plan.getByLabel('Title').fill('Mapping data working call');
      await plan.getByLabel('Date and start time').fill('2026-12-15 14:00');
      await plan.getByLabel('Duration in minutes').fill('90');
      await plan.getByRole('button', { name: 'Create meeting' }).click();
      await expect(page.getByRole('heading', { level: 3, name: 'Mapping data working call' })).toBeVisible();
      await expect(page.getByText(expected.meeting, { exact: true })).toBeVisible();

      // After a reload, the same from IndexedDB.
      await page.reload();
      await meetings.openTab();
      const row = page.getByRole('table', { name: /^Meetings of this coalition/ }).getByRole('row').filter({ hasText: 'Mapping data working call' });
      await expect(row).toContainText(expected.meeting);
      await expect(row).toContainText(expected.length);
      await proposals.openTab();
      await expect(proposals.proposalRow('Adopt the open data charter')).toContainText(expected.closes);
    });
  });
}
